import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ARTIFACTS, ROOT, harnessForFile } from './harness.mjs'

const h = harnessForFile()

/** The eight 2023 scorecards in the report's order. */
const EIGHT = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'eight-scorecards.json'), 'utf8'))

const cards = (page) => page.locator('[data-testid="scorecard"]')
const panel = (page, view) => page.locator(`[data-testid="period-panel"][data-view="${view}"]`)
const headlineCell = (page, indicator) => page.locator(`[data-testid="headline-cell"][data-indicator="${indicator}"]`)
const choose = (page, label) => page.getByRole('tab', { name: label, exact: true }).click()

async function openScorecards() {
  const { page, context } = await h.newPhone()
  await h.open(page, 'pages/scorecards/index')
  await cards(page).first().waitFor()
  return { page, context }
}

test('the 2023 scorecard shows the eight cards in order with their figures', async () => {
  const { page, context } = await openScorecards()
  // Three first, to keep the first screen small; 展开 brings the rest.
  expect(await cards(page).count()).toBe(3)
  await page.getByRole('button', { name: '展开2023年的其余5张成绩单' }).click()
  await cards(page).nth(7).waitFor()
  expect(await cards(page).count()).toBe(8)
  const titles = (await page.locator('[data-testid="scorecard"] .scorecard__title').allTextContents()).map((t) =>
    t.trim(),
  )
  expect(titles).toEqual(EIGHT)
  for (let i = 0; i < 8; i += 1) {
    const card = cards(page).nth(i)
    await expect(card.locator('.scorecard__order').textContent()).resolves.toBe(`第${i + 1}张`)
    const numbers = await card.locator('[data-testid="scorecard-figure"] .figure-row__number').allTextContents()
    expect(numbers.length).toBeGreaterThan(0)
    expect(numbers.length).toBeLessThanOrEqual(4)
    for (const n of numbers) expect(n).toMatch(/\d/)
    const stages = await card.locator('[data-testid="scorecard-figure"] .kind-tag').allTextContents()
    expect(stages).toHaveLength(numbers.length)
  }

  const first = cards(page).first()
  const more = first.getByRole('button', { name: '展开“产业发展质效齐升”的其余8项数字' })
  await expect(more.getAttribute('aria-expanded')).resolves.toBe('false')
  await more.click()
  await expect(
    first.getByRole('button', { name: '收起“产业发展质效齐升”的其余8项数字' }).getAttribute('aria-expanded'),
  ).resolves.toBe('true')
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid="scorecard"]')[0].querySelectorAll('[data-testid="scorecard-figure"]')
        .length === 12,
  )
  await expect(first.getByText('金融机构', { exact: true }).isVisible()).resolves.toBe(true)
  await page.screenshot({ path: path.join(ARTIFACTS, 'scorecards.png'), fullPage: false })
  await context.close()
  expect(h.errors).toEqual([])
})

test('the target-vs-actual view marks 固定资产投资 as not met, with both figures', async () => {
  const { page, context } = await openScorecards()
  const fai = page.locator('[data-testid="target-row"]', { hasText: '固定资产投资增速' })
  await fai.waitFor()
  await expect(fai.getAttribute('data-verdict')).resolves.toBe('not-met')
  const text = await fai.textContent()
  expect(text).toContain('×')
  expect(text).toContain('未达成')
  expect(text).toContain('约12%')
  expect(text).toContain('7.2%')
  expect(text).toContain('2023年区政府工作报告')
  expect(text).toContain('2023年终回顾')
  await fai.scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(ARTIFACTS, 'scorecards-targets.png') })

  const gdp = page.locator('[data-testid="target-row"]', { hasText: '地区生产总值增速' })
  await expect(gdp.textContent()).resolves.toContain('预计达成')
  await context.close()
  expect(h.errors).toEqual([])
})

test('switching to 2022 and 五年 shows their figures', async () => {
  const { page, context } = await openScorecards()
  await choose(page, '2022年')
  await panel(page, '2022').waitFor()
  await expect(headlineCell(page, 'gdp').textContent()).resolves.toContain('311.7')
  await expect(headlineCell(page, 'gdp').textContent()).resolves.toContain('增长 4.7%')
  expect(await cards(page).count()).toBe(0)
  const nextGdp = page.locator('[data-testid="next-target"]', { hasText: '地区生产总值增速' })
  await expect(nextGdp.textContent()).resolves.toContain('约6%')

  await choose(page, '五年')
  await panel(page, 'five-year').waitFor()
  await expect(headlineCell(page, 'gdp').textContent()).resolves.toContain('5.5%')
  const pair = page.locator('[data-testid="five-year-pair"]', { hasText: '地区生产总值' })
  const pairText = await pair.textContent()
  expect(pairText).toContain('280')
  expect(pairText).toContain('≥380')
  expect(await page.locator('[data-testid="five-year-past"]').count()).toBeGreaterThan(5)
  expect(await page.locator('[data-testid="five-year-goal"]').count()).toBeGreaterThan(5)
  await page.screenshot({ path: path.join(ARTIFACTS, 'scorecards-five-year.png') })

  await choose(page, '2023前三季度')
  await panel(page, '2023-ytd').waitFor()
  await expect(headlineCell(page, 'general-budget-revenue').textContent()).resolves.toContain('2023年1—10月')
  await context.close()
  expect(h.errors).toEqual([])
})

test('a topic link opens the topic chart page for that topic', async () => {
  const { page, context } = await openScorecards()
  await page.getByRole('link', { name: '查看“民生”的图表' }).click()
  await page.waitForFunction(() => location.hash.includes('package-charts/pages/topic/index'))
  expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain('topic=民生')
  await context.close()
})
