// Never blank: any link into the H5 app (path and query) lands on a usable page. Known bad links
// first, then a fuzz of generated ones (fast-check, fixed seed) opened in one page by changing the hash.
import fc from 'fast-check'
import { harnessForFile } from './harness.mjs'

const RUNS = 1000
const ROUTES = [
  'pages/index/index',
  'pages/scorecards/index',
  'pages/projects/index',
  'pages/mine/index',
  'pages/not-found/index',
  'package-data/pages/news-detail/index',
  'package-data/pages/project-detail/index',
  'package-charts/pages/topic/index',
  'package-charts/pages/project-stats/index',
  'package-share/pages/poster/index',
]
const KEYS = ['id', 'card', 'year', 'topic', 'q', 'category', 'status', 'kind', 'item', '']
const BIDI = '\u202e\u2066\u200f'

const h = harnessForFile()

/**
 * Whether the page on screen is usable: the loading shell gone, the page the address names (or
 * the not-found page) shown with text on it, and nothing wider than the phone (no text pushes the
 * page sideways). '' when usable, else the reason. Runs in the page.
 */
function usable() {
  if (document.getElementById('boot')) return 'still on the loading shell'
  // Tab pages stay in the DOM (hidden) with the class of a shown page: the visible one is last.
  const shown = [...document.querySelectorAll('.taro_page_show')].filter((e) => e.getClientRects().length > 0).pop()
  if (!shown) return 'no page shown'
  if (shown.innerText.trim().length === 0) return 'blank page'
  const width = Math.max(document.documentElement.scrollWidth, shown.scrollWidth)
  if (width > window.innerWidth + 1) return `page ${width}px wide`
  // The router's path: up to the query or a second #.
  const route = location.hash.slice(1).split(/[?#]/)[0]
  let path = route
  try {
    path = decodeURI(route)
  } catch {
    return `the address ${route.slice(0, 60)} cannot be decoded`
  }
  const page = shown.id.split('?')[0]
  if (page !== path && page !== '/pages/not-found/index' && !(path === '/' && page === '/pages/index/index'))
    return `shows ${page} for ${path.slice(0, 60)}`
  return ''
}

/** Waits (bounded) until the page is usable; the reason it is not, or ''. */
async function waitUsable(page, timeout = 4000) {
  try {
    await page.waitForFunction(`(${usable})() === ''`, undefined, { timeout, polling: 'raf' })
    return ''
  } catch {
    return page.evaluate(usable)
  }
}

test.each([
  ['a lone %', '%'],
  ['a stray % after a route', 'pages/index/index%ZZ'],
  ['an escape that is not UTF-8', 'pages/index/%FF%FE'],
  ['a % in the query', 'pages/scorecards/index?year=%'],
  ['script in the query', 'pages/scorecards/index?year=<img src=x onerror=alert(1)>'],
  ['an unknown route', 'pages/nowhere/index?id=1'],
])('a link with %s opens a usable page', async (_, route) => {
  const { page, context } = await h.newPhone()
  await h.open(page, route, { app: false })
  await expect(waitUsable(page, 15000)).resolves.toBe('')
  await context.close()
})

/** The scripts a fresh launch of `route` requests, once its page is on screen. */
async function scriptsOf(route) {
  const { page, context } = await h.newPhone()
  const urls = new Set()
  page.on('request', (r) => r.resourceType() === 'script' && urls.add(r.url()))
  await h.open(page, route)
  await expect(waitUsable(page, 15000)).resolves.toBe('')
  await context.close()
  return urls
}

test('a shared detail link still loading its code when the resident goes to 资讯 shows 资讯, not a blank screen', async () => {
  const detail = 'package-data/pages/project-detail/index?id=pj-rev-elderly-canteens'
  const home = await scriptsOf('pages/index/index')
  const detailOnly = [...(await scriptsOf(detail))].filter((url) => !home.has(url))
  expect(detailOnly.length).toBeGreaterThan(0)

  const { page, context } = await h.newPhone()
  // A slow network for the detail page's own code: it arrives after the resident has left.
  await context.route(
    (url) => detailOnly.includes(url.href),
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    },
  )
  const detailRequested = page.waitForRequest((r) => detailOnly.includes(r.url()))
  await h.open(page, detail, { app: false, waitUntil: 'commit' })
  await detailRequested
  await page.evaluate(() => {
    location.hash = '#/pages/index/index'
  })
  await page.locator('.taro_page_show [data-testid="news-card"]').first().waitFor()
  await page.waitForTimeout(2500) // the detail page's code has arrived by now
  await expect(page.evaluate(usable)).resolves.toBe('')
  await expect(page.locator('.taro_page_show [data-testid="news-card"]').first().isVisible()).resolves.toBe(true)
  await context.close()
})

test('text from the query is never shown raw inside the app (10,000 characters, right-to-left overrides)', async () => {
  const { page, context } = await h.newPhone()
  const year = `${BIDI}${'年'.repeat(10000)}`
  await h.open(page, `pages/scorecards/index?year=${encodeURIComponent(year)}`, { app: false })
  await expect(waitUsable(page, 15000)).resolves.toBe('')
  const note = await page.locator('.taro_page_show [data-testid="link-note"]').innerText()
  expect(note.length).toBeLessThan(80)
  expect(note).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/)
  await context.close()
})

/** A route the app has, or one bent out of shape: stray %, unknown segments, unicode, doubled slashes. */
const path = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ROUTES) },
  fc
    .tuple(fc.constantFrom(...ROUTES), fc.constantFrom('%', '%ZZ', '%E4%B8', '//', '/..', '/x', '#', '%00', BIDI))
    .map(([r, s]) => r + s),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('%', 'a', '/', '?', '&', '=', '#', 'F', '2', '中'), maxLength: 30 }),
)
const value = fc.oneof(
  fc.constantFrom('2023', '2022', 'sc-2023-1', '经济运行', '%', '%E4%B', '<b>x</b>', BIDI + 'abc', '1e21', '-1', ''),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('A', '中', '%', BIDI[0]), minLength: 500, maxLength: 3000 }),
)
const query = fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 3 })
/** A hash the router is given: the path, then the query with each value either encoded or raw. */
const link = fc.tuple(path, query, fc.boolean()).map(([p, q, encode]) => {
  const qs = q.map(([k, v]) => `${k}=${encode ? encodeURIComponent(v) : v}`).join('&')
  return `#/${p}${qs ? `?${qs}` : ''}`
})

test(`${RUNS} generated links, opened one after another in one page, never leave a blank page`, async () => {
  const links = fc.sample(link, { numRuns: RUNS, seed: 18 })
  const { page, context } = await h.newPhone()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await h.open(page, 'pages/index/index')
  const failures = []
  const started = Date.now()
  let tried = 0
  for (const [i, hash] of links.entries()) {
    tried += 1
    errors.length = 0
    // Every 50th link is opened as a new launch (the loading shell's path), the others in the running app.
    if (i % 50 === 0) await page.goto(`${page.url().split('#')[0]}${hash}`)
    else
      await page.evaluate((next) => {
        location.hash = next
      }, hash)
    const reason = (await waitUsable(page, 6000)) || (errors.length > 0 ? `error: ${errors[0].slice(0, 80)}` : '')
    // A page of the previous link left on screen ('shows …') fails too: before the router patch
    // (patches/@tarojs+router+4.2.1.patch) a not-found link right after a detail page could leave it.
    if (reason) {
      failures.push({ hash: hash.slice(0, 120), after: links[i - 1]?.slice(0, 120), reason })
      if (failures.length >= 5) break
      // Start over from a known page, so that one failure does not count for every link after it.
      await h.open(page, 'pages/index/index')
    }
  }
  console.log(`${tried} links in ${Math.round((Date.now() - started) / 1000)} s, ${failures.length} failures`)
  expect(failures).toEqual([])
  await context.close()
}, 600000)

test.each(['pages/index/index', 'pages/scorecards/index', 'pages/projects/index', 'pages/mine/index'])(
  'on %s, 2,000 unbroken characters in the text never make the page wider than the phone (390 px)',
  async (route) => {
    const { page, context } = await h.newPhone()
    await h.open(page, route)
    await expect(waitUsable(page)).resolves.toBe('')
    // The first 40 texts of the page become unbroken runs, as a hostile feed could make them. Left
    // alone: the app's own words in controls and in one-line tags (stage, topic: a fixed vocabulary).
    const replaced = await page.evaluate(() => {
      const shown = [...document.querySelectorAll('.taro_page_show')].filter((e) => e.getClientRects().length).pop()
      const walker = document.createTreeWalker(shown, NodeFilter.SHOW_TEXT)
      const control = '.nut-button, button, .choice-group, [role=button], [role=radiogroup], [role=tab]'
      const ownWords = (el) => el.closest(control) || getComputedStyle(el).whiteSpace === 'nowrap'
      let n = 0
      for (let node = walker.nextNode(); node && n < 40; node = walker.nextNode()) {
        if (node.textContent.trim() && !ownWords(node.parentElement)) {
          node.textContent = `${'W'.repeat(1000)}${'9'.repeat(1000)}`
          n += 1
        }
      }
      return n
    })
    expect(replaced).toBeGreaterThan(5)
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390)
    await expect(
      page.evaluate(() => Math.max(...[...document.querySelectorAll('.taro_page_show')].map((e) => e.scrollWidth))),
    ).resolves.toBeLessThanOrEqual(390)
    await context.close()
  },
)
