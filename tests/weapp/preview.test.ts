/**
 * The pictures of the weapp pages (npm run preview:weapp) on the weapp package (weappPackageDir():
 * the compiled upload, or WEAPP_PACKAGE): every page in WeChat's light and dark theme and in
 * 关怀模式, rendered from the harness's setData by wcc's templates with the package's WXSS, in
 * headless Chromium. The PNGs stay in tests/artifacts/weapp/ for a person to look at; these tests
 * read what the pages show.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas'
import raw from '../../mock/feed.json'
import { previewWeappPages, type PreviewShot } from '../../scripts/weapp/preview'
import { PREVIEW_MODES, previewPages, type PreviewMode } from '../../scripts/weapp/preview-pages'
import { weappPackageDir } from '../../scripts/weapp/package-dir'
import { headlineFor, mainFigure, PERIOD_VIEWS } from '@/features/scorecards/scorecard-periods'
import { loadFeed } from '@/services/feed/load'
import { formatNumber } from '@/domain/format'

const { feed } = loadFeed(raw)
const sources = new Map(feed.sources.map((s) => [s.id, s]))
const project = previewPages().find((p) => p.name === 'project-detail')?.query?.id
const canteens = feed.projects.find((p) => p.id === project)

let shots: PreviewShot[] = []
beforeAll(async () => {
  shots = await previewWeappPages({ distDir: weappPackageDir() })
}, 480_000) // 29 pictures: 74–104 s on 2 cores beside other builds, about 3 min at a load of 14

const shot = (page: string, mode: PreviewMode = 'light') => {
  const found = shots.find((s) => s.page === page && s.mode === mode)
  if (!found) throw new Error(`no picture of ${page} in ${mode}`)
  return found
}
/** Visible text without the spaces and line breaks that layout puts between elements. */
const seen = (page: string, mode?: PreviewMode) => shot(page, mode).text.replace(/\s+/g, '')

/** Mean brightness (0–255) of 300 rows of the picture below WeChat's navigation bar. */
async function brightness(png: string) {
  const image = await loadImage(png)
  const top = 100
  const rows = Math.min(300, image.height - top)
  const canvas = createCanvas(image.width, rows)
  const ctx = canvas.getContext('2d')
  ctx.drawImage(image, 0, -top)
  const px = ctx.getImageData(0, 0, image.width, rows).data
  let sum = 0
  for (let i = 0; i < px.length; i += 4) sum += (px[i] + px[i + 1] + px[i + 2]) / 3
  return sum / (px.length / 4)
}

test('every page is drawn in light, dark and 关怀模式', () => {
  for (const page of previewPages())
    for (const mode of page.modes ?? PREVIEW_MODES) expect(shot(page.name, mode).png).toMatch(/\.png$/)
})

test.each(PREVIEW_MODES)('no page fails, shows an error state or stays on the skeleton (%s)', (mode) => {
  const failing = shots.filter((s) => s.mode === mode && s.problems.length > 0)
  expect(failing.map((s) => `${s.page}: ${s.problems.join('; ')}`)).toEqual([])
})

test('成绩单 shows the 2023 headline figures with their units', () => {
  const cells = headlineFor(feed.figures, PERIOD_VIEWS[0].periods, sources)
  expect(cells.length).toBeGreaterThan(4)
  const text = seen('scorecards')
  for (const cell of cells) {
    const figure = mainFigure(cell)
    expect(text).toContain(`${formatNumber(figure.value)}${figure.unit}`)
  }
})

test('成绩单, unfolded, lists the eight scorecards of 2023 in order', () => {
  const titles = feed.scorecards.filter((s) => s.year === 2023).map((s) => s.title)
  expect(titles).toHaveLength(8)
  const text = seen('scorecards-unfolded')
  const at = titles.map((t) => text.indexOf(t))
  expect(at.every((i) => i >= 0)).toBe(true)
  expect([...at].sort((a, b) => a - b)).toEqual(at)
})

test('民生实事 searched for 长者食堂 shows the 15 canteens built', () => {
  expect(canteens).toBeDefined()
  const text = seen('projects-search')
  expect(text).toContain(canteens!.title)
  expect(text).toContain(`${canteens!.quantity}${canteens!.unit}`)
})

test('the detail pages show their item', () => {
  const news = feed.news.find((n) => n.id === previewPages().find((p) => p.name === 'news-detail')?.query?.id)
  expect(seen('news-detail')).toContain(news!.title.replace(/\s+/g, ''))
  expect(seen('project-detail')).toContain(canteens!.title)
})

test.each(PREVIEW_MODES)('every chart on the chart pages is painted and laid out (%s)', (mode) => {
  for (const page of ['topic', 'project-stats']) {
    const charts = shot(page, mode).canvases.filter((c) => c.parentClass.split(' ').includes('chart'))
    expect(charts.length).toBeGreaterThan(0)
    for (const chart of charts) {
      expect({ page, id: chart.id, painted: chart.paintedShare > 0.01 }).toEqual({ page, id: chart.id, painted: true })
      expect(chart.box.width).toBeGreaterThan(200)
      expect(chart.box.height).toBeGreaterThan(100)
    }
  }
})

test('the poster page shows the drawn poster, not its placeholder', () => {
  const poster = shot('poster')
  expect(poster.canvases.some((c) => c.drawn && c.paintedShare > 0.5)).toBe(true)
  expect(seen('poster')).toContain('保存到相册')
  // Built without TARO_APP_H5_BASE_URL, the weapp poster draws no code: the page must not promise one.
  expect(seen('poster')).not.toContain('二维码')
  expect(seen('poster')).toContain('海报底部写着在微信里怎样找到这一页')
})

test('dark mode pictures are dark and light ones light', async () => {
  for (const page of ['home', 'mine', 'topic']) {
    expect(await brightness(shot(page, 'light').png)).toBeGreaterThan(180)
    expect(await brightness(shot(page, 'dark').png)).toBeLessThan(90)
  }
})

test('关怀模式 draws every page in type of at least 18 px, and the home page stops offering it', () => {
  expect(seen('home')).toContain('开启关怀模式')
  expect(seen('home', 'care')).not.toContain('开启关怀模式')
  for (const page of previewPages().filter((p) => !p.modes)) {
    expect({ page: page.name, light: shot(page.name).fontPx < 18 }).toEqual({ page: page.name, light: true })
    expect({ page: page.name, care: shot(page.name, 'care').fontPx >= 18 }).toEqual({ page: page.name, care: true })
  }
})
