import Fuse from 'fuse.js'
import type { Project } from '../../services/feed/schema'
import { everyTermExpression, exactSearchOptions, queryTerms, rangesOf, type Range } from '../../utils/search'

/** The fields a search looks in; each hit carries the matched ranges of each, for highlighting. */
export const PROJECT_SEARCH_FIELDS = ['title', 'place', 'summary', 'statusWords'] as const
export type ProjectSearchField = (typeof PROJECT_SEARCH_FIELDS)[number]

export type ProjectHit = { project: Project; ranges: Record<ProjectSearchField, Range[]> }

const KEYS = [
  { name: 'title', weight: 3 },
  { name: 'place', weight: 2 },
  { name: 'summary', weight: 1 },
  { name: 'statusWords', weight: 1 },
]
const OPTIONS = exactSearchOptions<Project>(KEYS)

const noRanges = (): Record<ProjectSearchField, Range[]> => ({ title: [], place: [], summary: [], statusWords: [] })

/**
 * Builds a searcher over the projects once. Every term must appear as written (in any of title,
 * place, summary or the source's status words); an empty query returns all, in the given order.
 */
export function createProjectSearch(projects: readonly Project[]) {
  const fuse = new Fuse(projects as Project[], OPTIONS)
  return {
    search(query: string): ProjectHit[] {
      const terms = queryTerms(query)
      if (terms.length === 0) return projects.map((project) => ({ project, ranges: noRanges() }))
      return fuse.search(everyTermExpression(terms, KEYS)).map(({ item, matches }) => ({
        project: item,
        ranges: {
          title: rangesOf(matches, 'title'),
          place: rangesOf(matches, 'place'),
          summary: rangesOf(matches, 'summary'),
          statusWords: rangesOf(matches, 'statusWords'),
        },
      }))
    },
  }
}
