import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ARTIFACTS, ROOT, expectNotFoundWithWayHome, expectSavedAcrossReload, harnessForFile } from './harness.mjs'

const feed = JSON.parse(readFileSync(path.join(ROOT, 'mock', 'feed.json'), 'utf8'))
const PAGE_SIZE = 30

const h = harnessForFile()

const rows = (page) => page.locator('[data-testid="project-row"]')
const result = (page) => page.locator('.projects-result')
/** Taps "再显示" until every row of the current selection is on the page. */
async function showAll(page) {
  const more = page.locator('.projects-more .nut-button', { hasText: '再显示' })
  while (await more.count()) {
    const before = await rows(page).count()
    await more.click()
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="project-row"]').length > n, before)
  }
}

test('the list renders one page of rows; filtering to 养老 shows the 长者食堂 with 15 处', async () => {
  const { page, context } = await h.newPhone()
  const started = Date.now()
  await h.open(page, 'pages/projects/index')
  await rows(page).first().waitFor()
  const firstRowMs = Date.now() - started
  console.log(
    `projects tab: first row after ${firstRowMs} ms; ${await rows(page).count()} of ${feed.projects.length} rows rendered`,
  )
  expect(await rows(page).count()).toBe(PAGE_SIZE)
  await expect(result(page).textContent()).resolves.toContain(`共 ${feed.projects.length} 项`)

  await page.getByRole('radiogroup', { name: '类别' }).getByRole('radio', { name: '养老' }).click()
  const elderly = feed.projects.filter((p) => p.category === '养老')
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="project-row"]').length === n,
    elderly.length,
  )
  const canteens = page.locator('[data-testid="project-row"][aria-label^="建成长者食堂"]')
  await expect(canteens.isVisible()).resolves.toBe(true)
  await expect(canteens.locator('.project-row__qty').textContent()).resolves.toBe('15 处')
  await expect(canteens.locator('.status-tag').textContent()).resolves.toBe('已完成（建成）')
  const metas = await page.locator('[data-testid="project-row"] .project-row__meta').allTextContents()
  expect(metas.every((m) => m.startsWith('养老'))).toBe(true)
  await canteens.scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(ARTIFACTS, 'projects.png') })
  await context.close()
  expect(h.errors).toEqual([])
})

test('scrolling to the end of the list adds rows a page at a time', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'pages/projects/index')
  await rows(page).first().waitFor()
  expect(await rows(page).count()).toBe(PAGE_SIZE)
  // Scroll the page's own scroll container to its end, again until Taro reports reaching the
  // bottom (one big wheel event was sometimes missed when the machine was busy).
  for (let i = 0; i < 20 && (await rows(page).count()) <= PAGE_SIZE; i++) {
    await page.evaluate(() => {
      const scroller = document.querySelector('.taro_page_show') ?? document.scrollingElement
      scroller.scrollTop = scroller.scrollHeight
      scroller.dispatchEvent(new Event('scroll'))
    })
    await page.mouse.move(200, 400)
    await page.mouse.wheel(0, 4000)
    await page.waitForTimeout(250)
  }
  const count = await rows(page).count()
  expect(count % PAGE_SIZE === 0 || count === feed.projects.length).toBe(true)
  await expect(result(page).textContent()).resolves.toContain(`显示前 ${count} 项`)
  await context.close()
})

test('the status filter 已完成 shows only completed items', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'pages/projects/index')
  await rows(page).first().waitFor()
  const done = feed.projects.filter((p) => p.status === 'done')

  const radio = page.locator('[role="radiogroup"][aria-label="状态"] [role="radio"][aria-label="已完成"]')
  await radio.click()
  await page.waitForFunction(
    (n) => document.querySelector('.projects-result')?.textContent?.includes(`共 ${n} 项`),
    done.length,
  )
  await expect(radio.getAttribute('aria-checked')).resolves.toBe('true')

  await showAll(page)
  const tags = await page.locator('[data-testid="project-row"] .status-tag').allTextContents()
  expect(tags).toHaveLength(done.length)
  expect(tags.every((t) => t.startsWith('已完成（'))).toBe(true)
  await context.close()
})

test('following a project survives a reload and shows in 我的', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'package-data/pages/project-detail/index?id=pj-rev-elderly-canteens')
  await page.locator('.project-detail__title').waitFor()
  await expect(page.locator('.project-detail__title').textContent()).resolves.toBe('建成长者食堂')

  await expectSavedAcrossReload(page, '关注', '已关注')

  await h.open(page, 'pages/mine/index')
  await page.getByText('我关注的民生实事（1）').waitFor()
  const follow = page.locator('.nut-cell', { hasText: '建成长者食堂' }).first()
  await expect(follow.isVisible()).resolves.toBe(true)
  await follow.click()
  // The H5 router keeps earlier pages in the DOM, hidden: wait for the newly opened one.
  await page.waitForFunction(
    () => location.hash.includes('project-detail') && location.hash.includes('pj-rev-elderly-canteens'),
  )
  await page.locator('.project-detail__title:visible', { hasText: '建成长者食堂' }).last().waitFor()
  await context.close()
})

test('an unknown project id shows the not-found state with a way home', async () => {
  await expectNotFoundWithWayHome(
    h,
    'package-data/pages/project-detail/index?id=pj-no-such-project',
    '没有找到这项民生实事',
  )
})
