import { PROJECT_CATEGORIES, PROJECT_STATUSES } from '@/services/feed/vocabulary'
import type { Project, ProjectCategory, ProjectStatus } from '@/services/feed/schema'

/** One category's projects by status; the category chart draws one bar per row. */
export type CategoryStatsRow = {
  category: ProjectCategory
  total: number
  done: number
  inProgress: number
  planned: number
}

const STATUS_FIELD: Record<ProjectStatus, 'done' | 'inProgress' | 'planned'> = {
  done: 'done',
  'in-progress': 'inProgress',
  planned: 'planned',
}

/**
 * Counts per category and status, one row per category that has projects, most projects first
 * (ties in the schema's category order). Each `total` equals the list's count for that category.
 */
export function categoryStats(projects: readonly Project[]): CategoryStatsRow[] {
  const rows = new Map<ProjectCategory, CategoryStatsRow>()
  for (const p of projects) {
    const row = rows.get(p.category) ?? { category: p.category, total: 0, done: 0, inProgress: 0, planned: 0 }
    row.total += 1
    row[STATUS_FIELD[p.status]] += 1
    rows.set(p.category, row)
  }
  const order = (c: ProjectCategory) => PROJECT_CATEGORIES.indexOf(c)
  return [...rows.values()].sort((a, b) => b.total - a.total || order(a.category) - order(b.category))
}

export type StatusCount = {
  status: ProjectStatus
  count: number
  /** Whole percent of all, 0 when empty. */ percent: number
}

/** How many projects have each status, every status listed (0 too), in the order 已完成, 推进中, 计划. */
export function statusCounts(projects: readonly Project[]): StatusCount[] {
  return PROJECT_STATUSES.map((status) => {
    const count = projects.filter((p) => p.status === status).length
    return { status, count, percent: projects.length === 0 ? 0 : Math.round((count / projects.length) * 100) }
  })
}
