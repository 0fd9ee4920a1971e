/** The kinds the one search finds, in the order the home page lists them. */
export const SEARCH_KINDS = ['news', 'figures', 'projects'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

export const KIND_LABEL: Record<SearchKind, string> = { news: '资讯', figures: '数字', projects: '民生实事' }

export type KindCounts = Record<SearchKind, number>

/** "资讯 3 · 数字 5 · 民生实事 4": every kind, in order, zeros included, so the reader sees where to look. */
export function countsLine(counts: KindCounts): string {
  return SEARCH_KINDS.map((k) => `${KIND_LABEL[k]} ${counts[k]}`).join(' · ')
}

/** How many were found in all. */
export const totalOf = (counts: KindCounts): number => SEARCH_KINDS.reduce((n, k) => n + counts[k], 0)

/**
 * The title of an empty result: names the filter it was searched in, when there is one
 * (在「教育」里没有找到“学位”), so the reader knows what to widen. `quoted` is the query already
 * in “quotes” (quoteQueryText).
 */
export function emptyTitle(quoted: string, filter?: string): string {
  if (!quoted) return filter ? `「${filter}」里还没有内容` : '没有内容'
  return filter ? `在「${filter}」里没有找到${quoted}` : `没有找到${quoted}`
}

/** Example words offered after a search found nothing: never the word just searched. */
export function otherExamples(query: string, examples: readonly string[], count = 3): string[] {
  const q = query.trim().toLowerCase()
  return examples.filter((e) => !q || (!e.toLowerCase().includes(q) && !q.includes(e.toLowerCase()))).slice(0, count)
}
