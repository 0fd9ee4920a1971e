/** @jest-environment node */
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas'
import { mkdirSync, writeFileSync } from 'fs'
import { join } from 'path'
import {
  drawPoster,
  type PosterContext,
  type PosterLayout,
  type PosterLine,
  type PosterReport,
} from '@/features/share/poster'
import type { ShareItem } from '@/features/share/share-item'
import { SHARE_SQUARE_SIZE } from '@/features/share/share-links'
import { registerCjkFont, shareFixtures } from '../../helpers/share-fixtures'

registerCjkFont(GlobalFonts)

// Both are PosterContexts: the weapp 2D context follows the same standard API as the browser's.
const _html: (c: CanvasRenderingContext2D) => PosterContext = (c) => c
const _node: (c: SKRSContext2D) => PosterContext = (c) => c
void _html
void _node

/** PNGs for a person to look at; tests/artifacts/ is not committed. */
const OUT = join(__dirname, '../../artifacts/posters')
mkdirSync(OUT, { recursive: true })
const SIZES: Record<PosterLayout, [number, number]> = { card: [500, 400], poster: [750, 1334] }
const PIXEL_RATIO = 2
const APP = '幸福微市中'

const { feed, items, item: shareItem } = shareFixtures()
const cards = feed.scorecards.filter((s) => s.year === 2023).map((s) => shareItem('scorecard', s.id))
const others: ShareItem[] = [
  shareItem('scorecard-year', 2023),
  shareItem('news', 'news-2023-review-overview'),
  shareItem('topic', '民生'),
  shareItem('indicator', 'gdp'),
  shareItem('project', 'pj-rev-sports-facilities'),
  // A project without a number: the poster shows its status instead.
  shareItem('project', 'pj-rev-evergrande-delivery'),
]

function render(item: ShareItem, layout: PosterLayout, size = SIZES[layout], pixelRatio = PIXEL_RATIO) {
  const [width, height] = size
  const canvas = createCanvas(Math.round(width * pixelRatio), Math.round(height * pixelRatio))
  const ctx = canvas.getContext('2d')
  const report = drawPoster(ctx, item, { width, height, pixelRatio, layout, appName: APP })
  return { canvas, ctx, report, width, height }
}

/** Width and height from the PNG header (IHDR). */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) })

/** Share of pixels in the lines' bounding box for which `match` holds. */
function inkShare(ctx: SKRSContext2D, lines: PosterLine[], match: (r: number, g: number, b: number) => boolean) {
  const x0 = Math.min(...lines.map((l) => l.x))
  const y0 = Math.min(...lines.map((l) => l.y))
  const x1 = Math.max(...lines.map((l) => l.x + l.width))
  const y1 = Math.max(...lines.map((l) => l.y + l.size))
  const r = PIXEL_RATIO
  const data = ctx.getImageData(
    Math.floor(x0 * r),
    Math.floor(y0 * r),
    Math.ceil((x1 - x0) * r),
    Math.ceil((y1 - y0) * r),
  ).data
  let hits = 0
  for (let i = 0; i < data.length; i += 4) if (match(data[i], data[i + 1], data[i + 2])) hits++
  return hits / (data.length / 4)
}
const dark = (r: number, g: number, b: number) => r + g + b < 3 * 110
const red = (r: number, g: number, b: number) => r > 150 && g < 90 && b < 90

function expectInside(report: PosterReport, width: number, height: number) {
  expect(report.overflow).toBe(false)
  for (const l of report.lines) {
    expect(l.x).toBeGreaterThanOrEqual(0)
    expect(l.y).toBeGreaterThanOrEqual(0)
    expect(l.x + l.width).toBeLessThanOrEqual(width + 0.5)
    expect(l.y + l.size).toBeLessThanOrEqual(height + 0.5)
  }
}

describe.each(
  [...cards, ...others].flatMap((item) =>
    (['card', 'poster'] as const).map((layout) => [item.kind, item.id, layout, item] as const),
  ),
)('%s %s as a %s', (kind, id, layout, item) => {
  const { canvas, ctx, report, width, height } = render(item, layout)
  const png = canvas.toBuffer('image/png')
  writeFileSync(join(OUT, `${kind}-${id}-${layout}.png`), png)
  const roles = (role: PosterLine['role']) => report.lines.filter((l) => l.role === role)

  test('the PNG is width × pixelRatio by height × pixelRatio', () => {
    expect(pngSize(png)).toEqual({ width: width * PIXEL_RATIO, height: height * PIXEL_RATIO })
  })

  test('no text runs outside its box or the canvas', () => {
    expectInside(report, width, height)
  })

  test('the title band and the figures band are painted', () => {
    expect(inkShare(ctx, roles('title'), dark)).toBeGreaterThan(0.03)
    expect(inkShare(ctx, roles('figure-value'), red)).toBeGreaterThan(0.05)
    // The header band is district red.
    const header = ctx.getImageData(2, 2, 1, 1).data
    expect(red(header[0], header[1], header[2])).toBe(true)
  })

  test('the figures are drawn whole, with their stage words', () => {
    const shown = item.figures.slice(0, report.figuresShown)
    expect(report.figuresShown).toBe(
      layout === 'card' ? Math.min(3, item.figures.length) : Math.min(6, item.figures.length),
    )
    const values = roles('figure-value').map((l) => l.text)
    for (const f of shown) expect(values).toContain(f.value)
    const stages = roles('figure-stage').map((l) => l.text)
    for (const f of shown) expect(stages).toContain(f.stage)
    if (item.figures.length === 0) expect(values).toContain(item.status)
  })

  test('it names the app, the source, 数据截至 and the way back to this item', () => {
    expect(roles('app').map((l) => l.text)).toEqual([APP])
    expect(roles('source')[0].text.startsWith('来源：《')).toBe(true)
    expect(
      roles('as-of')
        .map((l) => l.text)
        .join(''),
    ).toContain(`数据截至 ${item.dataAsOf}`)
    const back = [...roles('path'), ...roles('as-of')].map((l) => l.text).join('')
    expect(back).toContain(item.trail[0])
    if (layout === 'poster') expect(back).toContain(decodeURIComponent(item.path))
  })
})

test('every shareable item fits both layouts and the 1:1 Moments image without overflow, and a sample fits smaller canvases too', () => {
  const standard: [PosterLayout, [number, number]][] = [
    ['card', SIZES.card],
    // The Moments image is the card drawn on a square (share-image.weapp.tsx).
    ['card', [SHARE_SQUARE_SIZE.width, SHARE_SQUARE_SIZE.height]],
    ['poster', SIZES.poster],
  ]
  const smaller: [PosterLayout, [number, number]][] = [
    ['card', [420, 336]],
    ['poster', [600, 960]],
  ]
  // A recording context measures with the real font but paints nothing, so all items stay quick to check.
  const measure = createCanvas(10, 10).getContext('2d')
  const widths = new Map<string, number>()
  const ctx = recordingContext((text, font) => {
    const key = `${font}\n${text}`
    if (!widths.has(key)) {
      measure.font = font
      widths.set(key, measure.measureText(text).width)
    }
    return widths.get(key)!
  })
  items.forEach((item, i) => {
    const sizes = item.kind === 'scorecard' || i % 5 === 0 ? [...standard, ...smaller] : standard
    for (const [layout, [width, height]] of sizes) {
      const report = drawPoster(ctx, item, { width, height, layout, appName: APP })
      if (report.overflow) throw new Error(`${item.kind} ${item.id} overflows the ${width}×${height} ${layout}`)
      expectInside(report, width, height)
    }
  })
})

test('the pixel ratio only sharpens the image: the layout is the same at 1× and 3×', () => {
  const item = shareItem('scorecard-year', 2023)
  const one = render(item, 'poster', SIZES.poster, 1).report
  const three = render(item, 'poster', SIZES.poster, 3).report
  expect(three.lines).toEqual(one.lines)
})

test('draws with the given font family, on any context with the standard 2D API', () => {
  const fonts: string[] = []
  const ctx = recordingContext((text, font) => {
    fonts.push(font)
    return [...text].length * parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)![1])
  })
  const report = drawPoster(ctx, cards[0], {
    width: 500,
    height: 400,
    layout: 'card',
    fontFamily: '"My CJK Font", serif',
  })
  expect(report.lines.length).toBeGreaterThan(5)
  expect(fonts.length).toBeGreaterThan(0)
  for (const font of fonts) expect(font.endsWith('"My CJK Font", serif')).toBe(true)
  expect(ctx.transforms).toEqual([[1, 0, 0, 1, 0, 0]])
})

/** A PosterContext that paints nothing and measures with `measure(text, font)`. */
function recordingContext(measure: (text: string, font: string) => number) {
  const noop = () => undefined
  return {
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 1,
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    transforms: [] as number[][],
    save: noop,
    restore: noop,
    setTransform(...m: number[]) {
      this.transforms.push(m)
    },
    fillRect: noop,
    fillText: noop,
    measureText(text: string) {
      return { width: measure(text, this.font) }
    },
    beginPath: noop,
    moveTo: noop,
    lineTo: noop,
    arcTo: noop,
    closePath: noop,
    fill: noop,
    stroke: noop,
  }
}

test('the 1:1 Moments image shows the title and figures of its item, in the square', () => {
  const item = shareItem('indicator', 'gdp')
  const { canvas, report, width, height } = render(item, 'card', [SHARE_SQUARE_SIZE.width, SHARE_SQUARE_SIZE.height])
  writeFileSync(join(OUT, `${item.kind}-${item.id}-square.png`), canvas.toBuffer('image/png'))
  expect(width).toBe(height)
  expectInside(report, width, height)
  expect(report.figuresShown).toBe(Math.min(3, item.figures.length))
  expect(report.lines.filter((l) => l.role === 'figure-value').map((l) => l.text)).toContain(item.figures[0].value)
})
