import type { Project } from '@/services/feed/schema'
import { synonymsOf } from '@/services/feed/synonyms'
import { STATUS_LABEL } from '@/domain/project-status'
import { createTextSearch, highlightTerms, occurrences, type Range } from '@/utils/search'

/** The fields a search looks in; each hit carries the matched ranges of each, for highlighting. */
export const PROJECT_SEARCH_FIELDS = ['title', 'category', 'place', 'region', 'summary', 'statusWords'] as const
export type ProjectSearchField = (typeof PROJECT_SEARCH_FIELDS)[number]

export type ProjectHit = { project: Project; ranges: Record<ProjectSearchField, Range[]> }

const WEIGHTS: Record<ProjectSearchField, number> = {
  title: 4,
  category: 3,
  place: 2,
  region: 2,
  summary: 1,
  statusWords: 1,
}

const noRanges = (): Record<ProjectSearchField, Range[]> => ({
  title: [],
  category: [],
  place: [],
  region: [],
  summary: [],
  statusWords: [],
})

/** A field's texts; the status field also holds the app's own status word (已完成, 推进中 …). */
function textsOf(p: Project, field: ProjectSearchField): string[] {
  if (field === 'statusWords') return [p.statusWords, STATUS_LABEL[p.status]]
  return [p[field] ?? '']
}

/**
 * Builds a searcher over the projects once. Every term must appear (as written or as one of its
 * synonyms, see src/services/feed/synonyms.ts) in any of title, category, place, region, summary
 * or the status words; an empty query returns all, in the given order.
 */
export function createProjectSearch(projects: readonly Project[]) {
  const find = createTextSearch(
    projects,
    PROJECT_SEARCH_FIELDS.map((field) => ({ weight: WEIGHTS[field], texts: (p: Project) => textsOf(p, field) })),
    synonymsOf,
  )
  return {
    search(query: string): ProjectHit[] {
      const found = find(query)
      if (!found) return projects.map((project) => ({ project, ranges: noRanges() }))
      const terms = highlightTerms(query, synonymsOf)
      return found.map((project) => ({
        project,
        ranges: {
          title: occurrences(project.title, terms),
          category: occurrences(project.category, terms),
          place: occurrences(project.place ?? '', terms),
          region: occurrences(project.region, terms),
          summary: occurrences(project.summary, terms),
          statusWords: occurrences(project.statusWords, terms),
        },
      }))
    },
  }
}
