import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { ARTIFACTS, ROOT, harnessForFile } from './harness.mjs'

const require = createRequire(import.meta.url)
const AXE = require.resolve('axe-core/axe.min.js')
const feed = JSON.parse(readFileSync(path.join(ROOT, 'mock', 'feed.json'), 'utf8'))

const ROUTES = {
  home: 'pages/index/index',
  scorecards: 'pages/scorecards/index',
  topic: `package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`,
  projects: 'pages/projects/index',
  'project detail': `package-data/pages/project-detail/index?id=${feed.projects.find((p) => p.title.includes('长者食堂')).id}`,
  'news detail': `package-data/pages/news-detail/index?id=${feed.news[0].id}`,
  'project stats': 'package-charts/pages/project-stats/index',
  mine: 'pages/mine/index',
}

/** Interactive elements a finger has to hit, on the page being shown (Taro keeps earlier pages hidden). */
const TAP_TARGETS = [
  '[role="link"]',
  '[role="button"]',
  '[role="radio"]',
  '[role="tab"]',
  '[role="switch"]',
  '.nut-button',
  '.nut-searchbar input',
]
  .map((s) => `.taro_page_show ${s}`)
  .join(', ')

const h = harnessForFile()

async function seriousViolations(page) {
  await page.addScriptTag({ path: AXE })
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }))
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    )
}

async function openAndSettle(page, route) {
  await h.open(page, route)
  await page.locator('.page:visible').first().waitFor()
  await page.waitForTimeout(700) // charts draw after the first frame
}

async function chooseCareMode(page, on) {
  await h.open(page, ROUTES.mine)
  await page
    .getByRole('radiogroup', { name: '字号' })
    .getByRole('radio', { name: on ? '关怀模式（大字）' : '标准' })
    .click()
}

describe.each([
  ['standard', { care: false, colorScheme: 'light' }],
  ['关怀模式', { care: true, colorScheme: 'light' }],
  ['dark', { care: false, colorScheme: 'dark' }],
])('axe-core in %s', (_name, { care, colorScheme }) => {
  test.each(Object.entries(ROUTES))('no serious or critical violations on %s', async (_page, route) => {
    const { page, context } = await h.newPhone({ colorScheme })
    if (care) await chooseCareMode(page, true)
    await openAndSettle(page, route)
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })
})

test('关怀模式 raises body text to at least 18 px, lines to 1.3, every tap target to 60 × 60, and persists across a reload', async () => {
  const { page, context } = await h.newPhone()
  await openAndSettle(page, ROUTES.home)
  const bodySize = () =>
    page.$eval('.taro_page_show .news-card__summary', (el) => {
      const cs = getComputedStyle(el)
      return { size: parseFloat(cs.fontSize), lineHeight: parseFloat(cs.lineHeight) }
    })
  const before = await bodySize()

  await chooseCareMode(page, true)
  await openAndSettle(page, ROUTES.home)
  const after = await bodySize()
  expect(after.size).toBeGreaterThanOrEqual(18)
  expect(after.size).toBeGreaterThan(before.size)
  expect(after.lineHeight / after.size).toBeGreaterThanOrEqual(1.3)

  for (const route of [ROUTES.home, ROUTES.projects, ROUTES.mine, ROUTES['project detail']]) {
    await page.reload()
    await openAndSettle(page, route)
    const sizes = await page.$$eval(TAP_TARGETS, (els) =>
      els
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => Math.min(r.width, r.height)),
    )
    expect(sizes.length).toBeGreaterThan(0)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(60)
  }
  await page.screenshot({ path: path.join(ARTIFACTS, 'care-mode-mine.png') })

  await page.reload()
  await openAndSettle(page, ROUTES.home)
  expect((await bodySize()).size).toBeGreaterThanOrEqual(18)
  await context.close()
})

test('dark mode follows the system', async () => {
  const { page, context } = await h.newPhone({ colorScheme: 'dark' })
  await openAndSettle(page, ROUTES.home)
  const bg = await page.$eval('.page', (el) => getComputedStyle(el).backgroundColor)
  expect(bg).toBe('rgb(21, 17, 15)')
  await page.screenshot({ path: path.join(ARTIFACTS, 'home-dark.png') })
  await context.close()
})
