/**
 * H5: paints the home page's first screen from the HTML. After `taro build --type h5`, opens the
 * built app in Debian's Chromium as a first-time visitor, copies what the home page rendered (its
 * first news cards, search and tab bar) into index.html's loading shell, and makes the home route's
 * stylesheets load with the page instead of with the route's code. A reader on a slow connection
 * sees the news at once instead of a loading line; the app replaces the copy when its own home
 * page has rendered (src/utils/boot-shell.ts). On a first test here: LCP 2.2 s → under 1 s.
 *
 * The copy is inert and hidden from screen readers; the shell's "loading" line stays for them. It is
 * shown only on the home route and not in care mode (larger type, so a different layout), and
 * without the care-mode offer once the reader has answered it (src/index.html, #boot.snapshot).
 * Without Chromium (CHROMIUM_PATH) the build keeps the plain loading shell and says so.
 *
 * With the copy in place, the home route's script preloads start once it has painted
 * (preloadAfterFirstPaint in scripts/prerender-inject.ts): before that paint only the HTML and
 * the entry scripts are in flight.
 *
 * Usage: tsx scripts/prerender-h5.ts [dist dir]   (npm run build:h5 runs it)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
// The static server the browser tests use.
import { serve } from '../tests/browser/server.mjs'
import { injectSnapshot, preloadAfterFirstPaint } from './prerender-inject'

/** News cards kept in the copy: more than a tall phone shows, no more. */
const CARDS_KEPT = 4

/** What the built home page renders for a first-time visitor, trimmed to its first screen. */
async function snapshotHome(dist: string, chromiumPath: string): Promise<string> {
  const server = await serve(dist)
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${server.url}#/pages/index/index`)
    await page.locator('.taro_page_show .news-card').first().waitFor({ timeout: 30_000 })
    await page.waitForFunction(() => !document.getElementById('boot'))
    if (errors.length) throw new Error(`the home page reported errors: ${errors.join('; ')}`)
    return await page.evaluate((kept) => {
      const app = document.getElementById('app')!.cloneNode(true) as HTMLElement
      app.querySelectorAll('[role="listitem"]').forEach((item, i) => i >= kept && item.remove())
      // Below the last kept card: the "show more" button and the like.
      app.querySelectorAll('[role="list"] ~ *').forEach((el) => el.remove())
      // The live page keeps its ids; the copy sits beside it for a moment.
      app.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'))
      return app.innerHTML
    }, CARDS_KEPT)
  } finally {
    await browser.close()
    await server.close()
  }
}

async function main() {
  const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist', 'h5'))
  const index = path.join(dist, 'index.html')
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromiumPath)) {
    console.warn(`prerender: ${chromiumPath} not found; index.html keeps the plain loading shell`)
    return
  }
  const snapshot = await snapshotHome(dist, chromiumPath)
  const html = injectSnapshot(readFileSync(index, 'utf8'), snapshot, (href) =>
    readFileSync(path.join(dist, href), 'utf8'),
  )
  writeFileSync(index, preloadAfterFirstPaint(html))
  const kib = (n: number) => (n / 1024).toFixed(1)
  console.log(`prerender: home page's first screen in index.html (${kib(snapshot.length)} KiB of markup)`)
  console.log("prerender: the home route's scripts are preloaded after the first contentful paint")
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
