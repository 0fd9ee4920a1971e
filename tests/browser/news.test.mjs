import path from 'node:path'
import { ARTIFACTS, expectNotFoundWithWayHome, expectSavedAcrossReload, harnessForFile } from './harness.mjs'

const h = harnessForFile()

const cards = (page) => page.locator('[data-testid="news-card"]')

test('home shows news cards with data covers and the 数据截至 date, at a phone viewport', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page)
  await cards(page).first().waitFor()
  expect(await cards(page).count()).toBeGreaterThanOrEqual(15)
  await expect(
    page
      .getByText(/数据截至/)
      .first()
      .isVisible(),
  ).resolves.toBe(true)
  await expect(page.locator('.data-cover__number').first().textContent()).resolves.toMatch(/\d/)
  await page.screenshot({ path: path.join(ARTIFACTS, 'home.png') })
  await context.close()
  expect(h.errors).toEqual([])
})

test('filtering by a topic shows only that topic, and search highlights matches in Chinese', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page)
  await cards(page).first().waitFor()
  const all = await cards(page).count()

  await page.getByRole('radiogroup', { name: '话题' }).getByRole('radio', { name: '民生' }).click()
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="news-card"]').length < n, all)
  const topics = await page.locator('[data-testid="news-card"] .news-card__topic').allTextContents()
  expect(topics.length).toBeGreaterThan(0)
  expect(new Set(topics)).toEqual(new Set(['民生']))

  await page.getByRole('radiogroup', { name: '话题' }).getByRole('radio', { name: '全部' }).click()
  await page.locator('.nut-searchbar input').fill('养老')
  await page.waitForFunction(() => document.querySelectorAll('.hl').length > 0)
  const highlighted = await page.locator('.hl').allTextContents()
  // The word and its synonyms (src/services/feed/synonyms.ts) are marked where a story says them.
  expect(highlighted).toContain('养老')
  for (const word of highlighted) expect(['养老', '老人', '老年', '长者', '敬老']).toContain(word)
  expect(await cards(page).count()).toBeLessThan(all)

  await page.locator('.nut-searchbar input').fill('没有这个词语的资讯')
  await page.getByText('没有找到').first().waitFor()
  expect(await cards(page).count()).toBe(0)
  await context.close()
})

test('a favourited card stays in favourites after a reload and shows in 我的', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page)
  await cards(page).first().waitFor()
  const title = (await page.locator('.news-card__title').first().textContent()).trim()
  await cards(page).first().click()
  await page.locator('.news-detail__title').waitFor()
  expect((await page.locator('.news-detail__title').textContent()).trim()).toBe(title)

  await expectSavedAcrossReload(page, '收藏', '已收藏')

  await h.open(page, 'pages/mine/index')
  await page.getByText('我的收藏（1）').waitFor()
  await expect(page.getByText(title).first().isVisible()).resolves.toBe(true)
  await context.close()
})

test('an unknown news id shows a friendly not-found page with a way home', async () => {
  await expectNotFoundWithWayHome(h, 'package-data/pages/news-detail/index?id=no-such-story', '没有找到这条资讯')
})
