import type { DataNote, Feed, Figure, News, Topic } from '@/services/feed/schema'
import { compareIso } from '@/utils/compare'

export const ALL_TOPICS = '全部'

/** Topics that have at least one card, in the schema's order. */
export function newsTopics(news: readonly News[], order: readonly Topic[]): Topic[] {
  const present = new Set(news.map((n) => n.topic))
  return order.filter((t) => present.has(t))
}

/** Newest first; cards of the same date keep feed order. */
export function sortNews(news: readonly News[]): News[] {
  return news
    .map((n, i) => ({ n, i }))
    .sort((a, b) => compareIso(b.n.date, a.n.date) || a.i - b.i)
    .map(({ n }) => n)
}

/** Up to `limit` other cards on the same topic or from the same report, the closest first. */
export function relatedNews(all: readonly News[], current: News, limit = 3): News[] {
  const sources = new Set(current.sourceIds)
  return all
    .filter((n) => n.id !== current.id)
    .map((n) => ({
      n,
      score: (n.topic === current.topic ? 2 : 0) + (n.sourceIds.some((s) => sources.has(s)) ? 1 : 0),
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((x) => x.n)
}

/** Every figure a card cites, cover first, each once. */
export function figuresOfNews(feed: Pick<Feed, 'figures'>, news: News): Figure[] {
  const byId = new Map(feed.figures.map((f) => [f.id, f]))
  const ids = [news.coverFigureId, ...news.sections.flatMap((s) => s.figureIds)]
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? [])
}

/** The data notes on any figure of the story (its cover or a section's), in feed order. */
export function notesAboutNews(notes: readonly DataNote[], news: News): DataNote[] {
  const figureIds = new Set([news.coverFigureId, ...news.sections.flatMap((s) => s.figureIds)])
  return notes.filter((n) => n.figureIds.some((f) => figureIds.has(f)))
}
