import Fuse, { type FuseResultMatch } from 'fuse.js'
import type { News } from '../../services/feed/schema'
import { everyTermExpression, exactSearchOptions, queryTerms, rangesOf, type Range } from '../../utils/search'

export type NewsHit = {
  news: News
  titleRanges: Range[]
  summaryRanges: Range[]
  /** The first matching passage of the body, when the match is only in the body. */
  snippet?: { text: string; ranges: Range[] }
}

const KEYS = [
  { name: 'title', weight: 3 },
  { name: 'summary', weight: 2 },
  { name: 'sections.heading', weight: 1 },
  { name: 'sections.text', weight: 1 },
]

const OPTIONS = exactSearchOptions<News>(KEYS)

const SNIPPET_RADIUS = 24

function snippetFrom(match: FuseResultMatch): NewsHit['snippet'] {
  const text = match.value ?? ''
  const [first] = match.indices
  const start = Math.max(0, first[0] - SNIPPET_RADIUS)
  const end = Math.min(text.length, first[1] + 1 + SNIPPET_RADIUS)
  const prefix = start > 0 ? '…' : ''
  const shift = start - prefix.length
  return {
    text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    ranges: match.indices.filter(([a, b]) => a >= start && b < end).map(([a, b]) => [a - shift, b - shift] as const),
  }
}

/** Builds a searcher over the news once; call `search` per query. */
export function createNewsSearch(news: readonly News[]) {
  const fuse = new Fuse(news as News[], OPTIONS)
  return {
    search(query: string): NewsHit[] {
      const terms = queryTerms(query)
      if (terms.length === 0) return news.map((n) => ({ news: n, titleRanges: [], summaryRanges: [] }))
      return fuse.search(everyTermExpression(terms, KEYS)).map(({ item, matches }) => {
        const titleRanges = rangesOf(matches, 'title')
        const summaryRanges = rangesOf(matches, 'summary')
        const body = matches?.find((m) => m.key === 'sections.text')
        return {
          news: item,
          titleRanges,
          summaryRanges,
          snippet: titleRanges.length + summaryRanges.length === 0 && body ? snippetFrom(body) : undefined,
        }
      })
    },
  }
}
