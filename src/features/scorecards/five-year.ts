import type { Figure } from '@/services/feed/schema'
import { HOME_REGION } from '@/domain/region'

/** The span the party-congress report looks back on, and the years of the goals it sets. */
export const FIVE_YEAR_SPAN = '2016/2021'
export const GOAL_PERIODS = ['2026', '2035'] as const
/** The last year of the span: its level is where a goal starts from (2021 GDP → 2026 GDP). */
const SPAN_END = FIVE_YEAR_SPAN.slice(-4)

export type FiveYearPair = {
  indicator: string
  label: string
  /** 2016–2021 figures of the indicator, and its 2021 figures as the starting point. */
  past: Figure[]
  /** Goals for 2026, then the 2035 vision. */
  goals: Figure[]
}

export type FiveYearView = {
  /** Indicators that have both a past figure and a goal, in the report's order. */
  pairs: FiveYearPair[]
  /** 2016–2021 results without a goal of the same indicator. */
  pastOnly: Figure[]
  /** Goals without a past figure of the same indicator, 2026 first. */
  goalsOnly: Figure[]
}

const goalOrder = (f: Figure) => GOAL_PERIODS.indexOf(f.period as (typeof GOAL_PERIODS)[number])

/** The five-year view: 2016–2021 results and the goals for 2026 (and 2035), side by side where they meet. */
export function fiveYearView(figures: readonly Figure[]): FiveYearView {
  const ours = figures.filter((f) => f.region === HOME_REGION)
  const span = ours.filter((f) => f.period === FIVE_YEAR_SPAN && f.kind !== 'target')
  const goals = ours
    .filter((f) => f.kind === 'target' && goalOrder(f) >= 0)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => goalOrder(a.f) - goalOrder(b.f) || a.i - b.i)
    .map(({ f }) => f)
  const goalIndicators = new Set(goals.map((f) => f.indicator))
  const past = ours.filter(
    (f) =>
      f.kind !== 'target' &&
      (f.period === FIVE_YEAR_SPAN || (f.period === SPAN_END && goalIndicators.has(f.indicator))),
  )
  const pastIndicators = new Set(past.map((f) => f.indicator))
  const order = [...new Set([...past, ...goals].map((f) => f.indicator))]
  const pairs = order
    .filter((indicator) => goalIndicators.has(indicator) && pastIndicators.has(indicator))
    .map((indicator) => {
      const ofIndicator = past.filter((f) => f.indicator === indicator)
      return {
        indicator,
        label: ofIndicator[0].label,
        past: ofIndicator,
        goals: goals.filter((f) => f.indicator === indicator),
      }
    })
  return {
    pairs,
    pastOnly: span.filter((f) => !goalIndicators.has(f.indicator)),
    goalsOnly: goals.filter((f) => !pastIndicators.has(f.indicator)),
  }
}
