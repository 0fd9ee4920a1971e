/**
 * Pictures of the weapp pages without WeChat. For every page of `previewPages()` and every mode
 * (WeChat's light and dark theme, 关怀模式):
 *   1. the first-render harness (scripts/perf/weapp-render.ts) runs the page from the package and
 *      keeps the `setData` tree, with real canvases (@napi-rs/canvas) for the charts and the poster;
 *   2. wcc's `$gwx` (miniprogram-compiler) renders the page's WXML with that data into WeChat's
 *      built-in components, turned into HTML (scripts/weapp/preview-html.ts);
 *   3. the wcsc-compiled WXSS (app.wxss, common, the page's own; rpx at 375 px) styles it, and
 *      headless Chromium takes a full-page screenshot 375 px wide.
 * Canvases sized by their layout (width 100%) are measured in Chromium first, then the page is run
 * again with canvases of that size, as WeChat's selector query would report it.
 * Writes tests/artifacts/weapp/<page>-<mode>.png (and .html). Exits 1 when a page fails to render,
 * shows an error state, or a chart paints nothing.
 * Usage: npm run preview:weapp   (on the package of weappPackageDir(): WEAPP_PACKAGE=dist/weapp to use the build)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createCanvas, GlobalFonts, type Canvas } from '@napi-rs/canvas'
import { wxmlToJs } from 'miniprogram-compiler'
import { chromium, type Browser, type Page } from 'playwright-core'
import { measureWeappPages, type InspectContext, type PageMeasure } from '../perf/weapp-render'
import { weappPackageDir } from './package-dir'
import { chromeFor, insertChrome, type ChromeSpec } from './preview-chrome'
import { BUILTIN_CSS, vdomToHtml, type VNode } from './preview-html'
import {
  ERROR_COPY,
  LOADING_CLASS,
  PREVIEW_MODES,
  previewPages,
  storageFor,
  type PreviewAction,
  type PreviewMode,
  type PreviewPage,
} from './preview-pages'
import { compileWxss, WXSS_DEVICE } from './preview-wxss'

const ROOT = path.resolve(__dirname, '..', '..')
export const PREVIEW_DIR = path.join(ROOT, 'tests', 'artifacts', 'weapp')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// Debian's font with Chinese glyphs (fonts-wqy-microhei), for text drawn on the Node canvases.
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

type AppJson = { tabBar?: { list: { pagePath: string }[] } }
/** The phone of the harness and of the rpx conversion: 375 × 812 pt, bars of iOS WeChat. */
const SCREEN = { ...WXSS_DEVICE, statusBar: 44, navBar: 44, tabBar: 83 }
/** Pixel ratio of the pictures. */
const PIXEL_RATIO = 2

type Box = { width: number; height: number; left?: number }

/** What one canvas of a page shows. */
export type CanvasShot = {
  id: string
  /** Class of the element around the canvas (`chart` for the echarts component). */
  parentClass: string
  /** Its CSS box in the screenshot. */
  box: Box
  /** Whether the page drew on it (it got a canvas node and was exported or painted). */
  drawn: boolean
  /** Share of the canvas's pixels that are not transparent. */
  paintedShare: number
}

export type PreviewShot = {
  page: string
  route: string
  mode: PreviewMode
  png: string
  html: string
  /** The page's visible text (innerText of the body). */
  text: string
  /** Computed font size of the page's root element (`.page`, the app's page shell), px. */
  fontPx: number
  /** Harness errors of the runs, elements without a mapping, error copy or a loading skeleton shown. */
  problems: string[]
  canvases: CanvasShot[]
  setDataCalls: number
  /** Time spent in the harness and in Chromium, ms. */
  ms: { harness: number; browser: number }
}

export type PreviewOptions = {
  /** The weapp package; default weappPackageDir(). */
  distDir?: string
  outDir?: string
  pages?: PreviewPage[]
  modes?: readonly PreviewMode[]
}

const paintedShare = (canvas: Canvas) => {
  const { width, height } = canvas
  if (width === 0 || height === 0) return 0
  const pixels = canvas.getContext('2d').getImageData(0, 0, width, height).data
  let painted = 0
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++
  return painted / (width * height)
}

/** Local images of the package (tab icons, NutUI's placeholders) inlined as data URLs. */
function imageSource(dist: string, route: string) {
  return (src: string) => {
    if (!src || /^(data|https?):/.test(src)) return src
    const file = src.startsWith('/') ? path.join(dist, src) : path.join(dist, path.dirname(route), src)
    if (!existsSync(file)) return src
    const type = path.extname(file) === '.svg' ? 'image/svg+xml' : `image/${path.extname(file).slice(1)}`
    return `data:${type};base64,${readFileSync(file).toString('base64')}`
  }
}

function documentHtml(body: string, css: string[]) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=${WXSS_DEVICE.width}">
<style>${BUILTIN_CSS}</style>${css.map((c) => `<style>${c}</style>`).join('')}</head><body>${body}</body></html>`
}

type TreeNode = { sid?: string; v?: unknown; cn?: TreeNode[] } & Record<string, unknown>

/** The elements from the root to the first node (document order) that `match` accepts; [] when none. */
function pathTo(root: TreeNode, match: (node: TreeNode) => boolean): TreeNode[] {
  for (const child of root.cn ?? []) {
    if (match(child)) return [child]
    const below = pathTo(child, match)
    if (below.length > 0) return [child, ...below]
  }
  return []
}

/**
 * Does what a reader would: WeChat calls the page's `eh` for each element an event bubbles through
 * (innermost first, the element as currentTarget), which is how Taro's React events receive it.
 */
async function act(ctx: InspectContext, action: PreviewAction) {
  const root = ((ctx.page.data as Record<string, unknown>).root ?? {}) as TreeNode
  const found =
    'tap' in action
      ? pathTo(root, (n) => typeof n.v === 'string' && action.tap.test(n.v)).slice(0, -1)
      : pathTo(
          root,
          (n) => n.v === undefined && Object.values(n).some((x) => typeof x === 'string' && action.into.test(x)),
        )
  if (found.length === 0) throw new Error(`页面上没有 ${'tap' in action ? action.tap : action.into}`)
  const target = found[found.length - 1]
  const handle = ctx.page.eh as ((event: unknown) => unknown) | undefined
  if (typeof handle !== 'function') throw new Error('页面没有事件处理函数 eh')
  const element = (n: TreeNode) => ({ id: n.sid, dataset: { sid: n.sid } })
  const type = 'tap' in action ? 'tap' : 'input'
  const detail = 'tap' in action ? { x: 0, y: 0 } : { value: action.type, cursor: action.type.length, keyCode: 0 }
  for (const node of (type === 'tap' ? found : [target]).slice().reverse()) {
    handle.call(ctx.page, {
      type,
      timeStamp: ctx.now(),
      target: element(target),
      currentTarget: element(node),
      detail,
      touches: [],
      changedTouches: [],
    })
  }
  await ctx.settle(1000)
}

/** One run of the page in the harness, with canvases of the given boxes. */
async function runPage(dist: string, page: PreviewPage, mode: PreviewMode, boxes: Record<string, Box>) {
  const canvases = new Map<string, Canvas>()
  let title: string | undefined
  type Callbacks = { title?: string; success?: (res: object) => void; complete?: (res: object) => void }
  const [measure] = await measureWeappPages({
    wx: {
      // The title a page sets at run time (the topic page names its topic).
      setNavigationBarTitle: (o: Callbacks) => {
        title = o.title
        const res = { errMsg: 'setNavigationBarTitle:ok' }
        o.success?.(res)
        o.complete?.(res)
      },
    },
    distDir: dist,
    routes: [page.route],
    query: page.query,
    keepTree: true,
    theme: mode === 'dark' ? 'dark' : 'light',
    storage: storageFor(mode),
    canvasBoxes: boxes,
    inspect: async (ctx) => {
      for (const action of page.actions ?? []) await act(ctx, action)
    },
    canvas: (width, height, id) => {
      const canvas = createCanvas(Math.max(1, Math.round(width)), Math.max(1, Math.round(height)))
      if (id) canvases.set(id, canvas)
      return canvas
    },
  })
  return { measure, canvases, title }
}

type Renderer = {
  gwx: (file: string) => ((data: object) => VNode) | undefined
  css: (file: string) => string | undefined
  /** What wcc's templates reported while rendering (a template not found draws nothing in WeChat). */
  warnings: string[]
  /** Routes of the tab pages: their window ends above the tab bar. */
  tabs: Set<string>
  /** Canvas boxes laid out per page and type size (light and dark share a layout). */
  layouts: Map<string, Record<string, Box>>
}

function toHtml(
  r: Renderer,
  dist: string,
  page: PreviewPage,
  measure: PageMeasure,
  canvases: Map<string, Canvas>,
  boxes: Record<string, Box> = {},
) {
  // A canvas kept off screen (the share image, the poster before it is exported) is not drawn into the picture.
  const offScreen = ({ left = 0, width }: Box) => left + width <= 0 || left >= SCREEN.width
  const render = r.gwx(`${page.route}.wxml`)
  if (typeof render !== 'function') throw new Error(`${page.route}.wxml: 没有编译出模板`)
  // The tree was made in the harness's own realm; wcc's WXS checks types with this realm's Object.
  const root = JSON.parse(JSON.stringify(measure.tree ?? {})) as object
  const images = new Map<string, string>()
  r.warnings.length = 0
  const vdom = render({ root })
  const warnings = r.warnings.splice(0)
  const result = vdomToHtml(vdom, {
    imageSrc: imageSource(dist, page.route),
    component: (tag, properties) => {
      const file = componentFile(dist, page.route, tag.replace(/^wx-/, ''))
      const template = file && r.gwx(`${file}.wxml`)
      return typeof template === 'function' ? template(properties) : undefined
    },
    canvasImage: (id) => {
      const canvas = canvases.get(id)
      if (!canvas || (boxes[id] && offScreen(boxes[id]))) return undefined
      if (!images.has(id)) images.set(id, canvas.toDataURL('image/png'))
      return images.get(id)
    },
  })
  const css = ['app.wxss', `${page.route}.wxss`].flatMap((f) => r.css(f) ?? [])
  return { ...result, warnings, document: documentHtml(result.html, css) }
}

/** The package path (without extension) of a custom component the page's JSON lists; undefined if none. */
function componentFile(dist: string, route: string, name: string) {
  const json = path.join(dist, `${route}.json`)
  if (!existsSync(json)) return undefined
  const using = (JSON.parse(readFileSync(json, 'utf8')) as { usingComponents?: Record<string, string> })
    .usingComponents?.[name]
  if (!using) return undefined
  const base = using.startsWith('/') ? dist : path.dirname(path.join(dist, route))
  return path
    .relative(dist, path.resolve(base, using.replace(/^\//, '')))
    .split(path.sep)
    .join('/')
}

/** WeChat's window below the navigation bar (and above the tab bar on a tab page): what `100vh` is. */
function windowHeight(r: Renderer, route: string) {
  const { height, statusBar, navBar, tabBar } = SCREEN
  return height - statusBar - navBar - (r.tabs.has(route) ? tabBar : 0)
}

async function show(tab: Page, mode: PreviewMode, html: string, height: number, chrome?: ChromeSpec) {
  await tab.setViewportSize({ width: SCREEN.width, height })
  await tab.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light' })
  await tab.setContent(html, { waitUntil: 'load' })
  if (chrome) await tab.evaluate(insertChrome, chrome)
}

/**
 * A full-page PNG at the context's pixel ratio, through the DevTools protocol with its fast PNG
 * encoder: Playwright's own full-page screenshot spent about 3 s encoding a tall page here.
 * https://chromedevtools.github.io/devtools-protocol/tot/Page/#method-captureScreenshot
 */
async function screenshot(tab: Page) {
  const cdp = await tab.context().newCDPSession(tab)
  try {
    const height = await tab.evaluate(() => document.documentElement.scrollHeight)
    const { data } = await cdp.send('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
      optimizeForSpeed: true,
      clip: { x: 0, y: 0, width: SCREEN.width, height, scale: PIXEL_RATIO },
    })
    return Buffer.from(data, 'base64')
  } finally {
    await cdp.detach()
  }
}

const canvasBoxes = (tab: Page) =>
  tab.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-canvas-id]')].map((e) => {
        const r = e.getBoundingClientRect()
        return [e.dataset.canvasId ?? '', { width: r.width, height: r.height, left: r.left }]
      }),
    ),
  )

async function shoot(r: Renderer, tab: Page, dist: string, outDir: string, page: PreviewPage, mode: PreviewMode) {
  const problems: string[] = []
  const ms = { harness: 0, browser: 0 }
  const timed = async <T>(what: keyof typeof ms, work: () => Promise<T>) => {
    const start = Date.now()
    const result = await work()
    ms[what] += Date.now() - start
    return result
  }
  // A first run without canvases gives each canvas the box WeChat's selector query would report
  // (its layout); the page then runs again with canvases of that size.
  const layout = `${page.name}:${mode === 'care' ? 'care' : 'standard'}`
  const known = r.layouts.get(layout)
  let run = await timed('harness', () => runPage(dist, page, mode, known ?? {}))
  problems.push(...run.measure.errors)
  let out = toHtml(r, dist, page, run.measure, run.canvases, known)
  if (!known && out.canvases.length > 0) {
    const boxes = await timed('browser', async () => {
      await show(tab, mode, out.document, windowHeight(r, page.route))
      return canvasBoxes(tab)
    })
    r.layouts.set(layout, boxes)
    run = await timed('harness', () => runPage(dist, page, mode, boxes))
    problems.push(...run.measure.errors.filter((e) => !problems.includes(e)))
    out = toHtml(r, dist, page, run.measure, run.canvases, boxes)
  }
  const png = path.join(outDir, `${page.name}-${mode}.png`)
  const html = path.join(outDir, `${page.name}-${mode}.html`)
  writeFileSync(html, out.document)
  const chrome = chromeFor(dist, page.route, mode === 'dark' ? 'dark' : 'light', SCREEN)
  if (run.title !== undefined) chrome.title = run.title
  const { text, fontPx, boxes } = await timed('browser', async () => {
    await show(tab, mode, out.document, windowHeight(r, page.route), chrome)
    writeFileSync(png, await screenshot(tab))
    const read = await tab.evaluate(() => ({
      text: document.body.innerText,
      fontPx: parseFloat(getComputedStyle(document.querySelector('.page') ?? document.body).fontSize),
    }))
    return { ...read, boxes: await canvasBoxes(tab) }
  })
  const canvases = out.canvases.map(({ id, parentClass }): CanvasShot => {
    const canvas = run.canvases.get(id)
    return {
      id,
      parentClass,
      box: boxes[id] ?? { width: 0, height: 0 },
      drawn: canvas !== undefined,
      paintedShare: canvas ? paintedShare(canvas) : 0,
    }
  })
  for (const tag of out.unknownTags) problems.push(`没有对应 HTML 元素的组件 ${tag}`)
  problems.push(...new Set(out.warnings))
  for (const copy of ERROR_COPY) if (text.includes(copy)) problems.push(`页面显示“${copy}”`)
  if (out.html.includes(LOADING_CLASS)) problems.push('页面停在载入骨架屏')
  return {
    page: page.name,
    route: page.route,
    mode,
    png,
    html,
    text,
    fontPx,
    problems,
    canvases,
    setDataCalls: run.measure.setDataCalls,
    ms,
  }
}

/** Renders every page in every mode to PNGs; one browser for all of them. */
export async function previewWeappPages(opts: PreviewOptions = {}): Promise<PreviewShot[]> {
  const dist = opts.distDir ?? weappPackageDir()
  const outDir = opts.outDir ?? PREVIEW_DIR
  mkdirSync(outDir, { recursive: true })
  if (existsSync(CJK_FONT)) GlobalFonts.registerFromPath(CJK_FONT)
  // wcc's output runs in WeChat's view layer, where `window` is the global object.
  const warnings: string[] = []
  const collect = { warn: (...args: unknown[]) => void warnings.push(args.join(' ')), log: () => undefined }
  const gwx = new Function('global', 'window', 'console', wxmlToJs(dist))({}, {}, collect) as Renderer['gwx']
  const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as AppJson
  const tabs = new Set((app.tabBar?.list ?? []).map((t) => t.pagePath.replace(/^\//, '')))
  const renderer: Renderer = { gwx, css: compileWxss(dist), warnings, tabs, layouts: new Map() }
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    const context = await browser.newContext({
      viewport: { width: SCREEN.width, height: SCREEN.height },
      screen: { width: SCREEN.width, height: SCREEN.height },
      deviceScaleFactor: PIXEL_RATIO,
      userAgent: WXSS_DEVICE.userAgent,
    })
    // Nothing outside the document: every image is inlined.
    await context.route(/^(?!data:|about:)/, (route) => route.abort())
    const tab = await context.newPage()
    const shots: PreviewShot[] = []
    for (const page of opts.pages ?? previewPages())
      for (const mode of opts.modes ?? page.modes ?? PREVIEW_MODES)
        shots.push(await shoot(renderer, tab, dist, outDir, page, mode))
    return shots
  } finally {
    await browser?.close()
  }
}

async function main() {
  const started = Date.now()
  const shots = await previewWeappPages()
  let failed = false
  for (const s of shots) {
    const charts = s.canvases.filter((c) => c.parentClass.split(' ').includes('chart'))
    const blank = charts.filter((c) => c.paintedShare === 0)
    const problems = [...s.problems, ...blank.map((c) => `图表 #${c.id} 没有画出像素`)]
    if (problems.length > 0) failed = true
    const note = charts.length ? `，图表 ${charts.length - blank.length}/${charts.length} 已画出` : ''
    const time = `${(s.ms.harness / 1000).toFixed(1)} + ${(s.ms.browser / 1000).toFixed(1)} s`
    console.log(`${problems.length ? '✗' : '✓'} ${path.relative(ROOT, s.png)}（${s.route}${note}；${time}）`)
    for (const p of problems) console.log(`    ${p.split('\n')[0]}`)
  }
  console.log(`\n${shots.length} 张截图，用时 ${((Date.now() - started) / 1000).toFixed(1)} s`)
  console.log(failed ? '页面预览未通过' : '页面预览通过')
  process.exit(failed ? 1 : 0)
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`✗ ${error.stack ?? error.message}`)
    process.exit(1)
  })
}
