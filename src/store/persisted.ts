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

/** What a first launch starts from. */
export const EMPTY_PERSISTED: PersistedState = {
  favourites: [],
  follows: [],
  history: [],
  careMode: false,
  careOffered: false,
}

/** The persisted fields that are lists of entries with an id, and the name of each entry's time. */
export const LIST_FIELDS = { favourites: 'savedAt', follows: 'savedAt', history: 'readAt' } as const
export type ListField = keyof typeof LIST_FIELDS

/** A stored state read into the current shape, and how many of its values had to be dropped or repaired. */
export type ReadState = { state: PersistedState; repaired: number }

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** A stored time as a number: a number as it is, a date string parsed; undefined when neither. */
function timeOf(x: unknown): number | undefined {
  if (typeof x === 'number' && Number.isFinite(x)) return x
  const parsed = typeof x === 'string' ? Date.parse(x) : NaN
  return Number.isFinite(parsed) ? parsed : undefined
}

/**
 * Every entry of a stored list that has an id, once each (the first one kept). A missing or bad
 * time becomes 0 (shown as 时间不详) and a missing title '' (the feed's title or the id is shown):
 * a saved item is never dropped for its details. Plain checks rather than valibot: this runs at
 * launch, and valibot here would cost the H5 first screen 1.9 KiB gzip (over its 150 KiB budget)
 * and the weapp main package 2.9 KiB.
 */
function readList<At extends 'savedAt' | 'readAt'>(value: unknown, at: At) {
  type Entry = { id: string; title: string } & Record<At, number>
  if (value === undefined) return { list: [] as Entry[], repaired: 0 }
  if (!Array.isArray(value)) return { list: [] as Entry[], repaired: 1 }
  const seen = new Set<string>()
  const list: Entry[] = []
  let repaired = 0
  for (const x of value) {
    if (!isRecord(x) || typeof x.id !== 'string' || x.id === '' || seen.has(x.id)) {
      repaired += 1
      continue
    }
    seen.add(x.id)
    const time = timeOf(x[at])
    if (typeof x.title !== 'string' || typeof x[at] !== 'number' || time === undefined) repaired += 1
    list.push({ id: x.id, title: typeof x.title === 'string' ? x.title : '', [at]: time ?? 0 } as Entry)
  }
  return { list, repaired }
}

function readFlag(value: unknown): { flag: boolean; repaired: number } {
  if (typeof value === 'boolean') return { flag: value, repaired: 0 }
  return { flag: false, repaired: value === undefined ? 0 : 1 }
}

/**
 * Reads whatever was stored into the current shape, field by field, and counts what it could not
 * keep as it was (a value of the wrong type, an entry without an id, a bad time).
 */
export function readPersisted(raw: unknown): ReadState {
  const s = isRecord(raw) ? raw : {}
  const favourites = readList(s.favourites, 'savedAt')
  const follows = readList(s.follows, 'savedAt')
  const history = readList(s.history, 'readAt')
  const careMode = readFlag(s.careMode)
  const careOffered = readFlag(s.careOffered)
  return {
    state: {
      favourites: favourites.list,
      follows: follows.list,
      history: history.list,
      careMode: careMode.flag,
      careOffered: careOffered.flag,
    },
    repaired:
      (raw !== undefined && !isRecord(raw) ? 1 : 0) +
      favourites.repaired +
      follows.repaired +
      history.repaired +
      careMode.repaired +
      careOffered.repaired,
  }
}

/** The current shape of whatever was stored (see readPersisted). */
export const sanitizePersisted = (raw: unknown): PersistedState => readPersisted(raw).state

/** Each step turns the shape of version N into that of N + 1; unknown fields are left alone. */
const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: the first-launch offer of 关怀模式. Whoever already turned it on needs no offer.
  1: (state) => ({ ...state, careOffered: state.careMode === true }),
}

/**
 * Brings state stored by an older app version to the current one, step by step, then reads it
 * field by field. Version 0 (or anything unrecognised) is read as it is, keeping what fits; a
 * newer version is read as it is too (its fields are kept in storage, see storedDocument).
 */
export function migratePersisted(persisted: unknown, fromVersion: number): ReadState {
  let state = persisted
  if (isRecord(state)) {
    for (let version = Math.max(fromVersion, 1); version < PERSIST_VERSION; version++) {
      state = MIGRATIONS[version]?.(state as Record<string, unknown>) ?? state
    }
  }
  return readPersisted(state)
}
