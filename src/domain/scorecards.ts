import type { Feed, Scorecard } from '@/services/feed/schema'

/** The scorecards of a year in the report's order: the 成绩单 tab shows them so, and a year's share lists them so. */
export function scorecardsOf(scorecards: readonly Scorecard[], year: number): Scorecard[] {
  return scorecards.filter((s) => s.year === year).sort((a, b) => a.order - b.order)
}

/** The years that have scorecards, newest first: the years the 成绩单 tab can show and share as a whole. */
export function scorecardYears(feed: Pick<Feed, 'scorecards'>): number[] {
  return [...new Set(feed.scorecards.map((s) => s.year))].sort((a, b) => b - a)
}
