import type { News, Project, Source } from '@/services/feed/schema'
import { projectYear } from './project-year'
import { compareIso } from '@/utils/compare'

/**
 * Which projects are one item told by several reports. Feed ids are `pj-<source>-<slug>`
 * (pj-gov-old-communities, pj-q3-old-communities, pj-rev-old-communities); the same slug in the
 * same region is the same item. A `-plan` suffix marks a report's goal for that item, so it joins
 * the item too (pj-pc-old-communities-plan). The region keeps 峄城区 apart from 市中区.
 */
export function timelineKey(project: Pick<Project, 'id' | 'region'>): string {
  const slug = project.id.replace(/^pj-[a-z0-9]+-/, '').replace(/-plan$/, '')
  return `${project.region}:${slug}`
}

type SourceDates = ReadonlyMap<string, Pick<Source, 'date'>>

/** Oldest report first; within one report, by the year the item counts for; then feed order. */
function byReportDate(sources: SourceDates) {
  const date = (p: Project) => sources.get(p.sourceId)?.date ?? ''
  return (a: { p: Project; i: number }, b: { p: Project; i: number }) =>
    compareIso(date(a.p), date(b.p)) || projectYear(a.p.period) - projectYear(b.p.period) || a.i - b.i
}

/**
 * Every report's entry for this project's item, itself included, ordered by the report's date
 * (ISO dates of any precision compare as strings). One entry means no other report mentions it.
 */
export function projectTimeline(all: readonly Project[], project: Project, sources: SourceDates): Project[] {
  const key = timelineKey(project)
  return all
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => timelineKey(p) === key)
    .sort(byReportDate(sources))
    .map(({ p }) => p)
}

/** The newest report's entry for each item, in feed order of those entries. */
export function latestPerItem(projects: readonly Project[], sources: SourceDates): Project[] {
  const latest = new Map<string, { p: Project; i: number }>()
  const newer = byReportDate(sources)
  projects.forEach((p, i) => {
    const key = timelineKey(p)
    const seen = latest.get(key)
    if (!seen || newer(seen, { p, i }) < 0) latest.set(key, { p, i })
  })
  return [...latest.values()].sort((a, b) => a.i - b.i).map(({ p }) => p)
}

/**
 * Up to `limit` other items of the same category, not this item in another report: same region
 * first, then the same year, then feed order.
 */
export function relatedProjects(all: readonly Project[], project: Project, limit = 4): Project[] {
  const key = timelineKey(project)
  const year = projectYear(project.period)
  return all
    .filter((p) => p.category === project.category && timelineKey(p) !== key)
    .map((p, i) => ({
      p,
      i,
      score: (p.region === project.region ? 2 : 0) + (projectYear(p.period) === year ? 1 : 0),
    }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, limit)
    .map(({ p }) => p)
}

/** News cards that name this project, in feed order. */
export function newsAboutProject(news: readonly News[], projectId: string): News[] {
  return news.filter((n) => n.projectIds.includes(projectId))
}
