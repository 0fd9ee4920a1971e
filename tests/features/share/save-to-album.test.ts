/** @jest-environment node */
import { ALBUM_SCOPE, SAVE_MESSAGES, saveOutcomeOf, saveToAlbum, type AlbumApi } from '@/features/share/save-to-album'

type Fail = { errMsg: string; errno?: number }

/** WeChat's album and privacy gates as a stand-in: each answers as a phone would. */
function phone({ privacy, save, album }: { privacy?: Fail | 'ok' | 'absent'; save?: Fail; album?: boolean } = {}) {
  const saved: string[] = []
  const api: AlbumApi = {
    getSetting: async () => ({ authSetting: album === undefined ? {} : { [ALBUM_SCOPE]: album } }),
    saveImageToPhotosAlbum: async ({ filePath }) => {
      if (save) throw save
      saved.push(filePath)
      return { errMsg: 'saveImageToPhotosAlbum:ok' }
    },
    ...(privacy === 'absent'
      ? {}
      : {
          requirePrivacyAuthorize: ({ success, fail }) =>
            setTimeout(() => (privacy && privacy !== 'ok' ? fail?.(privacy) : success?.())),
        }),
  }
  return { api, saved }
}

const POSTER = 'wxfile://tmp/poster.png'

test('saves once the reader has agreed to the privacy guide', async () => {
  const { api, saved } = phone({ privacy: 'ok' })
  await expect(saveToAlbum(api, POSTER)).resolves.toBe('saved')
  expect(saved).toEqual([POSTER])
})

test('on a base library without requirePrivacyAuthorize it saves directly', async () => {
  const { api, saved } = phone({ privacy: 'absent' })
  await expect(saveToAlbum(api, POSTER)).resolves.toBe('saved')
  expect(saved).toEqual([POSTER])
})

test('a refused privacy prompt (errno 104) saves nothing and says how to agree, or to long-press the preview', async () => {
  const { api, saved } = phone({
    privacy: { errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized', errno: 104 },
  })
  const outcome = await saveToAlbum(api, POSTER)
  expect(outcome).toBe('privacy-refused')
  expect(saved).toEqual([])
  expect(SAVE_MESSAGES[outcome]).toMatch(/同意/)
  expect(SAVE_MESSAGES[outcome]).toMatch(/预览.*长按/)
})

test('a privacy guide without 相册（仅写入） (errno 112) says so and offers the preview instead', async () => {
  const { api } = phone({
    save: { errMsg: 'saveImageToPhotosAlbum:fail api scope is not declared in the privacy agreement', errno: 112 },
  })
  const outcome = await saveToAlbum(api, POSTER)
  expect(outcome).toBe('privacy-undeclared')
  expect(SAVE_MESSAGES[outcome]).toMatch(/相册（仅写入）/)
  expect(SAVE_MESSAGES[outcome]).toMatch(/预览.*长按/)
})

test.each([
  ['Android', 'saveImageToPhotosAlbum:fail auth denied'],
  ['iOS', 'saveImageToPhotosAlbum:fail authorize no response'],
  ['DevTools', 'saveImageToPhotosAlbum:fail auth deny'],
])('a refused album permission (%s) points to the settings', async (_, errMsg) => {
  const { api } = phone({ save: { errMsg } })
  const outcome = await saveToAlbum(api, POSTER)
  expect(outcome).toBe('album-refused')
  expect(SAVE_MESSAGES[outcome]).toMatch(/去设置/)
})

test('an album refused earlier is not asked again: the reader goes to the settings', async () => {
  const { api, saved } = phone({ album: false })
  await expect(saveToAlbum(api, POSTER)).resolves.toBe('album-refused')
  expect(saved).toEqual([])
})

test('a cancelled save says nothing; any other failure offers the preview', async () => {
  await expect(
    saveToAlbum(phone({ save: { errMsg: 'saveImageToPhotosAlbum:fail cancel' } }).api, POSTER),
  ).resolves.toBe('cancelled')
  expect(SAVE_MESSAGES.cancelled).toBe('')
  const outcome = await saveToAlbum(
    phone({ save: { errMsg: 'saveImageToPhotosAlbum:fail file not found' } }).api,
    POSTER,
  )
  expect(outcome).toBe('failed')
  expect(SAVE_MESSAGES[outcome]).toMatch(/预览.*长按/)
})

test('reads the gate from errno or errMsg, whatever the error looks like', () => {
  expect(saveOutcomeOf({ errno: 112, errMsg: '' })).toBe('privacy-undeclared')
  expect(
    saveOutcomeOf({ errMsg: 'x:fail please go to mp open official popup or use wx.onNeedPrivacyAuthorization' }),
  ).toBe('privacy-undeclared')
  expect(saveOutcomeOf({ errno: 104 })).toBe('privacy-refused')
  expect(saveOutcomeOf(undefined)).toBe('failed')
  expect(saveOutcomeOf('boom')).toBe('failed')
})
