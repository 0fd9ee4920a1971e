/**
 * The headline indicators, in the order residents see them: the 成绩单 tab's headline grid shows
 * them so, and a year's or a topic's share leads with them in the same order.
 */
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
  'deposits',
  'loans',
  'four-up-firms',
  'firms-tax-10m',
  'firms-tax-1m',
  'high-tech-firms',
] as const

export type HeadlineIndicator = (typeof HEADLINE_INDICATORS)[number]

/** An indicator's place in the headline order; any other indicator comes after all of them. */
export function headlineRank(indicator: string): number {
  const i = (HEADLINE_INDICATORS as readonly string[]).indexOf(indicator)
  return i < 0 ? HEADLINE_INDICATORS.length : i
}

export const isHeadline = (indicator: string): indicator is HeadlineIndicator =>
  headlineRank(indicator) < HEADLINE_INDICATORS.length
