import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { createFeedSlice, type FeedSlice } from './feed-slice'
import { PERSIST_KEY, PERSIST_VERSION, type PersistedState } from './persisted'
import { createPreferencesSlice, type PreferencesSlice } from './preferences-slice'
import { createSavedSlice, type SavedSlice } from './saved-slice'
import { storageBackend, type StorageBackend } from './storage-backend'
import { createUserStorage, type StorageStatus } from './user-storage'

/** Whether what the user saves reaches storage (see StorageStatus); shown when it does not. */
export type StorageSlice = { storageStatus: StorageStatus }

export type AppState = FeedSlice & SavedSlice & PreferencesSlice & StorageSlice

/** Builds the one app store over a storage backend (the platform's by default; tests pass their own). */
export function createAppStore(backend: StorageBackend = storageBackend) {
  const storage = createUserStorage(backend)
  const store = create<AppState>()(
    persist(
      (...a) => ({
        ...createFeedSlice(...(a as unknown as Parameters<typeof createFeedSlice>)),
        ...createSavedSlice(storage)(...a),
        ...createPreferencesSlice(storage)(...a),
        storageStatus: storage.status(),
      }),
      {
        name: PERSIST_KEY,
        version: PERSIST_VERSION,
        storage,
        partialize: (s): PersistedState => ({
          favourites: s.favourites,
          follows: s.follows,
          history: s.history,
          careMode: s.careMode,
          careOffered: s.careOffered,
        }),
        // The storage reads every stored version into the current shape (user-storage.ts); a read
        // that gave nothing leaves the store as it is.
        merge: (persisted, current) => (persisted ? { ...current, ...(persisted as PersistedState) } : current),
      },
    ),
  )
  // Synchronously: the store must hold what storage holds before its next change is written.
  storage.subscribe(({ status, state }) => store.setState({ storageStatus: status, ...state }))
  store.setState({ storageStatus: storage.status() })
  // Another tab saved: take what it stored (this tab's own changes are in storage already).
  backend.watch(PERSIST_KEY, () => void store.persist.rehydrate())
  return store
}

export const useAppStore = createAppStore()
