import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ARTIFACTS, ROOT, harnessForFile } from './harness.mjs'

const feed = JSON.parse(readFileSync(path.join(ROOT, 'mock', 'feed.json'), 'utf8'))

const h = harnessForFile()

/** Number of non-transparent pixels on each canvas of the page. */
const paintedPixels = (page) =>
  page.$$eval('[data-testid="chart-card"] canvas', (canvases) =>
    canvases.map((c) => {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
      let n = 0
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++
      return n
    }),
  )

const tableOf = (card) =>
  card
    .locator('.nut-table-main-body-tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('.nut-table-main-body-tr-td')].map((td) => td.textContent.trim())),
    )

test('the 经济运行 topic page draws its charts and tables them with the same numbers as the feed', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, `package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`)
  await page.locator('[data-testid="chart-card"] canvas').first().waitFor()
  await page.waitForFunction(() => {
    const c = document.querySelector('[data-testid="chart-card"] canvas')
    return c && c.width > 0
  })
  // Charts are drawn as they near the screen: bring each one there.
  const hosts = page.locator('.taro_page_show [data-testid="chart-canvas-host"]')
  const hostCount = await hosts.count()
  for (let i = 0; i < hostCount; i++) {
    await hosts.nth(i).scrollIntoViewIfNeeded()
    await hosts.nth(i).locator('canvas').waitFor()
  }
  await page.waitForTimeout(300)
  const painted = await paintedPixels(page)
  expect(painted.length).toBeGreaterThanOrEqual(2)
  expect(painted).toHaveLength(hostCount)
  for (const n of painted) expect(n).toBeGreaterThan(500)

  const gdpCard = page.locator('[data-testid="chart-card"]', { hasText: '地区生产总值由' }).first()
  await expect(gdpCard.locator('.chart-card__title').textContent()).resolves.toMatch(
    /2021年.*280亿元.*2023年.*331亿元（预计）/,
  )
  const rows = await tableOf(gdpCard)
  const expected = feed.figures.filter(
    (f) => f.region === '市中区' && f.indicator === 'gdp' && f.metric === 'level' && f.unit === '亿元',
  )
  expect(rows).toHaveLength(expected.length)
  const shown = rows.map((r) => Number(r[1].replace(/[^\d.]/g, ''))).sort((a, b) => a - b)
  expect(shown).toEqual(expected.map((f) => f.value).sort((a, b) => a - b))
  await page.screenshot({ path: path.join(ARTIFACTS, 'topic-economy.png'), fullPage: false })
  await context.close()
})

test('the project statistics chart draws and its table agrees with the project list counts', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'package-charts/pages/project-stats/index')
  const card = page.locator('[data-testid="chart-card"]').first()
  await card.locator('canvas').waitFor()
  await page.waitForTimeout(300)
  const [painted] = await paintedPixels(page)
  expect(painted).toBeGreaterThan(500)

  const rows = await tableOf(card)
  const ours = feed.projects.filter((p) => p.region === '市中区')
  const counts = {}
  for (const p of ours) counts[p.category] = (counts[p.category] ?? 0) + 1
  expect(Object.fromEntries(rows.map((r) => [r[0], Number(r[1])]))).toEqual(counts)
  const done = ours.filter((p) => p.status === 'done').length
  await expect(card.locator('.chart-card__title').textContent()).resolves.toContain(
    `${ours.length}项民生实事中，${done}项已完成`,
  )
  await context.close()
})

test('an unknown topic shows the not-found page', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'package-charts/pages/topic/index?topic=nope')
  await page.getByText('没有找到这条专题').waitFor()
  await context.close()
})
