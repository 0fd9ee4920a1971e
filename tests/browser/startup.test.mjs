// How the H5 build starts: the loading shell, the preloaded first-screen chunks and the lazy charts.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT, harnessForFile } from './harness.mjs'

const html = readFileSync(path.join(ROOT, 'dist', 'h5', 'index.html'), 'utf8')

const h = harnessForFile()

test('index.html preloads, at low priority, the feed and the home page chunks the entry would fetch later', () => {
  const preloads = [
    ...html.matchAll(/<link rel="preload" as="(script|style)" href="\.\/([^"]+)" fetchpriority="low">/g),
  ]
  const files = preloads.map((m) => m[2])
  expect(files.some((f) => /^js\/feed\.[0-9a-f]{8}\.js$/.test(f))).toBe(true)
  expect(files.some((f) => /^js\/lib\.[0-9a-f]{8}\.js$/.test(f))).toBe(true)
  // Never echarts: the home page has no chart.
  expect(files.some((f) => f.includes('echarts'))).toBe(false)
})

test('the icon is inline and drawn with shapes: SVG text would need a font search of its own', () => {
  const icon = html.match(/<link rel="icon" href="data:image\/svg\+xml,([^"]+)"/)
  expect(icon).not.toBeNull()
  const svg = decodeURIComponent(icon[1])
  expect(svg).toMatch(/<path [^>]*d='M/)
  expect(svg).not.toMatch(/<text|font/)
})

test('every script in the build asks V8 to compile it as it streams in (config/compile-hints.ts)', () => {
  const dir = path.join(ROOT, 'dist', 'h5', 'js')
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(5)
  const without = scripts.filter(
    (f) => !readFileSync(path.join(dir, f), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'),
  )
  expect(without).toEqual([])
})

test('the home page fetches nothing it was not told to preload, and uses every preload', async () => {
  const { page, context } = await h.newPhone()
  const requested = []
  page.on('request', (r) => {
    const m = r.url().match(/\/((?:js|css)\/[^?#]+)$/)
    if (m) requested.push(m[1])
  })
  const warnings = []
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text())
  })
  await h.open(page, 'pages/index/index')
  await page.locator('.taro_page_show .news-card').first().waitFor()
  // Chromium warns of a preload nobody used a few seconds after the load event.
  await page.waitForTimeout(4000)
  const entry = [...html.matchAll(/(?:src|href)="\.\/((?:js|css)\/[^"]+)"/g)].map((m) => m[1])
  expect(requested.filter((f) => !entry.includes(f))).toEqual([])
  expect(warnings.filter((w) => w.includes('preload'))).toEqual([])
  await context.close()
})

test('the loading shell is painted from the HTML and gone once a page has rendered', async () => {
  expect(html).toMatch(/<div id="boot" role="status">[\s\S]*?幸福微市中[\s\S]*?<\/div>/)
  const { page, context } = await h.newPhone()
  for (const route of ['pages/index/index', 'pages/not-found/index']) {
    await h.open(page, route)
    await page.locator('.taro_page_show .page').first().waitFor()
    await expect(page.locator('#boot').count()).resolves.toBe(0)
  }
  await context.close()
})

test('charts are drawn as they come near the screen, not all at once', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, `package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`)
  const cards = page.locator('.taro_page_show [data-testid="chart-card"]')
  await cards.locator('canvas').first().waitFor()
  const total = await cards.count()
  expect(total).toBeGreaterThan(4)
  const drawnAtFirst = await cards.locator('canvas').count()
  expect(drawnAtFirst).toBeGreaterThan(0)
  expect(drawnAtFirst).toBeLessThan(total)

  const last = cards.nth(total - 1)
  await last.scrollIntoViewIfNeeded()
  await last.locator('canvas').waitFor()
  const painted = await last.locator('canvas').evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
    let n = 0
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++
    return n
  })
  expect(painted).toBeGreaterThan(500)
  await context.close()
})

test('the root font size follows the window (Taro rem units), and the news cards below the screen skip layout', async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, 'pages/index/index')
  await page.locator('.taro_page_show .news-card').first().waitFor()
  const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
  await expect(rootSize()).resolves.toBe(`${(40 * 390) / 750}px`)
  await page.setViewportSize({ width: 600, height: 844 })
  await page.waitForFunction(() => getComputedStyle(document.documentElement).fontSize === '32px')
  await expect(
    page
      .locator('.taro_page_show .news-card')
      .first()
      .evaluate((el) => getComputedStyle(el).contentVisibility),
  ).resolves.toBe('auto')
  await context.close()
})

// scripts/prerender-h5.ts copies the home page's first screen into index.html's loading shell.
test("text is set in the app's font list, which names a Chinese font, not in Taro's base list for body", async () => {
  const { page, context } = await h.newPhone()
  await h.open(page, `package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`)
  await page.locator('.taro_page_show .chart-card__title').first().waitFor()
  const fonts = await page.evaluate(() => {
    const of = (selector) => getComputedStyle(document.querySelector(selector)).fontFamily
    return {
      root: of('html'),
      used: [
        'body',
        '.taro_page_show .chart-card__title',
        '.taro_page_show .chart-table',
        '.taro-tabbar__container',
      ].map(of),
    }
  })
  expect(fonts.root).toMatch(/"WenQuanYi Micro Hei"/)
  expect(fonts.used).toEqual(fonts.used.map(() => fonts.root))
  await context.close()
})

describe('the home page copy in index.html', () => {
  const saved = (state) =>
    JSON.stringify({
      data: JSON.stringify({ state: { favourites: [], follows: [], history: [], ...state }, version: 2 }),
    })
  /** A phone whose scripts never arrive (what a reader sees before they do), with `stored` user data. */
  async function withoutScripts(stored) {
    const phone = await h.newPhone()
    await phone.context.route(/\/js\/.*\.js$/, (route) => route.abort())
    if (stored) await phone.context.addInitScript((value) => localStorage.setItem('xfwsz:user', value), stored)
    return phone
  }
  const firstTitle = (page, scope) => page.locator(`${scope} .news-card__title`).first()

  test('paints the first news cards before any script has run, exactly where the app then draws them', async () => {
    expect(html).toMatch(/<div class="boot-snapshot" aria-hidden="true" inert>[\s\S]*news-card/)
    const before = await withoutScripts()
    await h.open(before.page, 'pages/index/index', { app: false })
    const copy = firstTitle(before.page, '#boot.snapshot')
    await expect(copy.isVisible()).resolves.toBe(true)
    const copied = { text: await copy.textContent(), box: await copy.boundingBox() }
    await before.context.close()

    const { page, context } = await h.newPhone()
    await h.open(page, 'pages/index/index')
    const live = firstTitle(page, '.taro_page_show')
    await expect(live.textContent()).resolves.toBe(copied.text)
    const box = await live.boundingBox()
    for (const key of ['x', 'y', 'width', 'height']) expect(Math.abs(box[key] - copied.box[key])).toBeLessThan(1)
    await context.close()
  })

  test("the home route's scripts are fetched once the copy has painted, and the app then starts", async () => {
    const template = html.match(/<template id="preload-after-paint">([\s\S]*?)<\/template>/)
    expect(template).not.toBeNull()
    const preloads = [...template[1].matchAll(/href="([^"]+)"/g)].map((m) => m[1])
    expect(preloads.some((href) => /\/feed\./.test(href))).toBe(true)
    const { page, context } = await h.newPhone()
    // When the page's first frame began: the entry, which imports the same chunks, starts after it.
    await page.addInitScript(() => requestAnimationFrame(() => (window.__firstFrame = performance.now())))
    await h.open(page, 'pages/index/index')
    const seen = await page.evaluate(() => ({
      firstFrame: window.__firstFrame,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      links: [...document.head.querySelectorAll('link[rel="preload"][as="script"]')].map((l) => l.getAttribute('href')),
      fetched: performance
        .getEntriesByType('resource')
        .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, by: r.initiatorType })),
    }))
    expect(seen.links).toEqual(preloads)
    expect(seen.fcp).toBeGreaterThan(0)
    // Not fetched with the HTML: each request starts once the starter adds the links (at the first
    // contentful paint, or after FIRST_PAINT_WAIT_MS: its timer is set after navigation began) or
    // once the entry asks for the chunk itself, which it does only after the first frame. On a
    // loaded machine the paint is reported late (its time is when the frame reached the screen),
    // so the entry can come first.
    const waitMs = Number(html.match(/setTimeout\(start, (\d+)\)/)?.[1])
    expect(waitMs).toBeGreaterThan(0)
    expect(seen.firstFrame).toBeGreaterThan(0)
    const notBefore = Math.min(seen.fcp, waitMs, seen.firstFrame)
    for (const href of preloads) {
      const request = seen.fetched.find((r) => r.path.endsWith(href.replace(/^\./, '')))
      expect({ href, ...request, start: request.start >= notBefore }).toEqual({ href, ...request, start: true })
    }
    await expect(page.locator('.taro_page_show .news-card').first().isVisible()).resolves.toBe(true)
    await context.close()
  })

  test('is not shown on another route, nor in care mode; the answered care offer is left out', async () => {
    const deepLink = await withoutScripts()
    await h.open(deepLink.page, `package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`, {
      app: false,
    })
    await expect(deepLink.page.locator('#boot p').isVisible()).resolves.toBe(true)
    await expect(deepLink.page.locator('#boot .boot-snapshot').isVisible()).resolves.toBe(false)
    await deepLink.context.close()

    const care = await withoutScripts(saved({ careMode: true, careOffered: true }))
    await h.open(care.page, 'pages/index/index', { app: false })
    await expect(care.page.locator('#boot .boot-snapshot').isVisible()).resolves.toBe(false)
    await care.context.close()

    const answered = await withoutScripts(saved({ careMode: false, careOffered: true }))
    await h.open(answered.page, 'pages/index/index', { app: false })
    await expect(firstTitle(answered.page, '#boot.snapshot').isVisible()).resolves.toBe(true)
    await expect(answered.page.locator('#boot .care-offer').isVisible()).resolves.toBe(false)
    await answered.context.close()

    // Unreadable saved data: the plain loading line, and the app still starts.
    const broken = await withoutScripts('{not json')
    await h.open(broken.page, 'pages/index/index', { app: false })
    await expect(broken.page.locator('#boot .boot-snapshot').isVisible()).resolves.toBe(false)
    await broken.context.close()
  })
})
