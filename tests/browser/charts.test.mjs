import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ARTIFACTS, ROOT, harnessForFile, paintedPixels } from './harness.mjs'

const feed = JSON.parse(readFileSync(path.join(ROOT, 'mock', 'feed.json'), 'utf8'))

const h = harnessForFile()

/** The table under a chart, a row of cell values each (the column's name beside each value is left out). */
const tableOf = (card) =>
  card
    .locator('[role="table"] [role="row"]')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('.chart-table__value')].map((v) => v.textContent.trim())),
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
  await page.getByText('没有找到这个专题').waitFor()
  await context.close()
})

test('a figure tapped on 成绩单 opens its chart, painted, with its period marked in chart and table', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'pages/scorecards/index')
  const link = page.locator('.taro_page_show [role="link"][title^="查看地区生产总值的图表：2023年"]').first()
  await link.scrollIntoViewIfNeeded()
  await link.click()
  const card = page.locator('.taro_page_show [data-testid="chart-card"][data-focus-period="2023"]')
  await card.waitFor()
  await card.locator('canvas').waitFor()
  await page.waitForFunction(() => {
    const c = document.querySelector('.taro_page_show [data-focus-period] canvas')
    if (!c || c.width === 0) return false
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
    let n = 0
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++
    return n > 500
  })
  // The card is on screen, and its table marks the tapped period's row.
  const box = await card.boundingBox()
  expect(box.y).toBeLessThan(844)
  const marked = (await tableOf(card)).filter((row) => row[0].startsWith('▶'))
  expect(marked).toHaveLength(1)
  expect(marked[0][0]).toContain('2023')
  expect(marked[0].join(' ')).toContain('331')
  await page.screenshot({ path: path.join(ARTIFACTS, 'figure-to-chart.png') })
  await context.close()
  expect(h.errors).toEqual([])
})
