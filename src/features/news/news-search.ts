import type { News } from '@/services/feed/schema'
import { synonymsOf } from '@/services/feed/synonyms'
import { createTextSearch, highlightTerms, occurrences, type Range } from '@/utils/search'

export type NewsHit = {
  news: News
  titleRanges: Range[]
  summaryRanges: Range[]
  /** The first matching passage of the body, when the match is only in the body. */
  snippet?: { text: string; ranges: Range[] }
}

const SNIPPET_RADIUS = 24

function snippetFrom(text: string, ranges: Range[]): NewsHit['snippet'] {
  const [first] = ranges
  const start = Math.max(0, first[0] - SNIPPET_RADIUS)
  const end = Math.min(text.length, first[1] + 1 + SNIPPET_RADIUS)
  const prefix = start > 0 ? '…' : ''
  const shift = start - prefix.length
  return {
    text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    ranges: ranges.filter(([a, b]) => a >= start && b < end).map(([a, b]) => [a - shift, b - shift] as const),
  }
}

function rangesOfHit(n: News, terms: string[]): Pick<NewsHit, 'titleRanges' | 'summaryRanges' | 'snippet'> {
  const titleRanges = occurrences(n.title, terms)
  const summaryRanges = occurrences(n.summary, terms)
  let snippet: NewsHit['snippet']
  if (titleRanges.length + summaryRanges.length === 0) {
    const section = n.sections.find((s) => occurrences(s.text, terms).length > 0)
    if (section) snippet = snippetFrom(section.text, occurrences(section.text, terms))
  }
  return { titleRanges, summaryRanges, snippet }
}

/** A hit whose highlight ranges are worked out when a card reads them, not for every hit of a broad query. */
class LazyHit implements NewsHit {
  private ranges?: Pick<NewsHit, 'titleRanges' | 'summaryRanges' | 'snippet'>
  constructor(
    readonly news: News,
    private readonly terms: string[],
  ) {}
  private get computed() {
    return (this.ranges ??= rangesOfHit(this.news, this.terms))
  }
  get titleRanges() {
    return this.computed.titleRanges
  }
  get summaryRanges() {
    return this.computed.summaryRanges
  }
  get snippet() {
    return this.computed.snippet
  }
}

/** Builds a searcher over the news once (synonyms included); call `search` per query. */
export function createNewsSearch(news: readonly News[]) {
  const find = createTextSearch(
    news,
    [
      { weight: 3, texts: (n) => [n.title] },
      { weight: 2, texts: (n) => [n.summary] },
      { weight: 1, texts: (n) => n.sections.map((s) => s.heading) },
      { weight: 1, texts: (n) => n.sections.map((s) => s.text) },
    ],
    synonymsOf,
  )
  return {
    search(query: string): NewsHit[] {
      const found = find(query)
      if (!found) return news.map((n) => ({ news: n, titleRanges: [], summaryRanges: [] }))
      const terms = highlightTerms(query, synonymsOf)
      return found.map((n) => new LazyHit(n, terms))
    },
  }
}
