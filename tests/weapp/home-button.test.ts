/**
 * @jest-environment jsdom
 */
// A page opened alone on weapp leads on through WeChat itself: its navigation bar shows a home button
// when the first page of the run is not the home page, unless the page hides it (wx.hideHomeButton) or
// draws its own bar (navigationStyle: custom). Opened from Moments (单页模式) there is no navigation,
// so the page says how to open the whole app.
// https://developers.weixin.qq.com/miniprogram/dev/api/ui/navigation-bar/wx.hideHomeButton.html
// Run: npm run test:weapp (after npm run build:weapp && npm run compile:weapp, or WEAPP_PACKAGE=dist/weapp)
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { weappPackageDir } from '../../scripts/weapp/package-dir'
import { newsUrl, projectUrl } from '@/domain/routes'
import { launchMiniProgram, packageFeed, type SimulatedMiniProgram } from './simulate-mini-program'

const dir = weappPackageDir()
type PageJson = { navigationStyle?: string; homeButton?: unknown; window?: PageJson }
const readJson = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as PageJson
const app = readJson('app.json') as PageJson & {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
}
const PAGES = [
  ...app.pages,
  ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => path.posix.join(p.root, page))),
]

/** Every .js file of the package, relative to it. */
function scripts(folder = dir): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) return scripts(file)
    return entry.name.endsWith('.js') ? [path.relative(dir, file)] : []
  })
}

test('no page draws its own navigation bar, which would drop WeChat’s back and home buttons', () => {
  expect(PAGES.length).toBeGreaterThanOrEqual(10)
  expect(app.window?.navigationStyle).not.toBe('custom')
  for (const page of PAGES) {
    const config = readJson(`${page}.json`)
    expect({ page, navigationStyle: config.navigationStyle }).not.toEqual({ page, navigationStyle: 'custom' })
    expect({ page, homeButton: config.homeButton }).not.toEqual({ page, homeButton: false })
  }
})

test('no code calls wx.hideHomeButton: the name is only in Taro’s list of the APIs it wraps', () => {
  const uses: string[] = []
  for (const file of scripts()) {
    const code = readFileSync(path.join(dir, file), 'utf8')
    for (const match of code.matchAll(/.{0,2}hideHomeButton.{0,3}/g)) {
      // In the list: ,"hideHomeButton", — a quoted name between commas, never followed by a call.
      const listed = /^[,[]["']hideHomeButton["'][,\]](?!\()/.test(match[0])
      if (!listed) uses.push(`${file}: ${match[0]}`)
    }
  }
  expect(uses).toEqual([])
})

describe('opened from a Moments post (单页模式, scene 1154)', () => {
  const feed = packageFeed(dir)
  const LINE = '点底部「前往小程序」，打开完整的幸福微市中。'
  let launched: SimulatedMiniProgram[] = []
  afterEach(() => {
    launched.forEach((mp) => mp.close())
    launched = []
  })

  test.each([
    ['a story', newsUrl(feed.news[0].id), feed.news[0].title],
    ['a project', projectUrl(feed.projects[0].id), feed.projects[0].title],
  ])('%s says how to open the whole app', async (_, url, title) => {
    const route = url.slice(1).split('?')[0]
    const mp = launchMiniProgram(dir, new Map(), { path: route, scene: 1154 })
    launched.push(mp)
    const page = await mp.openUrl(url)
    await page.waitForText(title)
    expect(page.text()).toContain(LINE)
    expect(mp.errors).toEqual([])
  })

  test('opened from a chat (scene 1007) the same page has no such line', async () => {
    const url = newsUrl(feed.news[0].id)
    const mp = launchMiniProgram(dir, new Map(), { path: url.slice(1).split('?')[0], scene: 1007 })
    launched.push(mp)
    const page = await mp.openUrl(url)
    await page.waitForText(feed.news[0].title)
    expect(page.text()).not.toContain('前往小程序')
  })
})
