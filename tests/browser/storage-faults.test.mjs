// What the built H5 app does when the browser's storage fails: blocked (SecurityError), full, or
// holding a value that is not the app's; and two tabs saving at once.
import { harnessForFile } from './harness.mjs'

const KEY = 'xfwsz:user'

const h = harnessForFile()

/** Makes `window.localStorage` throw as a browser that blocks storage does (third-party context, a policy). */
function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException(
        "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
        'SecurityError',
      )
    },
  })
}

/** Makes every write to localStorage fail as a full storage does. */
function fillStorage() {
  Storage.prototype.setItem = function () {
    throw new DOMException(
      "Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.",
      'QuotaExceededError',
    )
  }
}

const shownPage = (page) => page.locator('.taro_page_show')

/** Opens the first news card, taps 收藏, and checks that `toast` says why it was not saved and the button still offers ☆ 收藏. */
async function expectFavouriteRefused(page, toast) {
  await page.locator('.taro_page_show .news-card').first().click()
  const button = page.locator('.taro_page_show .news-detail__actions .nut-button')
  await button.waitFor()
  await button.click()
  await expect(page.getByText(toast).waitFor({ timeout: 5000 })).resolves.toBeUndefined()
  await expect(button.innerText()).resolves.toContain('☆ 收藏')
}

test('with storage blocked, the app opens (not stuck on 正在载入…) and says saving is off', async () => {
  const { page, context } = await h.newPhone()
  await context.addInitScript(blockStorage)
  await h.open(page, 'pages/index/index', { app: false })
  await page.locator('.taro_page_show .news-card').first().waitFor({ timeout: 15000 })
  await expect(page.locator('#boot').count()).resolves.toBe(0)
  await expect(shownPage(page).getByRole('status').first().innerText()).resolves.toContain('保存已关闭')
  // A favourite is refused and the reader is told, instead of a 已收藏 that a reload would take back.
  await expectFavouriteRefused(page, '收藏未保存：存储暂时无法读取')
  expect(h.errors.filter((e) => /localStorage|SecurityError/.test(e))).toEqual([])
  await context.close()
})

test('with storage full, 收藏 says it was not saved and the button does not claim 已收藏', async () => {
  const { page, context } = await h.newPhone()
  await context.addInitScript(fillStorage)
  await h.open(page, 'pages/index/index', { app: false })
  await expectFavouriteRefused(page, '收藏未保存：存储空间已满')
  await context.close()
})

test('a stored value that is not the app’s is kept aside with its time, and the app opens', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'pages/mine/index')
  await page.evaluate((key) => localStorage.setItem(key, '{"data":"{\\"state\\":{\\"favourites\\":[{'), KEY)
  await page.reload()
  await page.waitForFunction(() => !document.getElementById('boot'))
  await shownPage(page).getByText('我的收藏（0）').waitFor()
  const copies = await page.evaluate(
    (key) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(`${key}:corrupt:`))
        .map((k) => [k, localStorage.getItem(k)]),
    KEY,
  )
  expect(copies).toEqual([
    [expect.stringMatching(/:corrupt:\d{4}-\d\d-\d\dT\d\d:\d\d/), '{"data":"{\\"state\\":{\\"favourites\\":[{'],
  ])
  await context.close()
})

test('two tabs: favourites saved in each are both kept, and the other tab shows them', async () => {
  const { page: a, context } = await h.newPhone()
  const b = await context.newPage()
  await h.open(a, 'pages/mine/index')
  await h.open(b, 'pages/index/index')
  // Tab A saves the first news, tab B the second (each from its detail page).
  const save = async (page, nth) => {
    await h.open(page, 'pages/index/index')
    await page.locator('.taro_page_show .news-card').nth(nth).click()
    const button = page.locator('.taro_page_show .news-detail__actions .nut-button')
    await button.click()
    await expect(button.innerText()).resolves.toContain('已收藏')
  }
  await save(a, 0)
  await save(b, 1)
  await h.open(a, 'pages/mine/index')
  await shownPage(a).getByText('我的收藏（2）').waitFor({ timeout: 5000 })
  const stored = await a.evaluate(
    (key) => JSON.parse(JSON.parse(localStorage.getItem(key)).data).state.favourites.length,
    KEY,
  )
  expect(stored).toBe(2)
  await context.close()
})
