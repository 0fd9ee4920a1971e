/**
 * Sharing as WeChat asks for it, on the weapp package (weappPackageDir(): the compiled upload, or
 * WEAPP_PACKAGE): each shareable page is opened in the first-render harness, then its
 * onShareAppMessage and onShareTimeline are called as the ··· menu would. Checked: the title with
 * its figure, the path (chat) or query (Moments) of exactly that item, the image (5:4 for chat, 1:1
 * for Moments), the drawn card arriving through `promise` within 3 s, the shipped image when the
 * drawing never finishes, and the Moments link opened in 单页模式 (scene 1154) showing the item.
 * https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onShareAppMessage-Object-object
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createCanvas, GlobalFonts } from '@napi-rs/canvas'
import raw from '../../mock/feed.json'
import { measureWeappPages, type InspectContext, type PageMeasure } from '../../scripts/perf/weapp-render'
import { weappPackageDir } from '../../scripts/weapp/package-dir'
import { loadFeed } from '@/services/feed/load'
import { REGIONS } from '@/services/feed/vocabulary'
import { newsTabShare, projectCountTitle, projectsTabShare } from '@/features/share/page-shares'
import { shareAppMessage, shareTimeline } from '@/features/share/share-payload'
import { posterUrl } from '@/domain/routes'
import type { ShareItem } from '@/features/share/share-item'
import { HOME_REGION } from '@/domain/region'
import { registerCjkFont, shareFixtures } from '../helpers/share-fixtures'

registerCjkFont(GlobalFonts)

const dir = weappPackageDir()
const { feed, item: itemOf } = shareFixtures(loadFeed(raw).feed)
/** WeChat waits this long for `promise`, then shares the defaults. */
const WECHAT_WAIT_MS = 3000

type Obj = Record<string, unknown>
type Payload = { title: string; path?: string; query?: string; imageUrl?: string; promise?: Promise<Payload> }

/** The page query WeChat hands onLoad for a path: values as they stand in the path (still encoded). */
const queryOf = (pathOrQuery: string): Record<string, string> =>
  Object.fromEntries(
    (pathOrQuery.includes('?') ? pathOrQuery.split('?')[1] : pathOrQuery)
      .split('&')
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  )
const routeOf = (p: string) => p.split('?')[0].replace(/^\//, '')

/** Width and height of a PNG in the package (its IHDR chunk). */
function pngSize(packagePath: string): { width: number; height: number } {
  const file = path.join(dir, packagePath.replace(/^\//, ''))
  const png = readFileSync(file)
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}
const ratio = (s: { width: number; height: number }) => s.width / s.height

/**
 * canvasToTempFilePath that holds each export until `release()` (or for ever), records the pixel
 * size asked for, and names the file by it.
 */
function heldExports() {
  const made = new Map<string, { width: number; height: number }>()
  let waiting: (() => void)[] = []
  const api = (o: { canvas?: { width: number; height: number }; destWidth?: number; destHeight?: number } & Obj) => {
    const width = o.destWidth ?? o.canvas?.width ?? 0
    const height = o.destHeight ?? o.canvas?.height ?? 0
    waiting.push(() => {
      const tempFilePath = `wxfile://tmp/export-${made.size + 1}-${width}x${height}.png`
      made.set(tempFilePath, { width, height })
      const res = { errMsg: 'canvasToTempFilePath:ok', tempFilePath }
      ;(o.success as ((r: unknown) => void) | undefined)?.(res)
      ;(o.complete as ((r: unknown) => void) | undefined)?.(res)
    })
  }
  return {
    api,
    made,
    /** Answers every export asked for so far. */
    release() {
      const now = waiting
      waiting = []
      now.forEach((answer) => answer())
    },
  }
}

/** Calls the handlers as WeChat does, on the page instance. */
const callChat = (page: Obj) => (page.onShareAppMessage as (o: Obj) => Payload).call(page, { from: 'menu' })
const callMoments = (page: Obj) => (page.onShareTimeline as () => Payload).call(page)

type Opened<T> = { measure: PageMeasure; result: T }

/** Opens `route` with `query` in a fresh mini program and runs `inspect` once it has settled. */
async function open<T>(
  route: string,
  query: Record<string, string>,
  inspect: (ctx: InspectContext, exports: ReturnType<typeof heldExports>) => Promise<T>,
  { scene = 1001, answerExports = false } = {},
): Promise<Opened<T>> {
  const exports = heldExports()
  let result: T | undefined
  const [measure] = await measureWeappPages({
    distDir: dir,
    routes: [route],
    query,
    scene,
    keepTree: true,
    canvas: (width, height) => createCanvas(width, height),
    // The share canvas is 500 px square (share-image.weapp.tsx), the poster 750 × 1334.
    canvasBoxes: { 'share-image': { width: 500, height: 500 }, poster: { width: 750, height: 1334 } },
    wx: {
      canvasToTempFilePath: (o: Obj) => {
        exports.api(o)
        if (answerExports) exports.release()
      },
    },
    inspect: async (ctx) => {
      result = await inspect(ctx, exports)
    },
  })
  return { measure, result: result as T }
}

/** Every text of the page's rendered tree, joined. */
function treeText(node: unknown): string {
  if (Array.isArray(node)) return node.map(treeText).join('')
  if (typeof node !== 'object' || node === null) return ''
  const { v, cn } = node as { v?: unknown; cn?: unknown }
  return `${typeof v === 'string' ? v : ''}${treeText(cn)}`
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Whether `title` states `value` as a whole number (331, but not inside 3310 or 1331). */
const statesFigure = (title: string, value: string) =>
  new RegExp(`(^|[^\\d.,])${escapeRe(value)}(?![\\d,]|\\.\\d)`).test(title)

const must = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} missing from the feed`)
  return value
}

/** The pages that share one item, each opened by the path its own share gives. */
const ITEM_PAGES: { page: string; item: ShareItem; route?: string; momentsQuery?: string }[] = [
  { page: '成绩单 (the year)', item: itemOf('scorecard-year', 2023) },
  { page: '成绩单 (one card)', item: itemOf('scorecard', 'sc-2023-3') },
  { page: '资讯详情', item: itemOf('news', feed.news[0].id) },
  { page: '民生实事详情', item: itemOf('project', 'pj-rev-elderly-canteens') },
  { page: '专题图表 (a topic)', item: itemOf('topic', '经济运行') },
  { page: '专题图表 (GDP)', item: itemOf('indicator', 'gdp') },
  (() => {
    const item = itemOf('scorecard', 'sc-2023-1')
    const poster = posterUrl(item)
    return { page: '生成海报', item, route: routeOf(poster), momentsQuery: poster.split('?')[1] }
  })(),
]

/** A region other than 市中区: the 分类统计图 link must keep it. */
const OTHER_REGION = must(
  REGIONS.find((r) => r !== HOME_REGION),
  'a second region',
)

/** The pages that share a list: a title with its figure, their own path, the shipped images. */
const LIST_PAGES: { page: string; route: string; query?: Record<string, string>; title: string; path: string }[] = [
  { page: '资讯', route: 'pages/index/index', ...newsTabShare(feed) },
  { page: '民生实事', route: 'pages/projects/index', ...projectsTabShare(feed) },
  {
    page: '分类统计图',
    route: 'package-charts/pages/project-stats/index',
    query: { region: encodeURIComponent(OTHER_REGION) },
    // The page adds the share done, e.g. （78%）.
    title: projectCountTitle(feed, OTHER_REGION),
    path: `/package-charts/pages/project-stats/index?region=${encodeURIComponent(OTHER_REGION)}`,
  },
]

const SHIPPED = { card: '/features/share/assets/share-card.png', square: '/features/share/assets/share-square.png' }

test('the shipped fallback images are in the package: 5:4 for chat, 1:1 for Moments', () => {
  expect(ratio(pngSize(SHIPPED.card))).toBeCloseTo(5 / 4)
  expect(ratio(pngSize(SHIPPED.square))).toBe(1)
})

test('the GDP share states the figure', () => {
  expect(shareAppMessage(itemOf('indicator', 'gdp')).title).toMatch(/GDP|地区生产总值/)
  expect(shareAppMessage(itemOf('indicator', 'gdp')).title).toContain('331亿元')
})

describe.each(ITEM_PAGES)('$page', ({ item, route = routeOf(item.path), momentsQuery }) => {
  const chat = shareAppMessage(item)
  const moments = { ...shareTimeline(item), ...(momentsQuery ? { query: momentsQuery } : {}) }
  const query = queryOf(momentsQuery ?? item.path)

  test('chat: the item’s title and path; the drawn 5:4 card arrives through the promise within 3 s; Moments: the drawn 1:1 image', async () => {
    const {
      measure,
      result: { first, promised, waited, moments: shared, exports },
    } = await open(route, query, async ({ page, settle, now }, exports) => {
      const first = callChat(page)
      const askedAt = now()
      let resolvedAt = -1
      const promised = first.promise?.then((p) => ((resolvedAt = now()), p))
      exports.release() // the card's export answers; then the 1:1 image is drawn and exported
      await settle(200)
      exports.release()
      await settle(200)
      return { first, promised: await promised, waited: resolvedAt - askedAt, moments: callMoments(page), exports }
    })
    expect(measure.errors).toEqual([])
    // The title states the item's lead figure, in chat and in Moments.
    const lead = item.figures[0]?.value
    if (lead) expect([statesFigure(chat.title, lead), statesFigure(moments.title, lead)]).toEqual([true, true])
    // Until the card is drawn the defaults carry the shipped card, and WeChat waits for the promise.
    expect(first).toMatchObject({ ...chat, imageUrl: SHIPPED.card })
    expect(first.promise).toBeDefined()
    expect(promised).toMatchObject(chat)
    expect(waited).toBeGreaterThanOrEqual(0)
    expect(waited).toBeLessThan(WECHAT_WAIT_MS)
    const card = exports.made.get(promised!.imageUrl!)
    expect(card).toBeDefined()
    expect(ratio(card!)).toBeCloseTo(5 / 4)
    expect(shared).toMatchObject(moments)
    const square = exports.made.get(shared.imageUrl!)
    expect(square).toBeDefined()
    expect(ratio(square!)).toBe(1)
  })

  test('a drawing that never finishes: the promise still settles within 3 s, with the shipped card; Moments gets the shipped 1:1 image', async () => {
    const {
      measure,
      result: { first, promised, waited, moments: shared },
    } = await open(route, query, async ({ page, settle, now }) => {
      const first = callChat(page)
      const askedAt = now()
      let resolvedAt = -1
      let promised: Payload | undefined
      void first.promise?.then((p) => ((resolvedAt = now()), (promised = p)))
      await settle(WECHAT_WAIT_MS)
      return { first, promised, waited: resolvedAt - askedAt, moments: callMoments(page) }
    })
    expect(measure.errors).toEqual([])
    expect(first).toMatchObject({ ...chat, imageUrl: SHIPPED.card })
    expect(promised).toEqual({ ...chat, imageUrl: SHIPPED.card })
    expect(waited).toBeGreaterThan(0)
    expect(waited).toBeLessThan(WECHAT_WAIT_MS)
    expect(shared).toEqual({ ...moments, imageUrl: SHIPPED.square })
  })

  test('its Moments link opened in 单页模式 (scene 1154) shows the item, not an error', async () => {
    const { measure, result } = await open(route, queryOf(moments.query), async (_, exports) => exports, {
      scene: 1154,
      answerExports: true,
    })
    expect(measure.errors).toEqual([])
    const text = treeText(measure.tree)
    expect(text).not.toMatch(/数据没有载入|没有找到/)
    if (momentsQuery) {
      // The poster page: the item's name and its drawn poster (an exported file) as the image.
      expect(text).toContain(item.name)
      const files = [...result.made.keys()]
      expect(files.some((f) => JSON.stringify(measure.tree).includes(f))).toBe(true)
      return
    }
    // The item's lead figure, and its name (a year has no heading of that name: it is the year's view).
    expect(text).toContain(item.figures[0]?.value ?? item.name)
    if (item.kind !== 'scorecard-year') expect(text).toContain(item.name)
  })
})

describe.each(LIST_PAGES)('$page', ({ route, query = {}, title, path: sharedPath }) => {
  test('shares its title with a figure and its own path, with the shipped images', async () => {
    const { measure, result } = await open(route, query, async ({ page }) => ({
      chat: callChat(page),
      moments: callMoments(page),
    }))
    expect(measure.errors).toEqual([])
    const { chat, moments } = result
    expect(title).toMatch(/[1-9]/)
    expect(chat).toEqual({ title: expect.stringContaining(title), path: sharedPath, imageUrl: SHIPPED.card })
    expect(moments).toEqual({
      title: chat.title,
      query: sharedPath.split('?')[1] ?? '',
      imageUrl: SHIPPED.square,
    })
  })
})

test('我的 shares nothing: its lists are the reader’s own', async () => {
  const { result } = await open('pages/mine/index', {}, async ({ page }) => ({
    chat: typeof page.onShareAppMessage,
    moments: typeof page.onShareTimeline,
  }))
  expect(result).toEqual({ chat: 'undefined', moments: 'undefined' })
})
