import { useMemo, useState } from 'react'
import type { Project } from '@/services/feed/schema'
import { createProjectSearch, type ProjectHit } from './project-search'
import { statusCounts, type StatusCount } from './project-stats'
import { matchesFilter } from './project-status'
import { ALL, filterWithoutStatus, NO_CHOICES, type ProjectChoices } from './project-list'

export type ProjectList = {
  choices: ProjectChoices
  /** Changes one choice (a group's value or the search text). */
  choose: (name: keyof ProjectChoices, value: string) => void
  /** Back to every project: no filter, no search. */
  reset: () => void
  /** The projects that pass every choice, with their search highlights. */
  shown: ProjectHit[]
  /** Projects per status among those that pass every choice but status itself. */
  counts: StatusCount[]
}

/** The 民生实事 tab's choices and what they leave of `projects`. */
export function useProjectList(projects: readonly Project[]): ProjectList {
  const [choices, setChoices] = useState(NO_CHOICES)
  const search = useMemo(() => createProjectSearch(projects), [projects])
  const { category, region, year, query, status } = choices
  const scoped = useMemo(() => {
    const filter = filterWithoutStatus({ ...NO_CHOICES, category, region, year })
    return search.search(query).filter((h) => matchesFilter(h.project, filter))
  }, [search, query, category, region, year])
  const counts = useMemo(() => statusCounts(scoped.map((h) => h.project)), [scoped])
  const shown = useMemo(
    () => (status === ALL ? scoped : scoped.filter((h) => h.project.status === status)),
    [scoped, status],
  )
  return {
    choices,
    choose: (name, value) => setChoices((c) => ({ ...c, [name]: value })),
    reset: () => setChoices(NO_CHOICES),
    shown,
    counts,
  }
}
