// Shared set-up for the browser tests: serve dist/h5, launch Debian's Chromium, open a phone-sized page.
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { serve } from './server.mjs'

export const ROOT = path.resolve(import.meta.dirname, '..', '..')
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts')
const DIST = path.join(ROOT, 'dist', 'h5')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

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
   * copy of the page's first screen). `{ app: false }` does not wait, for pages without scripts.
   */
  const open = async (page, route = 'pages/index/index', { app = true } = {}) => {
    const response = await page.goto(`${server.url}#/${route}`)
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
