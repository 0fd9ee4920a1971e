import type { Figure, Scorecard, Source } from '@/services/feed/schema'
import { HEADLINE_INDICATORS } from '@/domain/headline'
import { HOME_REGION } from '@/domain/region'
import { scorecardsOf } from '@/domain/scorecards'
import { compareIso } from '@/utils/compare'

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

export type HeadlineCell = {
  indicator: string
  label: string
  /** The period all figures of the cell share (the view may offer more than one). */
  period: string
  level?: Figure
  growth?: Figure
  share?: Figure
  change?: Figure
}

/** The figure of a cell drawn large: the amount if there is one, else the growth, share or change. */
export function mainFigure(cell: HeadlineCell): Figure {
  return (cell.level ?? cell.growth ?? cell.share ?? cell.change)!
}

/** Every figure of a headline cell, main figure first. */
export function cellFigures(cell: HeadlineCell): Figure[] {
  return [cell.level, cell.growth, cell.share, cell.change].filter((f): f is Figure => f !== undefined)
}

type SourceDates = ReadonlyMap<string, Pick<Source, 'date'>>

/**
 * Orders figures so that the one from the newest report comes first: the sources often revise a
 * figure (an estimate in January, a result later), and the latest word is the one to show.
 * Figures of equally new reports keep feed order.
 */
export function newestReportFirst(figures: readonly Figure[], sources?: SourceDates): Figure[] {
  if (!sources) return [...figures]
  const date = (f: Figure) => sources.get(f.sourceId)?.date ?? ''
  return figures
    .map((f, i) => ({ f, i }))
    .sort((a, b) => compareIso(date(b.f), date(a.f)) || a.i - b.i)
    .map(({ f }) => f)
}

/**
 * The headline grid for a period (or for the first of several periods that has the indicator),
 * HEADLINE_INDICATORS in their order: 市中区 results only — never targets, never 峄城区 — with amount, growth, share and change side by side.
 */
export function headlineFor(
  figures: readonly Figure[],
  periods: string | readonly string[],
  sources?: SourceDates,
): HeadlineCell[] {
  const wanted = typeof periods === 'string' ? [periods] : periods
  const results = newestReportFirst(
    figures.filter((f) => f.region === HOME_REGION && f.kind !== 'target' && wanted.includes(f.period)),
    sources,
  )
  return HEADLINE_INDICATORS.flatMap((indicator) => {
    const ofIndicator = results.filter((f) => f.indicator === indicator)
    const period = wanted.find((p) => ofIndicator.some((f) => f.period === p))
    if (period === undefined) return []
    const pick = (metric: Figure['metric']) => ofIndicator.find((f) => f.period === period && f.metric === metric)
    const cell: HeadlineCell = {
      indicator,
      label: '',
      period,
      level: pick('level'),
      growth: pick('growth'),
      share: pick('share'),
      change: pick('change'),
    }
    return [{ ...cell, label: mainFigure(cell).label }]
  })
}

/** 市中区 figures of a view's periods, of every stage, in feed order. */
export function figuresOfView(figures: readonly Figure[], view: PeriodView): Figure[] {
  return figures.filter((f) => f.region === HOME_REGION && view.periods.includes(f.period))
}

export type ScorecardWithFigures = { card: Scorecard; figures: Figure[] }

/** The scorecards of a year in the report's order, each with all its figures in the card's order. */
export function scorecardsWithFigures(
  scorecards: readonly Scorecard[],
  figures: readonly Figure[],
  year: number,
): ScorecardWithFigures[] {
  const byId = new Map(figures.map((f) => [f.id, f]))
  return scorecardsOf(scorecards, year).map((card) => ({
    card,
    figures: card.figureIds.flatMap((id) => byId.get(id) ?? []),
  }))
}
