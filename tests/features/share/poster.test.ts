/** @jest-environment node */
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas'
import { mkdirSync, writeFileSync } from 'fs'
import jsQR from 'jsqr'
import { join } from 'path'
import {
  drawPoster,
  type PosterContext,
  type PosterLayout,
  type PosterLine,
  type PosterReport,
} from '@/features/share/poster'
import { h5ItemUrl } from '@/features/share/poster-link'
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

/** An H5 address as a build would set it (TARO_APP_H5_BASE_URL), with a path and no hash. */
const BASE = 'https://weishizhong.example.cn/h5/'

function render(item: ShareItem, layout: PosterLayout, size = SIZES[layout], pixelRatio = PIXEL_RATIO, link?: string) {
  const [width, height] = size
  const canvas = createCanvas(Math.round(width * pixelRatio), Math.round(height * pixelRatio))
  const ctx = canvas.getContext('2d')
  const report = drawPoster(ctx, item, { width, height, pixelRatio, layout, appName: APP, link })
  return { canvas, ctx, report, width, height }
}

/** What a phone's camera would read: the code decoded from the drawn pixels of its square (jsQR). */
function readQr(ctx: SKRSContext2D, report: PosterReport, pixelRatio = PIXEL_RATIO): string | undefined {
  const { x, y, w, h } = report.qr!.box
  const [x0, y0] = [Math.floor(x * pixelRatio), Math.floor(y * pixelRatio)]
  const [cw, ch] = [Math.ceil(w * pixelRatio), Math.ceil(h * pixelRatio)]
  const { data } = ctx.getImageData(x0, y0, cw, ch)
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), cw, ch)?.data
}

/** Text a developer wrote for themselves, which a poster must not show. */
const DEVELOPER_TEXT = ['/package-', '/pages/', '页面路径', 'kind=', '?id=']

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

  test('it names the app, the source, 数据截至 and how to open this item, and no developer path', () => {
    expect(roles('app').map((l) => l.text)).toEqual([APP])
    expect(roles('source')[0].text.startsWith('来源：《')).toBe(true)
    expect(
      roles('as-of')
        .map((l) => l.text)
        .join(''),
    ).toContain(`数据截至 ${item.dataAsOf}`)
    const back = [...roles('path'), ...roles('as-of')].map((l) => l.text).join('')
    expect(back).toContain(item.trail[0])
    // Without an H5 address (a weapp build without TARO_APP_H5_BASE_URL) there is no code: the poster says where to look.
    if (layout === 'poster') {
      expect(back).toContain(`在微信里搜索「${APP}」小程序，打开：${item.trail[0]}`)
      expect(back).not.toContain('扫码')
      expect(report.qr).toBeUndefined()
    }
    for (const l of report.lines) for (const dev of DEVELOPER_TEXT) expect(l.text).not.toContain(dev)
  })
})

describe.each([cards[0], ...others].map((item) => [item.kind, item.id, item] as const))(
  '%s %s as a poster with its code',
  (kind, id, item) => {
    const url = h5ItemUrl(item.path, BASE)
    const { canvas, ctx, report, width, height } = render(item, 'poster', SIZES.poster, PIXEL_RATIO, url)
    writeFileSync(join(OUT, `${kind}-${id}-poster-code.png`), canvas.toBuffer('image/png'))
    const text = report.lines.map((l) => l.text).join('\n')

    test('the drawn code reads back as exactly the H5 address of this item', () => {
      expect(url).toBe(`${BASE}#${item.path}`)
      expect(readQr(ctx, report)).toBe(url)
    })

    test('the code has its quiet zone and whole-pixel modules big enough to scan off a phone screen', () => {
      const { box, modules, unit } = report.qr!
      expect(unit).toBeGreaterThanOrEqual(4) // device px per module at 2×: at least 2 CSS px
      expect(box.w).toBeGreaterThanOrEqual((modules + 8) * (unit / PIXEL_RATIO))
      // The square sits inside the poster, above the red band, clear of every line of text.
      expect(box.x + box.w).toBeLessThanOrEqual(width)
      expect(box.y + box.h).toBeLessThanOrEqual(height)
      for (const l of report.lines) {
        const apart = l.x + l.width <= box.x || l.x >= box.x + box.w || l.y + l.size <= box.y || l.y >= box.y + box.h
        expect(apart).toBe(true)
      }
    })

    test('it says how to open it: scan with WeChat, or search for the app; no developer path', () => {
      expect(text).toContain('微信扫码，打开这一页')
      expect(text.replace(/\n/g, '')).toContain(`也可在微信里搜索「${APP}」小程序`)
      for (const dev of DEVELOPER_TEXT) expect(text).not.toContain(dev)
      expectInside(report, width, height)
      expect(report.figuresShown).toBe(Math.min(6, item.figures.length))
    })
  },
)

test('the code still reads at 1× (a poster drawn on a low-density screen)', () => {
  const item = shareItem('news', 'news-2023-review-overview')
  const url = h5ItemUrl(item.path, BASE)
  const { ctx, report } = render(item, 'poster', SIZES.poster, 1, url)
  expect(report.qr!.unit).toBeGreaterThanOrEqual(2)
  expect(readQr(ctx, report, 1)).toBe(url)
})

test('a code carries another item’s address when given it: the reading is the link, not a constant', () => {
  const a = shareItem('indicator', 'gdp')
  const b = shareItem('topic', '民生')
  const { ctx, report } = render(a, 'poster', SIZES.poster, PIXEL_RATIO, h5ItemUrl(b.path, BASE))
  expect(readQr(ctx, report)).toBe(`${BASE}#${b.path}`)
  expect(readQr(ctx, report)).not.toBe(`${BASE}#${a.path}`)
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
      // A poster is drawn with its code (a build with an H5 address) and without (weapp without one).
      for (const link of layout === 'poster' ? [undefined, h5ItemUrl(item.path, BASE)] : [undefined]) {
        const report = drawPoster(ctx, item, { width, height, layout, appName: APP, link })
        if (report.overflow)
          throw new Error(
            `${item.kind} ${item.id} overflows the ${width}×${height} ${layout}${link ? ' with its code' : ''}`,
          )
        expectInside(report, width, height)
      }
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
