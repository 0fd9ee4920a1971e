import type { StateCreator } from 'zustand'
import type { AppState } from './index'

/** What the user saved, with a snapshot of the title so it still reads well if the item leaves the feed. */
export type SavedRef = { id: string; title: string; savedAt: number }
export type HistoryEntry = { id: string; title: string; readAt: number }

export const HISTORY_LIMIT = 50

export type SavedSlice = {
  favourites: SavedRef[]
  follows: SavedRef[]
  history: HistoryEntry[]
  toggleFavourite: (item: { id: string; title: string }) => void
  toggleFollow: (item: { id: string; title: string }) => void
  recordRead: (item: { id: string; title: string }) => void
  clearHistory: () => void
}

function toggle(list: SavedRef[], item: { id: string; title: string }): SavedRef[] {
  return list.some((x) => x.id === item.id)
    ? list.filter((x) => x.id !== item.id)
    : [{ id: item.id, title: item.title, savedAt: Date.now() }, ...list]
}

export const createSavedSlice: StateCreator<AppState, [], [], SavedSlice> = (set) => ({
  favourites: [],
  follows: [],
  history: [],
  toggleFavourite: (item) => set((s) => ({ favourites: toggle(s.favourites, item) })),
  toggleFollow: (item) => set((s) => ({ follows: toggle(s.follows, item) })),
  recordRead: (item) =>
    set((s) => ({
      history: [
        { id: item.id, title: item.title, readAt: Date.now() },
        ...s.history.filter((h) => h.id !== item.id),
      ].slice(0, HISTORY_LIMIT),
    })),
  clearHistory: () => set({ history: [] }),
})
