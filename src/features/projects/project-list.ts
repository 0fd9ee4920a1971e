import type { Project, ProjectCategory, Region } from '@/services/feed/schema'
import { PROJECT_CATEGORIES } from '@/services/feed/vocabulary'
import type { ProjectFilter } from './project-status'

/** The choice that does not filter, first in every group of the 民生实事 tab. */
export const ALL = '全部'

/** What the reader chose on the 民生实事 tab: one value per group (ALL for none) and the search text. */
export type ProjectChoices = { category: string; status: string; region: string; year: string; query: string }

export const NO_CHOICES: ProjectChoices = { category: ALL, status: ALL, region: ALL, year: ALL, query: '' }

/** The categories that have projects, in the vocabulary's order, after ALL. */
export function categoryChoices(projects: readonly Project[]): string[] {
  const present = new Set(projects.map((p) => p.category))
  return [ALL, ...PROJECT_CATEGORIES.filter((c) => present.has(c))]
}

/** The choices as a filter, without status: the status counts cover every other choice. */
export function filterWithoutStatus({ category, region, year }: ProjectChoices): ProjectFilter {
  return {
    category: category === ALL ? undefined : (category as ProjectCategory),
    region: region === ALL ? undefined : (region as Region),
    year: year === ALL ? undefined : Number(year),
  }
}

/** The chosen group in words for the status summary: "全部 · 峄城区 · 2023年 · “食堂”". */
export function choicesInWords({ category, region, year, query }: ProjectChoices): string {
  return [category, region === ALL ? '' : region, year === ALL ? '' : `${year}年`, query ? `“${query}”` : '']
    .filter(Boolean)
    .join(' · ')
}
