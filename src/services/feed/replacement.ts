import type { Feed } from './schema'

/** A problem the loader found, by its path in the feed (`news[3].title`). */
export type FeedIssue = { path: string; message: string }

/**
 * The sections a newer feed must mostly keep: what the user reads. A refresh that keeps half or
 * fewer of the current feed's ids in any of them (dropped, or renamed) is refused.
 */
const KEPT = { news: '资讯', scorecards: '成绩单', projects: '民生实事', figures: '数字' } as const

/**
 * Why `next`, a valid feed with a larger version, may not replace `current` (empty when it may):
 * only better data replaces good data. A feed with nothing to show, or one that keeps half or
 * fewer of the news, scorecards, projects or figures the user has now, is refused; the user keeps
 * the current feed and is told.
 */
export function replacementProblems(current: Feed, next: Feed): FeedIssue[] {
  const problems: FeedIssue[] = []
  if (next.news.length + next.scorecards.length + next.projects.length === 0) {
    problems.push({ path: '$', message: '新数据没有任何资讯、成绩单或民生实事' })
  }
  for (const section of Object.keys(KEPT) as (keyof typeof KEPT)[]) {
    const before = current[section]
    if (before.length === 0) continue
    const ids = new Set(next[section].map((item) => item.id))
    const kept = before.filter((item) => ids.has(item.id)).length
    if (kept * 2 > before.length) continue
    problems.push({
      path: `$.${section}`,
      message: `新数据只保留了现有 ${before.length} 条${KEPT[section]}中的 ${kept} 条（应多于一半）`,
    })
  }
  return problems
}
