import type { StateCreator } from 'zustand'
import type { AppState } from './index'
import type { WriteOutcome } from './user-storage'

/** What the user saved, with a snapshot of the title so it still reads well if the item leaves the feed. */
export type SavedRef = { id: string; title: string; savedAt: number }
export type HistoryEntry = { id: string; title: string; readAt: number }

export const HISTORY_LIMIT = 50

/** Whether a change the user made was saved; when not, a short message for a toast. */
export type SaveResult = { saved: true } | { saved: false; message: string }

/** The store's view of its storage: the outcome of the write the last change caused. */
export type Persistence = { lastWrite: () => WriteOutcome }

/** The toast for a change that was not saved, e.g. "收藏未保存：存储空间已满". */
export function unsavedMessage(what: string, outcome: WriteOutcome): string {
  if (outcome.ok) return ''
  if (outcome.reason === 'read-only') return `${what}未保存：存储暂时无法读取`
  return `${what}未保存：${outcome.quota ? '存储空间已满' : '存储不可用'}`
}

export type SavedSlice = {
  favourites: SavedRef[]
  follows: SavedRef[]
  history: HistoryEntry[]
  /** Adds or removes a favourite; a change that cannot be saved is undone and reported. */
  toggleFavourite: (item: { id: string; title: string }) => SaveResult
  /** Adds or removes a followed project; a change that cannot be saved is undone and reported. */
  toggleFollow: (item: { id: string; title: string }) => SaveResult
  recordRead: (item: { id: string; title: string }) => void
  clearHistory: () => SaveResult
}

function toggle(list: SavedRef[], item: { id: string; title: string }): SavedRef[] {
  return list.some((x) => x.id === item.id)
    ? list.filter((x) => x.id !== item.id)
    : [{ id: item.id, title: item.title, savedAt: Date.now() }, ...list]
}

/** The saved-items slice; `persistence` tells each change whether it reached storage. */
export const createSavedSlice =
  (persistence: Persistence): StateCreator<AppState, [], [], SavedSlice> =>
  (set, get) => {
    /** Applies a change to one list, and undoes it when storage did not take it: the screen never claims a save that did not happen. */
    function saveOrUndo(field: 'favourites' | 'follows' | 'history', next: SavedRef[] | HistoryEntry[], what: string) {
      const previous = get()[field]
      set({ [field]: next } as Partial<AppState>)
      const outcome = persistence.lastWrite()
      if (outcome.ok) return { saved: true } as const
      set({ [field]: previous } as Partial<AppState>)
      return { saved: false, message: unsavedMessage(what, outcome) } as const
    }
    return {
      favourites: [],
      follows: [],
      history: [],
      toggleFavourite: (item) => saveOrUndo('favourites', toggle(get().favourites, item), '收藏'),
      toggleFollow: (item) => saveOrUndo('follows', toggle(get().follows, item), '关注'),
      // Reading history is kept for the session even when it cannot be saved; nothing to undo.
      recordRead: (item) =>
        set((s) => ({
          history: [
            { id: item.id, title: item.title, readAt: Date.now() },
            ...s.history.filter((h) => h.id !== item.id),
          ].slice(0, HISTORY_LIMIT),
        })),
      clearHistory: () => saveOrUndo('history', [], '清空记录'),
    }
  }
