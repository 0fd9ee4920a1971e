// Offline for real: after one visit online, the service worker (config/service-worker.ts) serves the
// whole app without a network: every tab, the detail, chart and poster pages, and a reload.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ARTIFACTS, ROOT, harnessForFile, paintedPixels } from './harness.mjs'

const DIST = path.join(ROOT, 'dist', 'h5')
const h = harnessForFile()

/** The page now shown, never the cover that says a page's code did not load. */
async function expectShown(page, selector) {
  await page.locator(`.taro_page_show ${selector}`).first().waitFor({ timeout: 10000 })
  await expect(page.locator('#chunk-error').count()).resolves.toBe(0)
}

/** The 数据截至 line of the page at `route` (tab pages stay in the document while hidden). */
const asOf = (page, route) => page.locator(`.taro_page_show[id^="/${route}"] .as-of`).first().textContent()

const tab = (page, name) => page.locator('.taro-tabbar__container').getByText(name, { exact: true }).click()

test('the build has a service worker that precaches index.html as served and every chunk', () => {
  const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8')
  const html = readFileSync(path.join(DIST, 'index.html'))
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1])
  expect(urls).toContain('index.html')
  const scripts = [...html.toString().matchAll(/(?:src|href)="\.\/((?:js|css)\/[^"]+)"/g)].map((m) => m[1])
  for (const file of scripts) expect(urls).toContain(file)
  expect(urls.some((u) => /^js\/feed\.[0-9a-f]{8}\.js$/.test(u))).toBe(true)
  expect(urls.some((u) => /^js\/echarts\.[0-9a-f]{8}\.js$/.test(u))).toBe(true)
  // index.html is written again after webpack (scripts/prerender-h5.ts): its revision is of the final bytes.
  const revision = sw.match(/url:"index\.html",revision:"([0-9a-f]+)"|revision:"([0-9a-f]+)",url:"index\.html"/)
  expect(revision).not.toBeNull()
  const md5 = (buf) => import('node:crypto').then((c) => c.createHash('md5').update(buf).digest('hex'))
  return expect(md5(html)).resolves.toBe(revision[1] ?? revision[2])
})

test('after one visit online, every tab, the detail, chart and poster pages and a reload work offline', async () => {
  expect(existsSync(path.join(DIST, 'sw.js'))).toBe(true)
  const { page, context } = await h.newPhone()
  await h.open(page, 'pages/index/index')
  await expectShown(page, '[data-testid="news-card"]')
  // Registered after load, when idle; in control once it has installed (clientsClaim).
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30000 })
  await page.evaluate(() => navigator.serviceWorker.ready)

  await context.setOffline(true)
  // 资讯: a card opens its story.
  const title = await page.locator('.taro_page_show .news-card__title').first().textContent()
  await page.locator('.taro_page_show [data-testid="news-card"]').first().click()
  await page.waitForURL(/news-detail/)
  await expectShown(page, '.news-detail__actions')
  await expect(page.locator('.taro_page_show:has(.news-detail__actions)').textContent()).resolves.toContain(title)
  await page.goBack()
  await expectShown(page, '[data-testid="news-card"]')
  // Offline, no refresh can run: the 数据截至 line says so, calmly.
  await expect(asOf(page, 'pages/index/index')).resolves.toContain('已离线')

  await tab(page, '成绩单')
  await expectShown(page, '[data-testid="scorecard"]')
  await tab(page, '民生实事')
  await expectShown(page, '[data-testid="status-summary"]')
  await expect(asOf(page, 'pages/projects/index')).resolves.toContain('已离线')
  await page.locator('.taro_page_show [role="link"][data-testid]').first().click()
  await page.waitForURL(/project-detail/)
  await expectShown(page, '.project-detail__title')
  await page.goBack()
  await tab(page, '我的')
  await expect(asOf(page, 'pages/mine/index')).resolves.toContain('已离线')

  // A topic's charts: echarts and zrender come from the cache and paint.
  await h.open(page, `package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`)
  const host = page.locator('.taro_page_show [data-testid="chart-canvas-host"]').first()
  await host.scrollIntoViewIfNeeded()
  await host.locator('canvas').waitFor()
  await page.waitForTimeout(300)
  const painted = await paintedPixels(page, '.taro_page_show [data-testid="chart-card"] canvas')
  expect(Math.max(...painted)).toBeGreaterThan(500)
  await expect(page.locator('#chunk-error').count()).resolves.toBe(0)

  await h.open(page, 'package-share/pages/poster/index?kind=scorecard&id=sc-2023-1')
  await expectShown(page, 'canvas')

  // A reload offline: index.html from the cache, the home page renders.
  await page.goto(page.url().replace(/#.*$/, '#/pages/index/index'))
  await page.reload()
  await page.waitForFunction(() => !document.getElementById('boot'))
  await expectShown(page, '[data-testid="news-card"]')
  // Chromium's offline emulation does not reach navigator.onLine of the reloaded document (it reads
  // true while every request fails, unlike a phone without network); set it again for the new page.
  await context.setOffline(false)
  await context.setOffline(true)
  await expect(asOf(page, 'pages/index/index')).resolves.toContain('已离线')
  await page.screenshot({ path: path.join(ARTIFACTS, 'offline-home-after-reload.png') })
  await context.close()
})

test('a page whose code cannot be loaded says so with a retry instead of staying blank', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'pages/index/index')
  await expectShown(page, '[data-testid="news-card"]')
  // No service worker has taken over in this moment; the detail page's chunks are refused.
  await page.route(/\/js\/(?!app\.|lib\.|feed)[^/]+\.js$/, (route) => route.abort())
  await page.locator('.taro_page_show [data-testid="news-card"]').first().click()
  const notice = page.locator('#chunk-error[role="alert"]')
  await notice.waitFor({ timeout: 10000 })
  await expect(notice.textContent()).resolves.toContain('没有载入')
  await page.screenshot({ path: path.join(ARTIFACTS, 'offline-chunk-error.png') })
  await page.unrouteAll()
  await notice.getByRole('button', { name: '重试' }).click()
  await page.waitForFunction(() => !document.getElementById('boot') && !document.getElementById('chunk-error'))
  await expectShown(page, '.news-detail__actions')
  await context.close()
})
