import { PERIOD_VIEWS, type PeriodViewKey } from '@/features/scorecards/scorecard-periods'
import type { Scorecard } from '@/services/feed/schema'
import { quoteQueryText } from '@/domain/format'

const isViewKey = (value: string): value is PeriodViewKey => PERIOD_VIEWS.some((v) => v.key === value)

/** The period a link opens on, the card it names, and what it named that the feed lacks. */
export type LinkTarget = { key: PeriodViewKey; card?: Scorecard; missing?: string }

/** What a shared link asks for: `?card=sc-2023-3` (a card, on its year) or `?year=2022`. */
export function linkTarget(scorecards: readonly Scorecard[], card: string, year: string): LinkTarget {
  if (card) {
    const found = scorecards.find((c) => c.id === card)
    if (!found) return { key: '2023', missing: '这张成绩单' }
    return { key: isViewKey(String(found.year)) ? (String(found.year) as PeriodViewKey) : '2023', card: found }
  }
  // The link's text is quoted short and cleaned, never echoed as it came (10,000 characters, RTL overrides).
  if (year) return isViewKey(year) ? { key: year } : { key: '2023', missing: `${quoteQueryText(year)}这个时期的成绩单` }
  return { key: '2023' }
}
