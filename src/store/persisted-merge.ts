import { isRecord, LIST_FIELDS, PERSIST_VERSION, type ListField, type PersistedState } from './persisted'

type Entry = { id: string }

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Three-way merge of one list: what `ours` added or changed since `base` goes first (newest first,
 * as the app lists them), then every entry of `theirs` that `ours` did not remove or change.
 */
function mergeList<T extends Entry>(base: readonly T[], ours: readonly T[], theirs: readonly T[]): T[] {
  const baseById = new Map(base.map((x) => [x.id, x]))
  const oursIds = new Set(ours.map((x) => x.id))
  const changed = ours.filter((x) => !baseById.has(x.id) || !same(baseById.get(x.id), x))
  const changedIds = new Set(changed.map((x) => x.id))
  const removed = new Set(base.filter((x) => !oursIds.has(x.id)).map((x) => x.id))
  return [...changed, ...theirs.filter((x) => !changedIds.has(x.id) && !removed.has(x.id))]
}

/**
 * What to store when storage changed since this app last read it (another tab, or a launch whose
 * read failed): this app's changes since `base`, applied to what is stored now (`theirs`).
 */
export function mergePersisted(base: PersistedState, ours: PersistedState, theirs: PersistedState): PersistedState {
  const flag = (key: 'careMode' | 'careOffered') => (ours[key] !== base[key] ? ours[key] : theirs[key])
  return {
    favourites: mergeList(base.favourites, ours.favourites, theirs.favourites),
    follows: mergeList(base.follows, ours.follows, theirs.follows),
    history: mergeList(base.history, ours.history, theirs.history),
    careMode: flag('careMode'),
    careOffered: flag('careOffered'),
  }
}

/** The stored document: zustand's `{ state, version }`. */
export type StoredDocument = { state: Record<string, unknown>; version: number }

/**
 * The document to write for `state` over what is stored (`stored`, the raw stored state, and
 * its version): fields this version does not know are kept, in the state and in each entry, and
 * the version is never lowered (data written by a newer app keeps its number).
 */
export function storedDocument(stored: unknown, storedVersion: number, state: PersistedState): StoredDocument {
  const raw = isRecord(stored) ? stored : {}
  const lists = Object.fromEntries(
    (Object.keys(LIST_FIELDS) as ListField[]).map((field) => {
      const rawById = new Map<string, Record<string, unknown>>()
      for (const x of Array.isArray(raw[field]) ? (raw[field] as unknown[]) : []) {
        if (isRecord(x) && typeof x.id === 'string' && !rawById.has(x.id)) rawById.set(x.id, x)
      }
      return [field, state[field].map((entry) => ({ ...rawById.get(entry.id), ...entry }))]
    }),
  )
  return {
    state: { ...raw, ...state, ...lists },
    version: Math.max(PERSIST_VERSION, Number.isFinite(storedVersion) ? storedVersion : 0),
  }
}
