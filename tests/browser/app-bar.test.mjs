// A page opened alone leads on (issue 17): every deep link that is not a tab, opened in a fresh
// browser (no history), shows an app bar whose one button reaches 资讯 with its stories and the tab
// bar; with history the same button goes back. Measured at 390×844 in light, dark and 关怀模式;
// screenshots in tests/artifacts/app-bar-*.png.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ARTIFACTS, ROOT, harnessForFile } from './harness.mjs'

const feed = JSON.parse(readFileSync(path.join(ROOT, 'mock', 'feed.json'), 'utf8'))

const DEEP_LINKS = [
  ['news detail', `package-data/pages/news-detail/index?id=${encodeURIComponent(feed.news[0].id)}`, feed.news[0].title],
  [
    'project detail',
    `package-data/pages/project-detail/index?id=${encodeURIComponent(feed.projects[0].id)}`,
    feed.projects[0].title,
  ],
  ['topic', `package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`, '经济运行'],
  ['分类统计图', 'package-charts/pages/project-stats/index', '数据截至'],
  ['poster', 'package-share/pages/poster/index?kind=scorecard&id=sc-2023-1', '海报上的数字'],
  // A malformed hash once hung on 正在载入… (a URIError in the router): it lands on not-found.
  ['not-found (#/%%%)', '%%%', '没有找到这个页面'],
]

const MODES = [
  ['light', { colorScheme: 'light', care: false }],
  ['dark', { colorScheme: 'dark', care: false }],
  ['关怀模式', { colorScheme: 'light', care: true }],
]

const h = harnessForFile()

/** A fresh phone; in 关怀模式 the choice is already saved (as after an earlier visit), so no page is opened first. */
async function phone({ colorScheme, care }) {
  const { page, context } = await h.newPhone({ colorScheme })
  if (care) {
    const state = { favourites: [], follows: [], history: [], careMode: true, careOffered: true }
    const saved = JSON.stringify({ data: JSON.stringify({ state, version: 2 }) })
    await context.addInitScript((value) => localStorage.setItem('xfwsz:user', value), saved)
  }
  return { page, context }
}

const bar = (page) => page.locator('.taro_page_show .app-bar')
const barButton = (page) => bar(page).locator('.nut-button')

/** 资讯 is shown: its first story card and the tab bar. */
async function expectHome(page) {
  await page.locator('.taro_page_show [data-testid="news-card"]').first().waitFor()
  const tabBar = page.locator('.taro-tabbar__tabbar')
  await tabBar.waitFor()
  await expect(tabBar.evaluate((el) => el.classList.contains('taro-tabbar__tabbar-hide'))).resolves.toBe(false)
  await expect(tabBar.getByText('资讯', { exact: true }).isVisible()).resolves.toBe(true)
  expect(new URL(page.url()).hash).toMatch(/^#\/pages\/index\/index/)
}

/** The bar's sizes: its button's box and the smallest text in it, in CSS px. */
const measureBar = (page) =>
  bar(page).evaluate((el) => {
    const button = el.querySelector('.nut-button').getBoundingClientRect()
    const texts = [...el.querySelectorAll('*')].filter((n) =>
      [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim()),
    )
    return {
      button: { width: button.width, height: button.height },
      smallestFont: Math.min(...texts.map((n) => parseFloat(getComputedStyle(n).fontSize))),
      top: el.getBoundingClientRect().top,
      background: getComputedStyle(el).backgroundColor,
      text: el.textContent,
    }
  })

describe.each(MODES)('in %s', (mode, options) => {
  test.each(DEEP_LINKS)('%s opened alone: one tap on 首页 reaches 资讯', async (kind, route, shows) => {
    const { page, context } = await phone(options)
    await h.open(page, route)
    await page.locator('.taro_page_show').getByText(shows).first().waitFor()
    await bar(page).waitFor()
    const measured = await measureBar(page)
    expect(measured.text).toContain('幸福微市中')
    expect(measured.top).toBe(0)
    await expect(barButton(page).textContent()).resolves.toBe('首页')
    expect(Math.min(measured.button.width, measured.button.height)).toBeGreaterThanOrEqual(options.care ? 60 : 44)
    if (options.care) expect(measured.smallestFont).toBeGreaterThanOrEqual(18)
    // WeChat's bar colours (src/theme.json): the brand red, its dark red in dark mode.
    expect(measured.background).toBe(options.colorScheme === 'dark' ? 'rgb(143, 15, 20)' : 'rgb(200, 22, 29)')
    const name = kind.replace(/[^\w\u4e00-\u9fff]+/g, '-').replace(/-+$/, '')
    await page.screenshot({ path: path.join(ARTIFACTS, `app-bar-${name}-${mode}.png`) })

    await barButton(page).click()
    await expectHome(page)
    await context.close()
  })
})

test('with history, the bar goes back to the page it came from', async () => {
  const { page, context } = await phone({ colorScheme: 'light', care: false })
  await h.open(page)
  const card = page.locator('.taro_page_show [data-testid="news-card"]').first()
  const title = (await card.locator('.news-card__title').textContent()).trim()
  await card.click()
  await page.locator('.taro_page_show').getByText(title).first().waitFor()
  await expect(barButton(page).textContent()).resolves.toBe('‹ 返回')
  await page.waitForTimeout(400) // the page slides in
  await page.screenshot({ path: path.join(ARTIFACTS, 'app-bar-back-light.png') })
  await barButton(page).click()
  await expectHome(page)
  await expect(
    page.locator('.taro_page_show [data-testid="news-card"] .news-card__title').first().textContent(),
  ).resolves.toContain(title)
  await context.close()
})

test('tabs have no app bar: their tab bar leads on', async () => {
  const { page, context } = await phone({ colorScheme: 'light', care: false })
  for (const route of ['pages/index/index', 'pages/scorecards/index', 'pages/projects/index', 'pages/mine/index']) {
    await h.open(page, route)
    await page.locator('.page:visible').first().waitFor()
    await expect(page.locator('.app-bar:visible').count()).resolves.toBe(0)
  }
  await context.close()
})
