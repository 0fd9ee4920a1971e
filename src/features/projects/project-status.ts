import type { Project, ProjectCategory, ProjectStatus } from '../../services/feed/schema'

/** Plain status words shown to residents; the source's own words are shown beside them. */
export const STATUS_LABEL: Record<ProjectStatus, string> = {
  done: '已完成',
  'in-progress': '推进中',
  planned: '计划',
}

export type ProjectFilter = { category?: ProjectCategory; status?: ProjectStatus; region?: Project['region'] }

/** Projects that pass every set filter, in feed order. */
export function filterProjects(projects: readonly Project[], filter: ProjectFilter): Project[] {
  return projects.filter(
    (p) =>
      (!filter.category || p.category === filter.category) &&
      (!filter.status || p.status === filter.status) &&
      (!filter.region || p.region === filter.region),
  )
}

/** How many projects each key has, e.g. per category or per status, largest first. */
export function countBy<K extends string>(projects: readonly Project[], key: (p: Project) => K): [K, number][] {
  const counts = new Map<K, number>()
  for (const p of projects) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])
}
