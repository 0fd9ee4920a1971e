// Every page in light, dark and 关怀模式 at 390 × 844: tables fit, dark charts are legible, care text is large.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ARTIFACTS, ROOT, harnessForFile } from './harness.mjs'

const feed = JSON.parse(readFileSync(path.join(ROOT, 'mock', 'feed.json'), 'utf8'))

const PAGES = {
  资讯: 'pages/index/index',
  成绩单: 'pages/scorecards/index',
  民生实事: 'pages/projects/index',
  我的: 'pages/mine/index',
  'news detail': `package-data/pages/news-detail/index?id=${feed.news[0].id}`,
  'project detail': `package-data/pages/project-detail/index?id=${feed.projects[0].id}`,
  'topic charts': `package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`,
  分类统计图: 'package-charts/pages/project-stats/index',
  poster: 'package-share/pages/poster/index?kind=scorecard&id=sc-2023-1',
}

const MODES = {
  light: { colorScheme: 'light', care: false },
  dark: { colorScheme: 'dark', care: false },
  关怀模式: { colorScheme: 'light', care: true },
}

const h = harnessForFile()

async function phoneIn({ colorScheme, care }) {
  const { page, context } = await h.newPhone({ colorScheme })
  if (care) {
    await h.open(page, PAGES.我的)
    await page.getByRole('radiogroup', { name: '字号' }).getByRole('radio', { name: '关怀模式（大字）' }).click()
    await page.locator('.page.care').first().waitFor({ state: 'attached' })
  }
  return { page, context }
}

/** Opens a route and scrolls the whole page once, so every chart near the screen is drawn. */
async function openAndSettle(page, route) {
  await h.open(page, route)
  await page.locator('.taro_page_show .page').first().waitFor()
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y)
      await new Promise((r) => setTimeout(r, 120))
    }
    window.scrollTo(0, 0)
  })
  await page.waitForTimeout(600)
}

/** Cells of the tables on the page shown that are clipped, overflow, or leave the viewport or their table. */
const clippedCells = (page) =>
  page.evaluate(() => {
    const out = []
    const vw = document.documentElement.clientWidth
    const tables = document.querySelectorAll(
      '.taro_page_show [role="table"], .taro_page_show .nut-table, .taro_page_show table',
    )
    for (const table of tables) {
      const t = table.getBoundingClientRect()
      const card = table.closest('.card')?.getBoundingClientRect() ?? t
      const cells = table.querySelectorAll(
        '[role="cell"], [role="rowheader"], [role="columnheader"], td, th, .nut-table-main-head-tr-th, .nut-table-main-body-tr-td',
      )
      for (const cell of cells) {
        const r = cell.getBoundingClientRect()
        if (r.width === 0 && r.height === 0) continue
        const text = cell.textContent.trim().slice(0, 20)
        const problems = []
        if (cell.scrollWidth > cell.clientWidth + 1)
          problems.push(`scrollWidth ${cell.scrollWidth} > ${cell.clientWidth}`)
        if (r.left < -0.5 || r.right > vw + 0.5)
          problems.push(`outside the viewport (${Math.round(r.left)}–${Math.round(r.right)})`)
        if (r.left < t.left - 0.5 || r.right > t.right + 0.5) problems.push('outside its table')
        if (r.left < card.left - 0.5 || r.right > card.right + 0.5) problems.push('outside its card')
        if (problems.length) out.push(`${text}: ${problems.join(', ')}`)
      }
    }
    return { tables: tables.length, clipped: out }
  })

/** The smallest computed font size of the visible text on the page shown and the tab bar, with its text. */
const smallestText = (page) =>
  page.evaluate(() => {
    const roots = [...document.querySelectorAll('.taro_page_show, .taro-tabbar__tabbar, .weui-tabbar')]
    let smallest = { size: Infinity, text: '' }
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim()) continue
        const el = node.parentElement
        const cs = getComputedStyle(el)
        const r = el.getBoundingClientRect()
        if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || cs.display === 'none') continue
        if (el.closest('[aria-hidden="true"]') || el.closest('.taro_page:not(.taro_page_show)')) continue
        const size = parseFloat(cs.fontSize)
        if (size < smallest.size) smallest = { size, text: `${el.className}: ${node.textContent.trim().slice(0, 16)}` }
      }
    }
    return smallest
  })

/** Short phrases that a line break would cut in two: each must sit on one line. */
const brokenPhrases = (page) =>
  page.evaluate(() => {
    const PHRASES = [/数据截至/, /\d{4}前三季度/, /\d{4}年\d{1,2}月/]
    const out = []
    const walker = document.createTreeWalker(
      document.querySelector('.taro_page_show') ?? document.body,
      NodeFilter.SHOW_TEXT,
    )
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const re of PHRASES) {
        const m = re.exec(node.textContent)
        if (!m) continue
        const range = document.createRange()
        range.setStart(node, m.index)
        range.setEnd(node, m.index + m[0].length)
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
        if (lines.size > 1) out.push(m[0])
      }
    }
    return out
  })

/**
 * The text pixels of every chart drawn on the page shown, against the chart's background: in the
 * bands where axis labels and legends sit (left, top, bottom), the neutral, opaque pixels that are
 * not the background. Returns per chart the number of such pixels and the 90th-percentile contrast.
 */
const chartTextContrast = (page) =>
  page.evaluate(() => {
    const lum = ([r, g, b]) => {
      const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
    }
    const contrast = (a, b) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
      return (hi + 0.05) / (lo + 0.05)
    }
    // rgb(…) as computed styles give it, or #rrggbb as the chart's option carries it.
    const rgbOf = (css) =>
      css.startsWith('#')
        ? [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16))
        : css
            .match(/\d+(\.\d+)?/g)
            .slice(0, 3)
            .map(Number)
    const surface = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor
        if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return rgbOf(bg)
      }
      return [255, 255, 255]
    }
    const charts = []
    for (const host of document.querySelectorAll('.taro_page_show [data-testid="chart-canvas-host"]')) {
      const canvas = host.querySelector('canvas')
      if (!canvas) continue
      const bg = surface(host)
      const { width, height } = canvas
      const data = canvas.getContext('2d').getImageData(0, 0, width, height).data
      const dpr = width / canvas.getBoundingClientRect().width
      const bands = [
        [0, 0, Math.round(28 * dpr), height], // value-axis labels on the left
        [0, 0, width, Math.round(30 * dpr)], // a legend on top
        [0, height - Math.round(26 * dpr), width, height], // category labels or a legend at the bottom
      ]
      const contrasts = []
      for (const [x0, y0, x1, y1] of bands) {
        for (let y = y0; y < y1; y += 1) {
          for (let x = x0; x < x1; x += 1) {
            const i = (y * width + x) * 4
            if (data[i + 3] < 250) continue
            const px = [data[i], data[i + 1], data[i + 2]]
            if (Math.max(...px) - Math.min(...px) > 40) continue // a coloured swatch or bar, not text
            if (Math.abs(px[0] - bg[0]) + Math.abs(px[1] - bg[1]) + Math.abs(px[2] - bg[2]) < 30) continue
            contrasts.push(contrast(px, bg))
          }
        }
      }
      contrasts.sort((a, b) => a - b)
      charts.push({
        id: host.id,
        pixels: contrasts.length,
        p90: contrasts.length ? Math.round(contrasts[Math.floor(contrasts.length * 0.9)] * 100) / 100 : 0,
        optionText: host.dataset.textColor ?? '',
        optionContrast: host.dataset.textColor
          ? Math.round(contrast(rgbOf(host.dataset.textColor), bg) * 100) / 100
          : 0,
      })
    }
    return charts
  })

/** The pages that draw charts, whose pixels the dark-mode check samples (成绩单 links to them). */
const CHART_PAGES = new Set(['topic charts', '分类统计图'])

describe.each(Object.entries(MODES))('%s at 390 × 844', (modeName, mode) => {
  let phone
  beforeAll(async () => {
    phone = await phoneIn(mode)
  })
  afterAll(async () => {
    await phone?.context.close()
  })

  /** Each route in a tab of its own in the mode's context (its storage keeps 关怀模式), loaded fresh. */
  async function visit(route) {
    const page = await phone.context.newPage()
    page.on('pageerror', (e) => h.errors.push(e.message))
    await openAndSettle(page, route)
    return page
  }

  const checks = [
    'no table cell is clipped',
    ...(mode.care ? ['no visible text below 18 px, tab bar included, no short phrase broken'] : []),
    ...(mode.colorScheme === 'dark' ? ['chart text at 4.5:1 or more (pixels sampled)'] : []),
  ].join('; ')

  test.each(Object.entries(PAGES))(`%s: ${checks}`, async (name, route) => {
    const page = await visit(route)
    try {
      const { clipped } = await clippedCells(page)
      expect(clipped).toEqual([])
      if (mode.care) {
        const smallest = await smallestText(page)
        expect(smallest.size >= 18 ? 'ok' : `${smallest.size}px ${smallest.text}`).toBe('ok')
        expect(await brokenPhrases(page)).toEqual([])
      }
      if (mode.colorScheme === 'dark' && CHART_PAGES.has(name)) {
        const charts = await chartTextContrast(page)
        expect(charts.length).toBeGreaterThan(0)
        for (const c of charts) {
          expect({ id: c.id, painted: c.pixels > 40, p90: c.p90 >= 4.5, option: c.optionContrast >= 4.5 }).toEqual({
            id: c.id,
            painted: true,
            p90: true,
            option: true,
          })
        }
      }
      await page.screenshot({ path: path.join(ARTIFACTS, `modes-${modeName}-${name}.png`), fullPage: true })
    } finally {
      await page.close()
    }
  })

  if (mode.colorScheme === 'dark') {
    test('the tab bar and every detail page surface are dark', async () => {
      const home = await visit(PAGES.资讯)
      const tabBar = await home.$eval('.weui-tabbar', (el) => getComputedStyle(el).backgroundColor)
      await home.close()
      expect(tabBar).not.toMatch(/rgb\((2[3-5]\d), (2[3-5]\d), (2[3-5]\d)\)/)
      for (const route of [PAGES['news detail'], PAGES['project detail']]) {
        const page = await visit(route)
        const light = await page.evaluate(() =>
          [...document.querySelectorAll('.taro_page_show *, .taro_page_show')]
            .filter((el) => el.getBoundingClientRect().width > 200)
            .map((el) => [el.className, getComputedStyle(el).backgroundColor])
            .filter(([, bg]) => /^rgb\((2[2-5]\d), (2[2-5]\d), (2[2-5]\d)\)$/.test(bg)),
        )
        await page.close()
        expect(light).toEqual([])
      }
    })
  }
})
