import type { StateCreator } from 'zustand'
import type { AppState } from './index'
import { unsavedMessage, type Persistence, type SaveResult } from './saved-slice'

export type PreferencesSlice = {
  /** 关怀模式: larger type and targets for elderly readers. */
  careMode: boolean
  /** Whether the first-launch offer of 关怀模式 was answered (it is shown once, never as a pop-up). */
  careOffered: boolean
  /** Applies at once; when it cannot be saved it still applies for this session, and says so. */
  setCareMode: (on: boolean) => SaveResult
  answerCareOffer: (on: boolean) => SaveResult
}

export const createPreferencesSlice =
  (persistence: Persistence): StateCreator<AppState, [], [], PreferencesSlice> =>
  (set) => {
    const apply = (careMode: boolean): SaveResult => {
      set({ careMode, careOffered: true })
      const outcome = persistence.lastWrite()
      return outcome.ok ? { saved: true } : { saved: false, message: `${unsavedMessage('设置', outcome)}，本次有效` }
    }
    return { careMode: false, careOffered: false, setCareMode: apply, answerCareOffer: apply }
  }
