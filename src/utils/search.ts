/** [start, end] inclusive character ranges to highlight. */
export type Range = readonly [number, number]

/** Splits a query into terms; Chinese has no spaces, so a phrase is one term. */
export function queryTerms(query: string): string[] {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.slice(0, 40))
}

/** Every place where one of the terms occurs in the text (Latin letters in any case), in order. */
export function occurrences(text: string, terms: readonly string[]): Range[] {
  const hay = text.toLowerCase()
  const found: Range[] = []
  for (const term of terms) {
    const needle = term.toLowerCase()
    if (!needle) continue
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) found.push([i, i + needle.length - 1])
  }
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1])
}

export type SearchField<T> = { weight: number; texts: (item: T) => readonly string[] }

/** What a term stands for: itself and, e.g., its synonyms. The default is the term alone. */
export type ExpandTerm = (term: string) => readonly string[]

const asIs: ExpandTerm = (term) => [term]

/** The query's terms, each with what it stands for, flattened: the words to highlight. */
export function highlightTerms(query: string, expand: ExpandTerm = asIs): string[] {
  return [...new Set(queryTerms(query).flatMap((t) => expand(t.toLowerCase())))]
}

/**
 * Exact substring search where every term must appear, each in any field; results ordered by the
 * weight of the fields they matched in, then as given. This is deliberately not a fuzzy search
 * library: fuzzy matching of two-character Chinese words mostly finds unrelated words, and on the
 * 10,000-item synthetic feed Fuse.js took 14–48 ms a query against 0.4–2.6 ms for this
 * (scripts/perf/bench.ts). Each item's text is lower-cased once, when the searcher is built.
 */
export function createTextSearch<T>(
  items: readonly T[],
  fields: readonly SearchField<T>[],
  /** Each term matches when any of the words it stands for appears (synonyms). */
  expand: ExpandTerm = asIs,
) {
  // Fields are joined with a separator no query contains, so a term never spans two texts.
  const haystacks = items.map((item) => fields.map((f) => f.texts(item).join('\u0000').toLowerCase()))
  return (query: string): T[] | undefined => {
    const terms = queryTerms(query).map((t) => expand(t.toLowerCase()).map((w) => w.toLowerCase()))
    if (terms.length === 0) return undefined
    // Scores are small whole numbers: grouping by score keeps the given order within a score
    // without sorting thousands of hits.
    const byScore = new Map<number, T[]>()
    items.forEach((item, index) => {
      let score = 0
      for (const words of terms) {
        let best = 0
        const hays = haystacks[index]
        for (let f = 0; f < hays.length; f++) {
          if (fields[f].weight > best && words.some((w) => hays[f].includes(w))) best = fields[f].weight
        }
        if (best === 0) return
        score += best
      }
      const group = byScore.get(score)
      if (group) group.push(item)
      else byScore.set(score, [item])
    })
    return [...byScore.keys()].sort((a, b) => b - a).flatMap((score) => byScore.get(score)!)
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
