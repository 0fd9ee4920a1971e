import type { Feed, Figure, Project, Source } from '@/services/feed/schema'
import { useAppStore } from './index'

const cache = new WeakMap<object, Map<string, unknown>>()

/** id → item for a feed section, built once per section array. */
export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  let map = cache.get(items) as Map<string, T> | undefined
  if (!map) {
    map = new Map(items.map((x) => [x.id, x]))
    cache.set(items, map)
  }
  return map
}

export const useFigures = (): Map<string, Figure> => indexById(useAppStore((s: { feed: Feed }) => s.feed.figures))
export const useSources = (): Map<string, Source> => indexById(useAppStore((s: { feed: Feed }) => s.feed.sources))
export const useProjects = (): Map<string, Project> => indexById(useAppStore((s: { feed: Feed }) => s.feed.projects))
