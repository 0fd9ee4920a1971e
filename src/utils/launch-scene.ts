import Taro from '@tarojs/taro'

/** The scene of a page opened from a Moments post: WeChat shows it in 单页模式. */
export const SINGLE_PAGE_SCENE = 1154

/**
 * Whether the mini program was opened from Moments (朋友圈单页模式): no tab bar, no navigation,
 * separate storage, no saving to the album. Always false on H5 and on a base library without
 * getEnterOptionsSync.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/ability/share-timeline.html
 */
export function isSinglePageMode(): boolean {
  if (process.env.TARO_ENV === 'h5') return false
  try {
    return Taro.getEnterOptionsSync?.().scene === SINGLE_PAGE_SCENE
  } catch {
    return false
  }
}
