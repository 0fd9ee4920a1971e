// Shared set-up for the browser tests: serve dist/h5, launch Debian's Chromium, open a phone-sized page.
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { serve } from './server.mjs'

export const ROOT = path.resolve(import.meta.dirname, '..', '..')
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts')
const DIST = path.join(ROOT, 'dist', 'h5')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * The harness for one test file: started before its first test, closed after its last. Its
 * helpers (`newPhone`, `open`, `errors`) are on the returned object once the tests run.
 */
export function harnessForFile() {
  const h = {}
  beforeAll(async () => {
    Object.assign(h, await startHarness())
  })
  afterAll(async () => {
    await h.close?.()
  })
  return h
}

/** Starts the server and the browser; returns helpers and a `close`. */
export async function startHarness() {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`)
  mkdirSync(ARTIFACTS, { recursive: true })
  const server = await serve(DIST)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const errors = []
  /** A fresh phone-sized context (its own storage), like a new visitor. */
  async function newPhone({ colorScheme = 'light' } = {}) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      colorScheme,
    })
    // The app must work offline: anything that is not our server is refused.
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort())
    const page = await context.newPage()
    page.on('pageerror', (e) => errors.push(e.message))
    return { context, page }
  }
  /**
   * Opens a route of the hash router, e.g. `package-data/pages/news-detail/index?id=x`, and waits
   * until the app has drawn a page in place of index.html's loading shell (which on home holds a
   * copy of the page's first screen). `{ app: false }` does not wait, for pages without scripts;
   * `waitUntil` is Playwright's ('commit' returns as soon as the page starts loading).
   */
  const open = async (page, route = 'pages/index/index', { app = true, waitUntil = 'load' } = {}) => {
    const response = await page.goto(`${server.url}#/${route}`, { waitUntil })
    if (app) await page.waitForFunction(() => !document.getElementById('boot'))
    return response
  }
  return {
    newPhone,
    open,
    errors,
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/**
 * Taps the detail page's `tap` button (收藏, 关注), waits for `saved` (已收藏, 已关注), and checks
 * that a reload still shows `saved`: what was saved is read back from storage.
 */
export async function expectSavedAcrossReload(page, tap, saved) {
  await page.locator('.nut-button', { hasText: tap }).first().click()
  await page.locator('.nut-button', { hasText: saved }).waitFor()
  await page.reload()
  await page.locator('.nut-button', { hasText: saved }).waitFor()
}

/** Opens `route` (a detail page with an unknown id), waits for `message`, and taps 回到首页 back to the news list. */
export async function expectNotFoundWithWayHome(h, route, message) {
  const { page, context } = await h.newPhone()
  await h.open(page, route)
  await page.getByText(message).waitFor()
  await page.locator('.nut-button', { hasText: '回到首页' }).click()
  await page.locator('[data-testid="news-card"]').first().waitFor()
  await context.close()
}

/** Non-transparent pixels on each chart canvas matched by `scope` (default: every chart card's canvas). */
export const paintedPixels = (page, scope = '[data-testid="chart-card"] canvas') =>
  page.$$eval(scope, (canvases) =>
    canvases.map((c) => {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
      let n = 0
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++
      return n
    }),
  )
