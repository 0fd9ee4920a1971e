import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js'
import type { News } from '../../services/feed/schema'

/** [start, end] inclusive character ranges to highlight. */
export type Range = readonly [number, number]

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

const OPTIONS: IFuseOptions<News> = {
  keys: KEYS,
  // Exact substring matching of every term ('term): fuzzy matching of two-character Chinese
  // words mostly finds unrelated words; locations do not matter in Chinese text.
  useExtendedSearch: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0,
}

const SNIPPET_RADIUS = 24

/** Splits a query into terms; Chinese has no spaces, so a phrase is one term. */
export function queryTerms(query: string): string[] {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.slice(0, 40))
}

function rangesOf(matches: readonly FuseResultMatch[] | undefined, key: string): Range[] {
  return (matches ?? []).filter((m) => m.key === key).flatMap((m) => m.indices.map(([a, b]) => [a, b] as const))
}

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
      // Each term may be found in any field: a plain 'a b' pattern would need both in one field.
      const everyTerm = {
        $and: terms.map((t) => ({ $or: KEYS.map(({ name }) => ({ [name]: `'"${t.replace(/"/g, '')}"` })) })),
      }
      return fuse.search(everyTerm).map(({ item, matches }) => {
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

/** Splits text into plain and highlighted parts for rendering. */
export function splitByRanges(text: string, ranges: readonly Range[]): { text: string; hit: boolean }[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const parts: { text: string; hit: boolean }[] = []
  let at = 0
  for (const [a, b] of sorted) {
    if (b < at) continue
    const from = Math.max(a, at)
    if (from > at) parts.push({ text: text.slice(at, from), hit: false })
    parts.push({ text: text.slice(from, b + 1), hit: true })
    at = b + 1
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false })
  return parts
}
