import type { Expression, FuseResultMatch, IFuseOptions } from 'fuse.js'

/** [start, end] inclusive character ranges to highlight. */
export type Range = readonly [number, number]

/**
 * Fuse options for exact substring search of every term ('term): fuzzy matching of two-character
 * Chinese words mostly finds unrelated words; locations do not matter in Chinese text.
 */
export function exactSearchOptions<T>(keys: { name: string; weight: number }[]): IFuseOptions<T> {
  return { keys, useExtendedSearch: true, includeMatches: true, ignoreLocation: true, threshold: 0 }
}

/** Splits a query into terms; Chinese has no spaces, so a phrase is one term. */
export function queryTerms(query: string): string[] {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.slice(0, 40))
}

/**
 * A Fuse expression that needs every term, each found in any of `keys`: a plain 'a b' pattern
 * would need both in one field. Quotes make operators such as ! ^ | plain text.
 */
export function everyTermExpression(terms: readonly string[], keys: readonly { name: string }[]): Expression {
  return {
    $and: terms.map((t) => ({ $or: keys.map(({ name }) => ({ [name]: `'"${t.replace(/"/g, '')}"` })) })),
  }
}

/** The ranges Fuse matched in one field. */
export function rangesOf(matches: readonly FuseResultMatch[] | undefined, key: string): Range[] {
  return (matches ?? []).filter((m) => m.key === key).flatMap((m) => m.indices.map(([a, b]) => [a, b] as const))
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
