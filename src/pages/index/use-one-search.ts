import { useEffect, useMemo, useState } from 'react'
import type { Figure, Project } from '@/services/feed/schema'
import { createProjectSearch, type ProjectHit } from '@/features/projects/project-search'
import { createFigureSearch, type FigureHit } from '@/features/search/figure-search'
import type { KindCounts } from '@/features/search/search-summary'

/** Figures and projects listed before 显示全部: enough to see what was found, short enough to reach the stories. */
export const FIRST_RESULTS = 3

export type ResultGroup<T> = { shown: T[]; total: number; more: number; showAll: () => void }

export type OneSearch = { counts: KindCounts; figures: ResultGroup<FigureHit>; projects: ResultGroup<ProjectHit> }

/** Builds a searcher the first time it is needed: the home page opens without indexing figures or projects. */
function lazy<T>(build: () => T): () => T {
  let built: T | undefined
  return () => (built ??= build())
}

function useGroup<T>(all: T[], query: string): ResultGroup<T> {
  const [open, setOpen] = useState(false)
  useEffect(() => setOpen(false), [query])
  const shown = open ? all : all.slice(0, FIRST_RESULTS)
  return { shown, total: all.length, more: all.length - shown.length, showAll: () => setOpen(true) }
}

/**
 * The home page's one search: the stories come from the 资讯 list (their count is `newsCount`),
 * figures and projects from their own searchers, which this composes (a feature imports no other
 * feature, so the page does). Undefined while the query is empty.
 */
export function useOneSearch(
  query: string,
  figures: readonly Figure[],
  projects: readonly Project[],
  newsCount: number,
): OneSearch | undefined {
  const figureSearch = useMemo(() => lazy(() => createFigureSearch(figures)), [figures])
  const projectSearch = useMemo(() => lazy(() => createProjectSearch(projects)), [projects])
  const active = query.trim() !== ''
  const figureHits = useMemo(() => (active ? figureSearch().search(query) : []), [active, figureSearch, query])
  const projectHits = useMemo(() => (active ? projectSearch().search(query) : []), [active, projectSearch, query])
  const figureGroup = useGroup(figureHits, query)
  const projectGroup = useGroup(projectHits, query)
  if (!active) return undefined
  return {
    counts: { news: newsCount, figures: figureHits.length, projects: projectHits.length },
    figures: figureGroup,
    projects: projectGroup,
  }
}
