import { create } from 'zustand'
import { persist, type PersistStorage } from 'zustand/middleware'
import { createFeedSlice, type FeedSlice } from './feed-slice'
import { migratePersisted, PERSIST_KEY, PERSIST_VERSION, sanitizePersisted, type PersistedState } from './persisted'
import { createPreferencesSlice, type PreferencesSlice } from './preferences-slice'
import { createSavedSlice, type SavedSlice } from './saved-slice'
import { createTaroStorage } from './taro-storage'

export type AppState = FeedSlice & SavedSlice & PreferencesSlice

/** Builds the one app store; tests pass their own storage. */
export function createAppStore(storage: PersistStorage<PersistedState> = createTaroStorage<PersistedState>()) {
  return create<AppState>()(
    persist(
      (...a) => ({
        ...createFeedSlice(...(a as unknown as Parameters<typeof createFeedSlice>)),
        ...createSavedSlice(...a),
        ...createPreferencesSlice(...a),
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
        migrate: migratePersisted,
        merge: (persisted, current) => ({ ...current, ...sanitizePersisted(persisted) }),
      },
    ),
  )
}

export const useAppStore = createAppStore()
