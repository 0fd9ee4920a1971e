import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ColorScheme } from './chart-theme'

const DARK_QUERY = '(prefers-color-scheme: dark)'

/** The system's colour scheme now: the browser's media query on H5, WeChat's theme on weapp. */
export function currentColorScheme(): ColorScheme {
  if (process.env.TARO_ENV === 'h5') {
    return typeof window !== 'undefined' && window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light'
  }
  try {
    const info = Taro.getAppBaseInfo?.() ?? Taro.getSystemInfoSync()
    return info.theme === 'dark' ? 'dark' : 'light'
  } catch {
    return 'light'
  }
}

/**
 * The colour scheme, following the system while mounted, so a chart redraws when it changes: the
 * media query's change event on H5; wx.onThemeChange on weapp ("darkmode": true in app.config).
 * https://developers.weixin.qq.com/miniprogram/dev/framework/ability/darkmode.html
 */
export function useColorScheme(): ColorScheme {
  const [scheme, setScheme] = useState<ColorScheme>(currentColorScheme)
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') {
      const query = typeof window !== 'undefined' ? window.matchMedia?.(DARK_QUERY) : undefined
      if (!query) return
      const onChange = () => setScheme(query.matches ? 'dark' : 'light')
      query.addEventListener?.('change', onChange)
      return () => query.removeEventListener?.('change', onChange)
    }
    const onChange = ({ theme }: { theme: string }) => setScheme(theme === 'dark' ? 'dark' : 'light')
    Taro.onThemeChange?.(onChange)
    return () => Taro.offThemeChange?.(onChange)
  }, [])
  return scheme
}
