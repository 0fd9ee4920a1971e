/** @jest-environment node */
/**
 * The "nothing lost" guarantee as a property: whatever was stored, whatever storage faults occur
 * (reads and writes that fail, a full storage, a key listing that fails) and in whatever order
 * two tabs save, every saved item the user last saw as saved is in storage — in the value, or in a
 * copy of a corrupt one — and a launch whose reads work shows it again.
 */
import fc from 'fast-check'
import { createAppStore } from '@/store'
import { PERSIST_KEY } from '@/store/persisted'
import type { BackendWrite, StorageBackend, StoredRead } from '@/store/storage-backend'

type Faults = { read: boolean[]; write: boolean[]; keys: boolean[] }

/** An in-memory backend whose n-th read, write or key listing fails when the schedule says so. */
function faultyBackend(initial: Map<string, string>, faults: Faults) {
  const data = new Map(initial)
  const n = { read: 0, write: 0, keys: 0 }
  const fails = (kind: keyof Faults) => faults[kind][n[kind]++ % Math.max(1, faults[kind].length)] ?? false
  const write = (key: string, text: string): BackendWrite => {
    if (fails('write')) return { ok: false, error: new Error('setStorageSync:fail exceed storage max size 10Mb') }
    data.set(key, text)
    return { ok: true }
  }
  const backend: StorageBackend = {
    read: (key): StoredRead => {
      if (fails('read')) return { kind: 'failed', error: new Error('getStorageSync:fail') }
      const text = data.get(key)
      return text === undefined ? { kind: 'absent' } : { kind: 'text', text }
    },
    write,
    writeRaw: write,
    remove: (key) => void data.delete(key),
    keys: () => (fails('keys') ? undefined : [...data.keys()]),
    watch: () => () => undefined,
  }
  return { backend, data }
}

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')
const entry = fc.record(
  {
    id: fc.oneof(ids, fc.constant(''), fc.integer()),
    title: fc.oneof(fc.string(), fc.constant(7)),
    savedAt: fc.oneof(fc.integer({ min: 0 }), fc.constant('2024-01-01'), fc.constant(null), fc.string()),
    note: fc.string(),
  },
  { requiredKeys: [] },
)
const storedState = fc.record(
  {
    favourites: fc.oneof(fc.array(entry, { maxLength: 6 }), fc.string(), fc.constant(null)),
    follows: fc.array(entry, { maxLength: 4 }),
    careMode: fc.oneof(fc.boolean(), fc.string()),
    fromTheFuture: fc.jsonValue(),
  },
  { requiredKeys: [] },
)
/** What an earlier launch (of this or another version) left, including broken values. */
const storedText = fc.oneof(
  fc.record({ state: storedState, version: fc.integer({ min: -1, max: 5 }) }).map((d) => JSON.stringify(d)),
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constant('{"state":{"favourites":['),
)

type Action = { tab: 0 | 1; kind: 'favourite' | 'follow' | 'read' | 'care' | 'event'; id: string }
const action = fc.record({
  tab: fc.constantFrom<0 | 1>(0, 1),
  kind: fc.constantFrom<Action['kind']>('favourite', 'favourite', 'follow', 'read', 'care', 'event'),
  id: ids,
})
const faults = fc.record({
  read: fc.array(fc.boolean(), { maxLength: 12 }),
  write: fc.array(fc.boolean(), { maxLength: 12 }),
  keys: fc.array(fc.boolean(), { maxLength: 4 }),
})

/** Ids of saved items the stored text holds (in the value, or in a copy of a corrupt one). */
function storedIds(data: Map<string, string>, list: 'favourites' | 'follows'): Set<string> {
  const found = new Set<string>()
  for (const [key, text] of data) {
    if (key !== PERSIST_KEY && !key.startsWith(`${PERSIST_KEY}:corrupt:`)) continue
    try {
      const doc = JSON.parse(text) as { state?: Record<string, unknown> }
      const items = doc?.state?.[list]
      if (Array.isArray(items))
        for (const x of items) if (typeof x?.id === 'string' && x.id !== '') found.add(x.id as string)
    } catch {
      // A copy of an unreadable value: it held no readable item.
    }
  }
  return found
}

test('no saved item is lost, whatever was stored and whatever storage does', () => {
  fc.assert(
    fc.property(
      fc.option(storedText, { nil: undefined }),
      fc.array(fc.array(action, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
      faults,
      (initial, launches, schedule) => {
        const { backend, data } = faultyBackend(
          new Map(initial === undefined ? [] : [[PERSIST_KEY, initial]]),
          schedule,
        )
        // What the user was last shown as saved: the items readable at the start, then every saved toggle.
        const expected = {
          favourites: storedIds(data, 'favourites'),
          follows: storedIds(data, 'follows'),
        }
        for (const actions of launches) {
          const tabs = [createAppStore(backend), createAppStore(backend)]
          for (const { tab, kind, id } of actions) {
            const store = tabs[tab]
            if (kind === 'event') void store.persist.rehydrate()
            else if (kind === 'read') store.getState().recordRead({ id, title: id })
            else if (kind === 'care') store.getState().setCareMode(!store.getState().careMode)
            else {
              const list = kind === 'favourite' ? 'favourites' : 'follows'
              const result =
                kind === 'favourite'
                  ? store.getState().toggleFavourite({ id, title: id })
                  : store.getState().toggleFollow({ id, title: id })
              const shown = store.getState()[list].some((x) => x.id === id)
              if (result.saved) expected[list][shown ? 'add' : 'delete'](id)
            }
            for (const list of ['favourites', 'follows'] as const) {
              const held = storedIds(data, list)
              const lost = [...expected[list]].filter((id) => !held.has(id))
              if (lost.length > 0) throw new Error(`${list} lost from storage: ${lost.join(', ')}`)
            }
          }
        }
        // A launch whose reads work shows every item the stored value holds.
        const relaunched = createAppStore(faultyBackend(data, { read: [], write: [], keys: [] }).backend)
        const shown = new Set(relaunched.getState().favourites.map((f) => f.id))
        const hidden = [...storedIds(new Map([...data].filter(([k]) => k === PERSIST_KEY)), 'favourites')].filter(
          (id) => !shown.has(id),
        )
        if (hidden.length > 0) throw new Error(`stored but not shown after a relaunch: ${hidden.join(', ')}`)
      },
    ),
    { numRuns: 1000 },
  )
})
