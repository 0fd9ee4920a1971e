/**
 * The periods the 成绩单 tab shows, one switcher tab each, and what a share of one of them
 * carries: kept in shared code, because sharing and the tab must mean the same period.
 */
export type PeriodViewKey = '2023' | '2023-ytd' | '2022' | '2021' | 'five-year'

export type PeriodView = {
  key: PeriodViewKey
  /** Text of the switcher tab. */
  label: string
  /** Periods whose figures the view shows, in order of preference for the headline grid. */
  periods: readonly string[]
  /** One line under the switcher: what the numbers of this view are, in our words. */
  intro: string
}

/**
 * The views of the 成绩单 tab. The year-to-date view prefers the first three quarters and falls
 * back to Jan–Oct where the source gives only that; every figure keeps its own period on screen.
 */
export const PERIOD_VIEWS: readonly PeriodView[] = [
  {
    key: '2023',
    label: '2023年',
    periods: ['2023'],
    intro: '2023年全年的成绩，主要来自年终回顾；标“预计”的是成文时的预计数，以后可能修订。',
  },
  {
    key: '2023-ytd',
    label: '2023前三季度',
    periods: ['2023-01/09', '2023-01/10'],
    intro: '年内的阶段数，不是全年结果。报道没给前三季度数的指标用1—10月的数，每项都注明了期间。',
  },
  {
    key: '2022',
    label: '2022年',
    periods: ['2022'],
    intro: '2022年的成绩，来自2023年2月的区政府工作报告，同一份报告还提出了2023年的目标。',
  },
  {
    key: '2021',
    label: '2021年',
    periods: ['2021'],
    intro: '2021年的数，来自2022年1月的区党代会报告，其中几项主要指标当时还是预计数。',
  },
  {
    key: 'five-year',
    label: '五年',
    periods: ['2016/2021'],
    intro: '2016—2021年五年间的成绩，和同一份报告提出的2026年目标、2035年远景放在一起看。',
  },
]

export function periodView(key: PeriodViewKey): PeriodView {
  return PERIOD_VIEWS.find((v) => v.key === key) ?? PERIOD_VIEWS[0]
}
