import Taro from '@tarojs/taro'
import { attemptWrite } from './storage-backend-write'

/** What one read of a key found: nothing, a text, a value that is not a text, or a failure. */
export type StoredRead =
  | { kind: 'absent' }
  | { kind: 'text'; text: string }
  | { kind: 'unreadable'; raw: string }
  | { kind: 'failed'; error: unknown }

import type { BackendWrite } from './storage-backend-write'
export type { BackendWrite }

/**
 * The synchronous key–value storage under the app's user data, reduced to what the store needs,
 * where a failed read is told apart from an absent key. Never throws.
 */
export type StorageBackend = {
  read: (key: string) => StoredRead
  write: (key: string, text: string) => BackendWrite
  /** Stores `raw` exactly as it was found (the copies of corrupt values). */
  writeRaw: (key: string, raw: string) => BackendWrite
  remove: (key: string) => void
  /** Every key, or undefined when they cannot be listed. */
  keys: () => string[] | undefined
  /** Calls `onChange` when another page (H5: another tab) changes `key`; returns the unsubscribe. */
  watch: (key: string, onChange: () => void) => () => void
}

/**
 * weapp (and tests): WeChat's storage through Taro, which throws when storage cannot be read and
 * returns '' for a key that was never set.
 * https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.getStorageSync.html
 */
export const storageBackend: StorageBackend = {
  read(key) {
    let value: unknown
    try {
      value = Taro.getStorageSync(key)
    } catch (error) {
      return { kind: 'failed', error }
    }
    if (value === '' || value === undefined || value === null) return { kind: 'absent' }
    if (typeof value === 'string') return { kind: 'text', text: value }
    let raw: string
    try {
      raw = JSON.stringify(value) ?? String(value)
    } catch {
      raw = String(value)
    }
    return { kind: 'unreadable', raw }
  },
  write: (key, text) => attemptWrite(() => Taro.setStorageSync(key, text)),
  writeRaw: (key, raw) => attemptWrite(() => Taro.setStorageSync(key, raw)),
  remove(key) {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // Nothing more to do: the value stays, and it was copied first.
    }
  },
  keys() {
    try {
      return Taro.getStorageInfoSync().keys
    } catch {
      return undefined
    }
  },
  watch: () => () => undefined,
}
