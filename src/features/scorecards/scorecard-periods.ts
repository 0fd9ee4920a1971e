import type { Figure, Scorecard } from '../../services/feed/schema'

/** The views of the 成绩单 tab: a year, or the year-to-date point of 2023. */
export const PERIOD_VIEWS = [
  { key: '2023', label: '2023年' },
  { key: '2023-01/09', label: '2023前三季度' },
  { key: '2022', label: '2022年' },
  { key: '2016/2021', label: '2016—2021年' },
] as const

export type PeriodKey = (typeof PERIOD_VIEWS)[number]['key']

/** Indicators shown as the headline grid, in this order, when the period has them. */
export const HEADLINE_INDICATORS = [
  'gdp',
  'general-budget-revenue',
  'fixed-asset-investment',
  'industrial-value-added',
  'industrial-output',
  'retail-sales',
  'foreign-trade',
  'fdi',
  'disposable-income',
  'livelihood-spending',
] as const

export type HeadlineCell = { indicator: string; label: string; level?: Figure; growth?: Figure }

/** The headline grid for a period: 市中区 results (not targets), level and growth side by side. */
export function headlineFor(figures: readonly Figure[], period: string): HeadlineCell[] {
  const inPeriod = figures.filter((f) => f.region === '市中区' && f.period === period && f.kind !== 'target')
  return HEADLINE_INDICATORS.flatMap((indicator) => {
    const level = inPeriod.find((f) => f.indicator === indicator && f.metric === 'level')
    const growth = inPeriod.find((f) => f.indicator === indicator && f.metric === 'growth')
    if (!level && !growth) return []
    return [{ indicator, label: (level ?? growth)!.label, level, growth }]
  })
}

/** The scorecards of a year in the report's order. */
export function scorecardsOf(scorecards: readonly Scorecard[], year: number): Scorecard[] {
  return scorecards.filter((s) => s.year === year).sort((a, b) => a.order - b.order)
}
