/**
 * H5: paints the home page's first screen from the HTML. After `taro build --type h5`, runs the
 * built app in Node (jsdom: the same index.html and scripts a browser gets, no browser) as a
 * first-time visitor, copies what the home page rendered (its first news cards, search and tab bar)
 * into index.html's loading shell, and makes the home route's stylesheets load with the page
 * instead of with the route's code. A reader on a slow connection sees the news at once instead of
 * a loading line; the app replaces the copy when its own home page has rendered
 * (src/utils/boot-shell.ts).
 *
 * No system browser: the build is the same on every machine (it once copied the page out of
 * Chromium and, where there was none, shipped without the copy). The copy is markup only, so a
 * DOM without layout renders the same elements, and two builds of one tree give the same bytes
 * (tests/config/prerender-h5.test.ts).
 *
 * The copy is inert and hidden from screen readers; the shell's "loading" line stays for them. It is
 * shown only on the home route and not in care mode (larger type, so a different layout), and
 * without the care-mode offer once the reader has answered it (src/index.html, #boot.snapshot).
 *
 * With the copy in place, the home route's script preloads start once it has painted
 * (preloadAfterFirstPaint in scripts/prerender-inject.ts).
 *
 * Then writes the service worker (config/service-worker.ts), whose precache needs the final index.html.
 *
 * Usage: tsx scripts/prerender-h5.ts [dist dir]   (npm run build:h5 runs it)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { JSDOM, ResourceLoader, VirtualConsole } from 'jsdom'
import { writeServiceWorker } from '../config/service-worker'
import { injectSnapshot, preloadAfterFirstPaint } from './prerender-inject'

/** News cards kept in the copy: more than a tall phone shows, no more. */
const CARDS_KEPT = 4
const ORIGIN = 'http://prerender.invalid/'
const RENDER_TIMEOUT_MS = 30_000

/** Serves the build's own files to jsdom; anything else is refused. */
class DistLoader extends ResourceLoader {
  constructor(private readonly dist: string) {
    super()
  }
  fetch(url: string) {
    if (!url.startsWith(ORIGIN)) return null
    const file = path.join(this.dist, decodeURIComponent(new URL(url).pathname))
    if (!file.startsWith(this.dist + path.sep)) return null
    // A missing file rejects, which jsdom reports as an error of the page.
    return Object.assign(new Promise<Buffer>((resolve) => resolve(readFileSync(file))), { abort() {} })
  }
}

/** What the built home page renders for a first-time visitor, trimmed to its first screen. */
export async function snapshotHome(dist: string): Promise<string> {
  const errors: string[] = []
  const virtualConsole = new VirtualConsole()
  virtualConsole.on('jsdomError', (e) => {
    // jsdom's CSS parser does not know cascade layers and the like; the copy takes no styles from it.
    if (e.message !== 'Could not parse CSS stylesheet') errors.push(e.message)
  })
  const dom = new JSDOM(readFileSync(path.join(dist, 'index.html'), 'utf8'), {
    url: `${ORIGIN}#/pages/index/index`,
    runScripts: 'dangerously',
    resources: new DistLoader(path.resolve(dist)),
    pretendToBeVisual: true,
    virtualConsole,
  })
  const { document } = dom.window
  try {
    const deadline = Date.now() + RENDER_TIMEOUT_MS
    while (document.getElementById('boot') || !document.querySelector('.taro_page_show .news-card')) {
      if (errors.length) throw new Error(`the home page reported errors: ${errors.join('; ')}`)
      if (Date.now() > deadline) throw new Error(`the home page did not render in ${RENDER_TIMEOUT_MS / 1000} s`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    if (errors.length) throw new Error(`the home page reported errors: ${errors.join('; ')}`)
    const app = document.getElementById('app')!.cloneNode(true) as HTMLElement
    app.querySelectorAll('[role="listitem"]').forEach((item, i) => i >= CARDS_KEPT && item.remove())
    // Below the last kept card: the "show more" button and the like.
    app.querySelectorAll('[role="list"] ~ *').forEach((el) => el.remove())
    // The live page keeps its ids; the copy sits beside it for a moment.
    app.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'))
    return app.innerHTML
  } finally {
    dom.window.close()
  }
}

async function main() {
  const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist', 'h5'))
  const index = path.join(dist, 'index.html')
  const snapshot = await snapshotHome(dist)
  const html = injectSnapshot(readFileSync(index, 'utf8'), snapshot, (href) =>
    readFileSync(path.join(dist, href), 'utf8'),
  )
  writeFileSync(index, preloadAfterFirstPaint(html))
  const kib = (n: number) => (n / 1024).toFixed(1)
  console.log(`prerender: home page's first screen in index.html (${kib(snapshot.length)} KiB of markup)`)
  console.log("prerender: the home route's scripts are preloaded after the first contentful paint")
  // Last: the precache lists index.html with the revision of the bytes just written.
  const sw = await writeServiceWorker(dist)
  console.log(`prerender: ${path.basename(sw.file)} precaches ${sw.count} files (${kib(sw.size)} KiB)`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().then(
    // jsdom's timers of the app would keep Node running.
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
