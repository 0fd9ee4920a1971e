import type { StateCreator } from 'zustand'
import type { AppState } from './index'

export type PreferencesSlice = {
  /** 关怀模式: larger type and targets for elderly readers. */
  careMode: boolean
  /** Whether the first-launch offer of 关怀模式 was answered (it is shown once, never as a pop-up). */
  careOffered: boolean
  setCareMode: (on: boolean) => void
  answerCareOffer: (on: boolean) => void
}

export const createPreferencesSlice: StateCreator<AppState, [], [], PreferencesSlice> = (set) => ({
  careMode: false,
  careOffered: false,
  setCareMode: (careMode) => set({ careMode, careOffered: true }),
  answerCareOffer: (careMode) => set({ careMode, careOffered: true }),
})
