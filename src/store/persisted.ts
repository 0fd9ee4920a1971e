import * as v from 'valibot'
import type { HistoryEntry, SavedRef } from './saved-slice'

/** Key under which user data is stored; never change it (that would look like data loss). */
export const PERSIST_KEY = 'xfwsz:user'
/** Bump with a migration below whenever the persisted shape changes. */
export const PERSIST_VERSION = 1

export type PersistedState = {
  favourites: SavedRef[]
  follows: SavedRef[]
  history: HistoryEntry[]
  careMode: boolean
}

const savedRef = v.object({ id: v.string(), title: v.string(), savedAt: v.number() })
const historyEntry = v.object({ id: v.string(), title: v.string(), readAt: v.number() })

/** Keeps every well-formed entry of a list and drops only the malformed ones. */
function keepValid<T>(schema: v.GenericSchema<unknown, T>, value: unknown): T[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((x) => {
    const r = v.safeParse(schema, x)
    return r.success ? [r.output] : []
  })
}

/**
 * Reads whatever was stored into the current shape, field by field: a corrupted field is reset,
 * the others are kept. Used for hydration and after every migration.
 */
export function sanitizePersisted(raw: unknown): PersistedState {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  return {
    favourites: keepValid(savedRef, s.favourites),
    follows: keepValid(savedRef, s.follows),
    history: keepValid(historyEntry, s.history),
    careMode: typeof s.careMode === 'boolean' ? s.careMode : false,
  }
}

/**
 * Brings state stored by an older app version to the current one. Version 1 is the first
 * shape; earlier or unknown versions are read field by field, keeping what is recognisable.
 */
export function migratePersisted(persisted: unknown, _fromVersion: number): PersistedState {
  return sanitizePersisted(persisted)
}
