import Taro from '@tarojs/taro'
import type { PersistStorage, StorageValue } from 'zustand/middleware'

/**
 * zustand `persist` storage over Taro's synchronous storage (wx storage on weapp, localStorage on
 * H5). A value that is not valid JSON is moved aside to `<key>:corrupt` instead of crashing
 * hydration, so it can be inspected later and the rest of the app keeps working.
 */
export function createTaroStorage<S>(): PersistStorage<S> {
  return {
    getItem(name) {
      let raw: unknown
      try {
        raw = Taro.getStorageSync(name)
      } catch {
        return null
      }
      if (typeof raw !== 'string' || raw === '') return null
      try {
        return JSON.parse(raw) as StorageValue<S>
      } catch {
        try {
          Taro.setStorageSync(`${name}:corrupt`, raw)
          // Only once the copy is safe: otherwise every launch re-reads and re-copies the same value.
          Taro.removeStorageSync(name)
        } catch {
          // Storage full or unavailable: leave the value where it is, nothing more we can keep.
        }
        return null
      }
    },
    setItem(name, value) {
      try {
        Taro.setStorageSync(name, JSON.stringify(value))
      } catch (error) {
        console.warn('[store] 保存失败', error)
      }
    },
    removeItem(name) {
      try {
        Taro.removeStorageSync(name)
      } catch {
        // Nothing to remove.
      }
    },
  }
}
