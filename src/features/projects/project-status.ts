import type { Project, ProjectCategory, ProjectStatus, Region } from '@/services/feed/schema'
import { projectYear } from './project-year'

/** Unset fields do not filter; `year` is the project's year as `projectYear` reads its period. */
export type ProjectFilter = { category?: ProjectCategory; status?: ProjectStatus; region?: Region; year?: number }

/** Whether a project passes every set filter. */
export function matchesFilter(p: Project, filter: ProjectFilter): boolean {
  return (
    (!filter.category || p.category === filter.category) &&
    (!filter.status || p.status === filter.status) &&
    (!filter.region || p.region === filter.region) &&
    (filter.year === undefined || projectYear(p.period) === filter.year)
  )
}

/** Projects that pass every set filter, in feed order. */
export function filterProjects(projects: readonly Project[], filter: ProjectFilter): Project[] {
  return projects.filter((p) => matchesFilter(p, filter))
}
