import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { EMPTY_PERSISTED, isRecord, migratePersisted, PERSIST_VERSION, type PersistedState } from './persisted'
import { mergePersisted, storedDocument } from './persisted-merge'
import type { StorageBackend } from './storage-backend'

/**
 * Whether what the user saves reaches storage: 'read-only' after a read that failed (or a corrupt
 * value that could not be kept aside), so that nothing is written over data this launch could not
 * see; 'write-failed' after a write that failed (storage full or unavailable).
 */
export type StorageStatus = 'ok' | 'read-only' | 'write-failed'

/** The outcome of the last write the store asked for; `quota` when storage was full. */
export type WriteOutcome = { ok: true } | { ok: false; reason: 'read-only' | 'write-failed'; quota: boolean }

/** At most this many copies of corrupt values are kept; past it the key goes read-only instead. */
export const CORRUPT_COPIES = 5

export type UserStorage = PersistStorage<PersistedState> & {
  status: () => StorageStatus
  lastWrite: () => WriteOutcome
  /**
   * Calls `listener` when the status changes, and with `state` when storage now holds more than
   * the store does (merged with another tab's data): the store must take it at once, before its
   * next change is written.
   */
  subscribe: (listener: (change: StorageChange) => void) => () => void
}

export type StorageChange = { status: StorageStatus; state?: PersistedState }

/** What one read of the key gave: its text (undefined when absent), raw stored state, version and state. */
type Snapshot = { text: string | undefined; raw: unknown; version: number; state: PersistedState; corrupt: boolean }
type Loaded = { ok: true; snapshot: Snapshot } | { ok: false; state: PersistedState }

const QUOTA = /quota|exceed|max ?size|full/i

/**
 * zustand `persist` storage for the user's data over a StorageBackend, built so that nothing saved
 * is lost: a read that fails makes the key read-only (no write can cover what was not read); a
 * value that cannot be read whole is first copied to `<key>:corrupt:<ISO time>` (at most
 * CORRUPT_COPIES); every write re-reads the key and, when it changed since (another tab), merges
 * this app's changes into it; fields and versions written by newer versions are kept.
 */
export function createUserStorage(backend: StorageBackend, now: () => number = Date.now): UserStorage {
  const listeners = new Set<(change: StorageChange) => void>()
  let status: StorageStatus = 'ok'
  let last: WriteOutcome = { ok: true }
  /** The key as this app last read or wrote it; undefined until a read succeeded. */
  let seen: Snapshot | undefined
  /** The state (JSON) the store last had in storage: a store change that leaves it equal writes nothing. */
  let storedText: string | undefined
  let reporting = false

  /** Tells the store of a new status, and of a state it must take (`state`). */
  const report = (next: StorageStatus, state?: PersistedState) => {
    if (next === status && !state) return
    status = next
    // The store's own update of its status must not write (or retry a failed write) again.
    reporting = true
    try {
      listeners.forEach((listener) => listener({ status, state }))
    } finally {
      reporting = false
    }
  }

  /** Copies a corrupt value aside once (an identical copy counts); false when it could not be kept. */
  function keepAside(name: string, raw: string): boolean {
    const prefix = `${name}:corrupt:`
    const keys = backend.keys()
    if (!keys) return false
    const copies = keys.filter((k) => k.startsWith(prefix))
    if (
      copies.some((k) => {
        const r = backend.read(k)
        return r.kind === 'text' ? r.text === raw : r.kind === 'unreadable' && r.raw === raw
      })
    )
      return true
    if (copies.length >= CORRUPT_COPIES) return false
    let key = `${prefix}${new Date(now()).toISOString()}`
    for (let n = 2; keys.includes(key); n++) key = `${prefix}${new Date(now()).toISOString()}-${n}`
    return backend.writeRaw(key, raw).ok
  }

  function load(name: string): Loaded {
    const read = backend.read(name)
    if (read.kind === 'failed') return { ok: false, state: EMPTY_PERSISTED }
    if (read.kind === 'absent') {
      return {
        ok: true,
        snapshot: { text: undefined, raw: undefined, version: 0, state: EMPTY_PERSISTED, corrupt: false },
      }
    }
    const text = read.kind === 'text' ? read.text : read.raw
    let doc: unknown
    try {
      doc = read.kind === 'text' ? JSON.parse(text) : undefined
    } catch {
      doc = undefined
    }
    if (!isRecord(doc) || !isRecord(doc.state)) {
      // Nothing of it can be read: keep it aside and start empty; never write over it unkept.
      if (!keepAside(name, text)) return { ok: false, state: EMPTY_PERSISTED }
      backend.remove(name)
      return {
        ok: true,
        snapshot: { text: undefined, raw: undefined, version: 0, state: EMPTY_PERSISTED, corrupt: true },
      }
    }
    const version = typeof doc.version === 'number' && Number.isFinite(doc.version) ? doc.version : 0
    const { state, repaired } = migratePersisted(doc.state, version)
    // A part could not be read as it was: the next write would drop it, so it is copied first.
    if (repaired > 0 && !keepAside(name, text)) return { ok: false, state }
    return { ok: true, snapshot: { text, raw: doc.state, version, state, corrupt: false } }
  }

  return {
    getItem(name): StorageValue<PersistedState> | null {
      const loaded = load(name)
      if (!loaded.ok) {
        seen = undefined
        storedText = undefined
        report('read-only')
        return loaded.state === EMPTY_PERSISTED ? null : { state: loaded.state, version: PERSIST_VERSION }
      }
      seen = loaded.snapshot
      storedText = JSON.stringify(seen.state)
      if (status === 'read-only') report('ok')
      return seen.text === undefined ? null : { state: seen.state, version: PERSIST_VERSION }
    },
    setItem(name, value) {
      if (reporting) return
      const ours = value.state
      const oursText = JSON.stringify(ours)
      if (oursText === storedText) {
        last = { ok: true }
        return
      }
      const current = load(name)
      if (!current.ok) {
        last = { ok: false, reason: 'read-only', quota: false }
        report('read-only')
        return
      }
      const { snapshot } = current
      // Storage changed since this app last saw it (another tab), or this launch never saw it.
      const external = !seen || (snapshot.text !== seen.text && !snapshot.corrupt)
      const theirs = snapshot.corrupt ? (seen?.state ?? EMPTY_PERSISTED) : snapshot.state
      const merged = external ? mergePersisted(seen?.state ?? EMPTY_PERSISTED, ours, theirs) : ours
      if (external && JSON.stringify(merged) === JSON.stringify(snapshot.state)) {
        // Nothing of ours to add: take what is stored, write nothing.
        seen = snapshot
        storedText = JSON.stringify(merged)
        last = { ok: true }
        report('ok', merged)
        return
      }
      const doc = storedDocument(snapshot.raw, snapshot.version, merged)
      const text = JSON.stringify(doc)
      const written = backend.write(name, text)
      if (!written.ok) {
        last = { ok: false, reason: 'write-failed', quota: QUOTA.test(String(written.error)) }
        report('write-failed')
        return
      }
      seen = { text, raw: doc.state, version: doc.version, state: merged, corrupt: false }
      storedText = JSON.stringify(merged)
      last = { ok: true }
      report('ok', storedText !== oursText ? merged : undefined)
    },
    removeItem(name) {
      backend.remove(name)
    },
    status: () => status,
    lastWrite: () => last,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
