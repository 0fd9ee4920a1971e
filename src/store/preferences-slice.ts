import type { StateCreator } from 'zustand'
import type { AppState } from './index'

export type PreferencesSlice = {
  /** 关怀模式: larger type and targets for elderly readers. */
  careMode: boolean
  setCareMode: (on: boolean) => void
}

export const createPreferencesSlice: StateCreator<AppState, [], [], PreferencesSlice> = (set) => ({
  careMode: false,
  setCareMode: (careMode) => set({ careMode }),
})
