import type { Project } from '@/services/feed/schema'
import { createTextSearch, occurrences, queryTerms, type Range } from '@/utils/search'

/** The fields a search looks in; each hit carries the matched ranges of each, for highlighting. */
export const PROJECT_SEARCH_FIELDS = ['title', 'place', 'summary', 'statusWords'] as const
export type ProjectSearchField = (typeof PROJECT_SEARCH_FIELDS)[number]

export type ProjectHit = { project: Project; ranges: Record<ProjectSearchField, Range[]> }

const WEIGHTS: Record<ProjectSearchField, number> = { title: 3, place: 2, summary: 1, statusWords: 1 }

const noRanges = (): Record<ProjectSearchField, Range[]> => ({ title: [], place: [], summary: [], statusWords: [] })

/**
 * Builds a searcher over the projects once. Every term must appear as written (in any of title,
 * place, summary or the source's status words); an empty query returns all, in the given order.
 */
export function createProjectSearch(projects: readonly Project[]) {
  const find = createTextSearch(
    projects,
    PROJECT_SEARCH_FIELDS.map((field) => ({ weight: WEIGHTS[field], texts: (p: Project) => [p[field] ?? ''] })),
  )
  return {
    search(query: string): ProjectHit[] {
      const found = find(query)
      if (!found) return projects.map((project) => ({ project, ranges: noRanges() }))
      const terms = queryTerms(query)
      return found.map((project) => ({
        project,
        ranges: {
          title: occurrences(project.title, terms),
          place: occurrences(project.place ?? '', terms),
          summary: occurrences(project.summary, terms),
          statusWords: occurrences(project.statusWords, terms),
        },
      }))
    },
  }
}
