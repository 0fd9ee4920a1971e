import Taro from '@tarojs/taro'

/** WeChat's standard text size in px; a larger `fontSizeSetting` means the user asked for big text. */
const STANDARD_FONT_PX = 17

let cached: boolean | undefined

/**
 * True when the user set WeChat's own text size larger than standard (我 › 设置 › 关怀模式 / 字体大小),
 * so the app follows it with its large type even if 关怀模式 is off here. False where the platform
 * does not say (H5 follows the browser's zoom instead).
 * https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getAppBaseInfo.html
 */
export function systemPrefersLargeText(): boolean {
  if (cached !== undefined) return cached
  // H5 has no such setting; asking Taro for it there parses the user agent (platform.js), 10 ms
  // of a cheap phone's first screen.
  if (process.env.TARO_ENV === 'h5') return (cached = false)
  try {
    const info = Taro.getAppBaseInfo?.() as { fontSizeSetting?: number; fontSizeScaleFactor?: number } | undefined
    cached = (info?.fontSizeScaleFactor ?? 1) > 1 || (info?.fontSizeSetting ?? 0) > STANDARD_FONT_PX
  } catch {
    cached = false
  }
  return cached
}
