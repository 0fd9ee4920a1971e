// Shared links and posters on the H5 build: a card link on a fresh load, unknown ids, a poster download.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ARTIFACTS, ROOT, harnessForFile } from './harness.mjs'

const feed = JSON.parse(readFileSync(path.join(ROOT, 'mock', 'feed.json'), 'utf8'))
const cardTitle = (id) => feed.scorecards.find((c) => c.id === id).title

const h = harnessForFile()

test('a shared card link opens that card, marked and scrolled into view, on a fresh load', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'pages/scorecards/index?card=sc-2023-3')
  const card = page.locator('[data-testid="scorecard"][data-highlighted="true"]')
  await card.waitFor()
  expect(await card.count()).toBe(1)
  await expect(card.locator('.scorecard__title').textContent()).resolves.toBe(cardTitle('sc-2023-3'))
  await expect(card.getByText('分享给你的这一张').isVisible()).resolves.toBe(true)
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-highlighted="true"]')
    const box = el?.getBoundingClientRect()
    return !!box && box.top < window.innerHeight && box.bottom > 0
  })
  await expect(page.getByRole('button', { name: `分享“${cardTitle('sc-2023-3')}”` }).isVisible()).resolves.toBe(true)
  await context.close()
})

test('an unknown card id shows a note over the full list; an unknown poster id shows the not-found page', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'pages/scorecards/index?card=sc-1999-9')
  const note = page.locator('[data-testid="link-note"]')
  await note.waitFor()
  await expect(note.textContent()).resolves.toContain('没有找到这张成绩单')
  // A broken link shows every card (nothing folded), as the note says.
  expect(await page.locator('[data-testid="scorecard"]').count()).toBe(8)
  await context.close()

  const fresh = await h.newPhone()
  await h.open(fresh.page, 'package-share/pages/poster/index?kind=scorecard&id=sc-1999-9')
  const alert = fresh.page.getByRole('alert')
  await alert.getByText('没有找到这项内容').waitFor()
  await alert.locator('.nut-button', { hasText: '回到首页' }).click()
  await fresh.page.waitForURL(/#\/pages\/index\/index/)
  await fresh.context.close()
})

test('making a poster of a card produces a PNG download of the exact size', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'package-share/pages/poster/index?kind=scorecard&id=sc-2023-1')
  const button = page.getByRole('button', { name: '下载海报' })
  await button.waitFor()
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  expect(download.suggestedFilename()).toMatch(/\.png$/)
  const file = readFileSync(await download.path())
  writeFileSync(path.join(ARTIFACTS, 'poster-sc-2023-1.png'), file) // for a person to look at
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  // 750 × 1334 CSS pixels at the phone's pixel ratio of 2.
  expect({ width: file.readUInt32BE(16), height: file.readUInt32BE(20) }).toEqual({ width: 1500, height: 2668 })
  await expect(page.getByRole('status').textContent()).resolves.toContain('.png')
  await context.close()
})
