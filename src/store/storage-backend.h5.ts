import type { StorageBackend, StoredRead } from './storage-backend'
import { attemptWrite } from './storage-backend-write'

export type { BackendWrite, StorageBackend, StoredRead } from './storage-backend'

/**
 * H5: `localStorage`, read directly because Taro's H5 `getStorageSync` returns '' for a failed
 * read, a value it cannot parse and an absent key alike. Values keep the envelope Taro's
 * `setStorageSync` writes (`{"data": …}`), so what earlier versions stored reads the same, and
 * the loading shell's copy of the home page (scripts/prerender-inject.ts) still finds it.
 * `window.localStorage` itself throws a SecurityError when the browser blocks storage, and
 * index.html then puts a stand-in there whose every method throws.
 */
const local = (): Storage => window.localStorage

function unwrap(raw: string): StoredRead {
  try {
    const envelope: unknown = JSON.parse(raw)
    if (typeof envelope === 'object' && envelope !== null && 'data' in envelope) {
      const { data } = envelope as { data: unknown }
      if (data === '') return { kind: 'absent' }
      if (typeof data === 'string') return { kind: 'text', text: data }
    }
  } catch {
    // Not Taro's envelope: kept aside as it is.
  }
  return { kind: 'unreadable', raw }
}

export const storageBackend: StorageBackend = {
  read(key) {
    let raw: string | null
    try {
      raw = local().getItem(key)
    } catch (error) {
      return { kind: 'failed', error }
    }
    return raw === null ? { kind: 'absent' } : unwrap(raw)
  },
  write: (key, text) => attemptWrite(() => local().setItem(key, JSON.stringify({ data: text }))),
  writeRaw: (key, raw) => attemptWrite(() => local().setItem(key, raw)),
  remove(key) {
    try {
      local().removeItem(key)
    } catch {
      // The value stays; it was copied first.
    }
  },
  keys() {
    try {
      const storage = local()
      return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
    } catch {
      return undefined
    }
  },
  watch(key, onChange) {
    // https://developer.mozilla.org/docs/Web/API/Window/storage_event: fired in the other tabs only.
    const listener = (event: StorageEvent) => {
      if (event.key === key || event.key === null) onChange()
    }
    window.addEventListener('storage', listener)
    return () => window.removeEventListener('storage', listener)
  },
}
