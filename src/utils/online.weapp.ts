// weapp: whether the phone has a network connection, from WeChat's network status (H5: online.ts).
import { useSyncExternalStore } from 'react'
import Taro from '@tarojs/taro'

let online = true
let started = false
const listeners = new Set<() => void>()

function set(value: boolean) {
  if (value === online) return
  online = value
  listeners.forEach((listener) => listener())
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  if (!started) {
    started = true
    Taro.getNetworkType({ success: (r) => set(r.networkType !== 'none') })
    Taro.onNetworkStatusChange((r) => set(r.isConnected))
  }
  return () => listeners.delete(onChange)
}

/** false while WeChat says the phone has no network. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => online,
    () => true,
  )
}
