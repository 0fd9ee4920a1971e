import { PERIOD_VIEWS, type PeriodViewKey } from '@/features/scorecards/scorecard-periods'
import { scorecardView } from '@/features/scorecards/scorecard-view'
import type { DataNote, Feed } from '@/services/feed/schema'

/** A screen of the app that shows figures: a view of the 成绩单 tab or a news detail page. */
export type NotePlace = { page: 'scorecards'; view: PeriodViewKey } | { page: 'news'; id: string }

/**
 * Where the app shows at least one of the note's figures, worked out with the app's own
 * derivations: the 成绩单 views whose content lists the note, and the news whose sections show
 * one of its figures.
 */
export function placesOf(feed: Feed, note: DataNote): NotePlace[] {
  const sources = new Map(feed.sources.map((s) => [s.id, s]))
  const views: NotePlace[] = PERIOD_VIEWS.filter((v) =>
    scorecardView(feed, v.key, sources).notes.some((n) => n.id === note.id),
  ).map((v) => ({ page: 'scorecards', view: v.key }))
  const named = new Set(note.figureIds)
  const news: NotePlace[] = feed.news
    .filter((n) => n.sections.some((s) => s.figureIds.some((f) => named.has(f))))
    .map((n) => ({ page: 'news', id: n.id }))
  return [...views, ...news]
}
