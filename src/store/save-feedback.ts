import Taro from '@tarojs/taro'
import type { SaveResult } from './saved-slice'

/**
 * Tells the user, in a toast, that a change was not saved (storage full, unavailable or
 * unreadable). icon 'none' lets the text take two lines.
 * https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showToast.html
 */
export function tellIfUnsaved(result: SaveResult): void {
  if (!result.saved) void Taro.showToast({ title: result.message, icon: 'none', duration: 3000 })
}
