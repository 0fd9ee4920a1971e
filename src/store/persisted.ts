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

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const isTime = (x: unknown): x is number => typeof x === 'number' && !Number.isNaN(x)

/** A stored entry with only its own fields (`at` names its time); undefined when one is missing or of the wrong type. */
function entry<At extends 'savedAt' | 'readAt'>(at: At) {
  return (x: unknown) =>
    isRecord(x) && typeof x.id === 'string' && typeof x.title === 'string' && isTime(x[at])
      ? ({ id: x.id, title: x.title, [at]: x[at] } as { id: string; title: string } & Record<At, number>)
      : undefined
}

/** A stored favourite or follow, and a stored history entry. */
const savedRef: (x: unknown) => SavedRef | undefined = entry('savedAt')
const historyEntry: (x: unknown) => HistoryEntry | undefined = entry('readAt')

/**
 * Keeps every well-formed entry of a list and drops only the malformed ones. Plain checks rather
 * than valibot: this runs at launch, and valibot here would cost the H5 first screen 1.9 KiB gzip
 * (over its 150 KiB budget) and the weapp main package 2.9 KiB; on weapp it arrives only with the
 * feed (loader-source.weapp.ts).
 */
function keepValid<T>(value: unknown, read: (x: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((x) => {
    const kept = read(x)
    return kept ? [kept] : []
  })
}

/**
 * Reads whatever was stored into the current shape, field by field: a corrupted field is reset,
 * the others are kept. Used for hydration and after every migration.
 */
export function sanitizePersisted(raw: unknown): PersistedState {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  return {
    favourites: keepValid(s.favourites, savedRef),
    follows: keepValid(s.follows, savedRef),
    history: keepValid(s.history, historyEntry),
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
