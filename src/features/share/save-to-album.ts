/**
 * Saving a poster to the phone's album on weapp, and what to tell the reader when it cannot be
 * done. Two gates stand before the album (base library 2.32.3 and later, for every mini program
 * since 2023-10-17): the reader must have agreed to the mini program's 用户隐私保护指引, and that
 * guide must declare 相册（仅写入） (set in the WeChat console); then the album permission itself
 * (scope.writePhotosAlbum). https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
 * https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.saveImageToPhotosAlbum.html
 */

export const ALBUM_SCOPE = 'scope.writePhotosAlbum'

export type SaveOutcome =
  | 'saved'
  | 'cancelled'
  /** The reader declined the privacy prompt (errno 104). */
  | 'privacy-refused'
  /** The privacy guide does not declare the album, or no privacy prompt is set up (errno 112): the publisher's to fix. */
  | 'privacy-undeclared'
  /** The reader refused the album permission, now or before. */
  | 'album-refused'
  | 'failed'

/** The part of Taro's API a save uses (Taro itself on weapp; a stand-in in tests). */
export type AlbumApi = {
  getSetting(): Promise<{ authSetting: Record<string, boolean | undefined> }>
  saveImageToPhotosAlbum(options: { filePath: string }): Promise<unknown>
  /** Base library 2.32.3 and later: shows the privacy prompt when the reader has not agreed yet. */
  requirePrivacyAuthorize?: (options: { success?: () => void; fail?: (res: unknown) => void }) => void
}

type WxError = { errMsg?: string; errno?: number }

/** Which gate a failed call stopped at, from WeChat's errno and errMsg. */
export function saveOutcomeOf(error: unknown): SaveOutcome {
  const { errMsg = '', errno } = (typeof error === 'object' && error !== null ? error : {}) as WxError
  if (
    errno === 112 ||
    /not declared in the privacy agreement|open official popup|onNeedPrivacyAuthorization/i.test(errMsg)
  )
    return 'privacy-undeclared'
  if (errno === 104 || /privacy permission is not authorized/i.test(errMsg)) return 'privacy-refused'
  if (/auth den|authorize/i.test(errMsg)) return 'album-refused'
  if (/cancel/i.test(errMsg)) return 'cancelled'
  return 'failed'
}

/** What the reader is told after a save, saying what to do next ('' when nothing needs saying). */
export const SAVE_MESSAGES: Record<SaveOutcome, string> = {
  saved: '海报已保存到相册。',
  cancelled: '',
  'privacy-refused':
    '保存到相册需要先同意本小程序的隐私保护指引。再点一次“保存到相册”，在弹出的说明里点“同意”；也可以点“预览”后长按图片保存。',
  'privacy-undeclared':
    '这个版本的小程序还没有在隐私保护指引里写明“相册（仅写入）”，暂时不能直接保存。请点“预览”，长按图片保存。',
  'album-refused':
    '之前没有允许本小程序使用相册。点下面的“去设置”，打开“添加到相册”，再回来保存；也可以点“预览”后长按图片保存。',
  failed: '这次没能保存。可以点“预览”，长按图片保存。',
}

/** Whether the reader refused album access before: getSetting lists the scope as false (undefined when never asked). */
export async function albumRefused(api: Pick<AlbumApi, 'getSetting'>): Promise<boolean> {
  try {
    const { authSetting } = await api.getSetting()
    return authSetting[ALBUM_SCOPE] === false
  } catch {
    return false
  }
}

/** Asks for privacy consent first where the base library can, so a refusal there is told apart from the album's. */
function requirePrivacy(api: AlbumApi): Promise<void> {
  const ask = api.requirePrivacyAuthorize
  if (typeof ask !== 'function') return Promise.resolve()
  return new Promise((resolve, reject) => ask({ success: () => resolve(), fail: (res) => reject(res) }))
}

/** Saves `filePath` to the album through both gates and says how it went. */
export async function saveToAlbum(api: AlbumApi, filePath: string): Promise<SaveOutcome> {
  if (await albumRefused(api)) return 'album-refused'
  try {
    await requirePrivacy(api)
    await api.saveImageToPhotosAlbum({ filePath })
    return 'saved'
  } catch (error) {
    return saveOutcomeOf(error)
  }
}
