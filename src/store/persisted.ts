import * as v from 'valibot'
import type { HistoryEntry, SavedRef } from './saved-slice'

/** Key under which user data is stored; never change it (that would look like data loss). */
export const PERSIST_KEY = 'xfwsz:user'
/** Bump with a migration below whenever the persisted shape changes. */
export const PERSIST_VERSION = 2

export type PersistedState = {
  favourites: SavedRef[]
  follows: SavedRef[]
  history: HistoryEntry[]
  careMode: boolean
  careOffered: boolean
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
    careOffered: typeof s.careOffered === 'boolean' ? s.careOffered : false,
  }
}

/** Each step turns the shape of version N into that of N + 1; unknown fields are left alone. */
const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: the first-launch offer of 关怀模式. Whoever already turned it on needs no offer.
  1: (state) => ({ ...state, careOffered: state.careMode === true }),
}

/**
 * Brings state stored by an older app version to the current one, step by step, then reads it
 * field by field. Version 0 (or anything unrecognised) is read as it is, keeping what fits.
 */
export function migratePersisted(persisted: unknown, fromVersion: number): PersistedState {
  let state = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<string, unknown>
  for (let version = Math.max(fromVersion, 1); version < PERSIST_VERSION; version++) {
    state = MIGRATIONS[version]?.(state) ?? state
  }
  return sanitizePersisted(state)
}
