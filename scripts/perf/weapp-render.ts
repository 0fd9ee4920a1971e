/**
 * Runs the built mini program (dist/weapp) in Node with stand-ins for WeChat's globals, opens each
 * tab page the way WeChat does (App onLaunch/onShow, then page onLoad/onShow/onReady) and records
 * every setData: how many, the largest and total payload, and the nodes of the settled first screen.
 * Each page starts in a fresh context, as when the app is launched on that page.
 * Prints one table against scripts/perf/budgets.json; exits 1 when a budget is exceeded or a page
 * fails to render (no setData, or an exception).
 * Usage: npm run perf:weapp [-- --feed mock/large-feed.json] [--dist <dir>]
 *   (after npm run build:weapp && npm run compile:weapp; runs on the upload, see weappPackageDir)
 *   --feed: served for any require.async of …/package-data/feed.js (scripts/perf/make-large-feed.ts)
 *           when the package has that file (a dropped file rejects, as on WeChat)
 *   --dist: another package folder, e.g. dist/weapp as Taro wrote it
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { performance } from 'node:perf_hooks'
import { PACKAGE_FILES } from '../../config/package-files'
import { loadFeed } from '../../src/services/feed/load'
import { weappPackageDir } from '../weapp/package-dir'
import budgets from './budgets.json'
import { createWxStandIn, SCREEN } from './wx-stand-in'

const KiB = 1024
const FEED_MODULE = PACKAGE_FILES.feed.file
const FEED_LOADER = PACKAGE_FILES.feedLoader.file
const ERROR_STATE_TITLE = '数据没有载入'

export type PageMeasure = {
  route: string
  /** The tab's text in app.json. */
  label: string
  /** Page and custom-wrapper setData calls until the page was quiet. */
  setDataCalls: number
  wrapperSetDataCalls: number
  largestSetDataBytes: number
  totalSetDataBytes: number
  /** Every setData in order: its size and the data paths it set. */
  calls: { bytes: number; keys: string[]; wrapper: boolean }[]
  /** Element and text nodes in the page's data once the first render settled. */
  nodes: number
  textNodes: number
  /** `comp` components WeChat creates for subtrees deeper than Taro's base templates. */
  compComponents: number
  /** Node names under data.root that base.wxml has no template for: WeChat draws nothing there. */
  untemplated: string[]
  nodesInComp: number
  maxDepth: number
  /** Timers still pending when the simulated time ran out (an interval, a long timeout). */
  pendingTimers: number
  feedOverrideUsed: boolean
  /** The subpackage files the app loaded with require.async, in order (paths in the package). */
  packageFiles: string[]
  /**
   * Real milliseconds from loading app.js to the last setData of the settled first screen: the
   * work in the logic layer (simulated timers take no time). Noisy on a shared machine; compare runs.
   */
  firstScreenMs: number
  errors: string[]
  /** The page's data.root once settled, when asked for with `keepTree`. */
  tree?: unknown
}

export type MeasureOptions = {
  /** The weapp package; default weappPackageDir() (the compiled upload, dist/weapp-upload). */
  distDir?: string
  /**
   * A feed JSON served for require.async of the bundled feed (package-data/feed.js) instead of the
   * built file, in the form the build gives the app: the loader's output.
   */
  feedPath?: string
  /** Simulated time to wait for timers after onReady; default 2,000 ms. */
  settleMs?: number
  /** Pages to open; default the tabBar list of app.json. */
  routes?: string[]
  /** Keep each page's final data.root in its measure (to inspect what was rendered). */
  keepTree?: boolean
  /** The page's query (onLoad options and the launch options' query); default none. */
  query?: Record<string, string>
  /** The launch scene, e.g. 1154 for 朋友圈单页模式; default 1001. */
  scene?: number
  /**
   * Called once the page has settled, before the measure is taken: lets a check call the page's
   * handlers (onShareAppMessage, tap handlers …) and settle simulated time again.
   */
  inspect?: (ctx: InspectContext) => Promise<void> | void
  /** WeChat's theme (getAppBaseInfo().theme); default light. */
  theme?: 'light' | 'dark'
  /** Storage entries present at launch (wx.getStorageSync), e.g. a saved store. */
  storage?: Record<string, unknown>
  /**
   * Makes a real 2D canvas (e.g. @napi-rs/canvas) of CSS size width × height. With it, a selector query's
   * `node` of `#id` is such a canvas when `canvasBoxes` has that id's box (else null, as before),
   * `wx.createOffscreenCanvas` makes one, and `canvasToTempFilePath` gives its PNG as a data URL.
   */
  canvas?: (width: number, height: number, id?: string) => unknown
  /** The CSS box of each `<canvas id>` as the view layer would lay it out. */
  canvasBoxes?: Record<string, { width: number; height: number }>
  /** wx APIs added to or replacing the stand-in's before the app starts (e.g. an export that never answers). */
  wx?: Record<string, unknown>
}

/** What `inspect` gets: the live page instance in its simulated mini program. */
export type InspectContext = {
  route: string
  page: Record<string, unknown>
  app: Record<string, unknown>
  wx: Record<string, unknown>
  /** Runs simulated timers for `ms` more milliseconds (promises in between). */
  settle: (ms: number) => Promise<void>
  /** The current simulated time in ms. */
  now: () => number
}

type AnyFn = (...args: unknown[]) => unknown
type Obj = Record<string, unknown>
type AppJson = { pages: string[]; tabBar?: { list: { pagePath: string; text: string }[] } }

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown
const describe = (error: unknown) =>
  typeof error === 'object' && error !== null && 'stack' in error ? String(error.stack) : String(error)

/** Fake timers in simulated time: WeChat's setTimeout/setInterval, run in order by `settle`. */
class Clock {
  now = 0
  private nextId = 1
  private timers = new Map<number, { due: number; fn: AnyFn; args: unknown[]; every?: number }>()

  setTimeout = (fn: unknown, ms?: unknown, ...args: unknown[]) => this.add(fn, ms, args, false)
  setInterval = (fn: unknown, ms?: unknown, ...args: unknown[]) => this.add(fn, ms, args, true)
  clear = (id: unknown) => void this.timers.delete(Number(id))

  get pending() {
    return this.timers.size
  }

  private add(fn: unknown, ms: unknown, args: unknown[], repeat: boolean) {
    if (typeof fn !== 'function') return 0
    const delay = Math.max(0, Number(ms) || 0)
    const id = this.nextId++
    this.timers.set(id, {
      due: this.now + delay,
      fn: fn as AnyFn,
      args,
      every: repeat ? Math.max(1, delay) : undefined,
    })
    return id
  }

  /** Runs microtasks and due timers until nothing is left before `until` ms; errors go to `onError`. */
  async settle(until: number, onError: (error: unknown) => void) {
    for (let runs = 0; runs < 100_000; runs++) {
      await new Promise((resolve) => setImmediate(resolve)) // every pending microtask runs first
      let nextId = 0
      let next: { due: number; fn: AnyFn; args: unknown[]; every?: number } | undefined
      for (const [id, t] of this.timers) if (!next || t.due < next.due) [nextId, next] = [id, t]
      if (!next || next.due > until) return
      this.now = next.due
      if (next.every === undefined) this.timers.delete(nextId)
      else next.due = this.now + next.every
      try {
        next.fn(...next.args)
      } catch (error) {
        onError(error)
      }
    }
    onError(new Error('定时器循环超过 100,000 次'))
  }
}

const PATH_PART = /([^.[\]]+)|\[(\d+)\]/g

/** Applies one setData key the way WeChat does: `root.cn.[0].cn[1].v` walks objects and arrays. */
export function applyDataPath(data: Obj, key: string, value: unknown) {
  const parts = [...key.matchAll(PATH_PART)].map((m) => (m[2] === undefined ? m[1] : Number(m[2])))
  let at = data as Record<string | number, unknown>
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      at[part] = value
      return
    }
    if (typeof at[part] !== 'object' || at[part] === null) at[part] = typeof parts[i + 1] === 'number' ? [] : {}
    at = at[part] as Record<string | number, unknown>
  })
}

/** What base.wxml and utils.wxs say about Taro's templates, needed to count nodes and comp components. */
type Templates = {
  textAlias: string
  wrapperAlias?: string
  /** Templates exist for levels 0…containerLevel-1; deeper subtrees render in a `comp` component. */
  containerLevel: number
  pick?: (level: number, nn: string, chain: string) => string
  chain?: (chain: string, nn: string) => string
  /** Every node name base.wxml has a template for; a node without one renders as nothing. */
  names: Set<string>
}

function readTemplates(dist: string): Templates {
  const wxml = existsSync(path.join(dist, 'base.wxml')) ? readFileSync(path.join(dist, 'base.wxml'), 'utf8') : ''
  const templates: Templates = {
    textAlias: /<template name="tmpl_0_([^"]+)">\s*<block>\{\{i\.v\}\}<\/block>/.exec(wxml)?.[1] ?? '#text',
    wrapperAlias: /<template name="tmpl_0_([^"]+)">\s*<custom-wrapper\b/.exec(wxml)?.[1],
    containerLevel: Number(/<template name="tmpl_(\d+)_container">/.exec(wxml)?.[1] ?? Infinity),
    names: new Set([...wxml.matchAll(/<template name="tmpl_0_([^"]+)">/g)].map((m) => m[1])),
  }
  const wxsFile = path.join(dist, 'utils.wxs')
  if (existsSync(wxsFile)) {
    // WXS is ES5 with CommonJS exports; its `a` picks each child's template, `f` tracks recursion.
    const xs = vm.runInNewContext(`(function (module) {\n${readFileSync(wxsFile, 'utf8')}\nreturn module.exports })`)({
      exports: {},
    }) as { a?: AnyFn; f?: AnyFn }
    if (xs.a && xs.f) {
      templates.pick = xs.a as Templates['pick']
      templates.chain = xs.f as Templates['chain']
    }
  }
  return templates
}

type TreeStats = Pick<
  PageMeasure,
  'nodes' | 'textNodes' | 'compComponents' | 'nodesInComp' | 'maxDepth' | 'untemplated'
>

/** Counts the nodes under data.root, choosing each node's template as base.wxml does to find `comp` subtrees. */
export function treeStats(root: unknown, templates: Templates): TreeStats {
  const stats: TreeStats = { nodes: 0, textNodes: 0, compComponents: 0, nodesInComp: 0, maxDepth: 0, untemplated: [] }
  const last = templates.containerLevel - 1
  const pick = templates.pick ?? ((c: number) => (c > last ? 'tmpl_container' : `tmpl_${c}_`))
  const chain = templates.chain ?? (() => '')
  // `c` is what a template passes its children (one more per level); `parentLevel` is the level of
  // the parent's template: the deepest level hands every child to the container.
  const visit = (children: unknown, c: number, l: string, parentLevel: number, depth: number, inComp: boolean) => {
    if (!Array.isArray(children)) return
    for (const child of children as Obj[]) {
      if (typeof child !== 'object' || child === null || !('nn' in child)) continue
      const nn = String(child.nn)
      const isText = nn === templates.textAlias
      const name = parentLevel === last ? 'tmpl_container' : pick(c, nn, l)
      const toComp = name.endsWith('container') && !isText
      stats.nodes++
      if (isText) stats.textNodes++
      // WeChat skips a node whose template is missing, with everything under it (NutUI's Table
      // renders a <div>, which had none).
      if (!isText && templates.names.size > 0 && !templates.names.has(nn)) stats.untemplated.push(nn)
      if (toComp) stats.compComponents++
      if (inComp || toComp) stats.nodesInComp++
      stats.maxDepth = Math.max(stats.maxDepth, depth)
      // comp.wxml renders its node with tmpl_0_<nn> and starts its children again at c = 1;
      // custom-wrapper.wxml renders its children as the page does its root's.
      if (toComp) visit(child.cn, 1, chain('', nn), 0, depth + 1, true)
      else if (nn === templates.wrapperAlias) visit(child.cn, 0, '', -1, depth + 1, inComp)
      else visit(child.cn, c + 1, chain(l, nn), Number(/^tmpl_(\d+)_/.exec(name)?.[1] ?? -1), depth + 1, inComp)
    }
  }
  visit((root as Obj | undefined)?.cn, 0, '', -1, 1, false)
  return stats
}

/** A context that stands in for WeChat's logic layer, with one app and the pages opened in it. */
function createMiniProgram(
  dist: string,
  route: string,
  measure: PageMeasure,
  clock: Clock,
  feedText?: string,
  launch: Pick<MeasureOptions, 'query' | 'scene' | 'theme' | 'storage' | 'canvas' | 'canvasBoxes' | 'wx'> = {},
) {
  const components = new Map<string, Obj>() // file (without .js) → Component() options
  const pageConfigs = new Map<string, { config: Obj; viaComponent: boolean }>()
  const pages: Obj[] = []
  const storage = new Map<string, unknown>(Object.entries(launch.storage ?? {}))
  const loading: string[] = [] // files being evaluated; Page() and Component() belong to the top one
  let app: Obj | undefined

  const later = (fn: () => void) => void clock.setTimeout(fn)
  const noop = () => undefined
  /** A canvas node with its CSS size, as WeChat reports `fields({ node: true, size: true })`. */
  const canvasNode = (selector: string) => {
    const id = selector.replace(/^#/, '')
    const box = launch.canvasBoxes?.[id]
    if (!box || !launch.canvas) return undefined
    return {
      id,
      dataset: {},
      left: 0,
      top: 0,
      right: SCREEN.width,
      bottom: 0,
      ...box,
      node: launch.canvas(box.width, box.height, id),
    }
  }
  const wx = createWxStandIn({
    launch: { path: route, query: { ...launch.query }, scene: launch.scene ?? 1001 },
    storage,
    later,
    now: () => clock.now,
    theme: launch.theme,
    nodeOf: canvasNode,
  })
  const makeCanvas = launch.canvas
  if (makeCanvas) {
    wx.createOffscreenCanvas = (o: { width?: number; height?: number } = {}) =>
      makeCanvas(o.width ?? 300, o.height ?? 150)
    wx.canvasToTempFilePath = (o: {
      canvas?: { toDataURL?: (type: string) => string }
      success?: AnyFn
      fail?: AnyFn
      complete?: AnyFn
    }) =>
      later(() => {
        const tempFilePath = o.canvas?.toDataURL?.('image/png')
        const res = tempFilePath
          ? { errMsg: 'canvasToTempFilePath:ok', tempFilePath }
          : { errMsg: 'canvasToTempFilePath:fail no canvas' }
        ;(tempFilePath ? o.success : o.fail)?.(res)
        o.complete?.(res)
      })
  }
  Object.assign(wx, launch.wx)

  const console_ = {
    log: noop,
    info: noop,
    debug: noop,
    warn: (...args: unknown[]) => {
      // app.ts says so when the bundled feed (or its loader) could not be loaded: the page then
      // shows only the retry screen, which is no measure of the page.
      if (String(args[0]).startsWith('[feed] 内置数据不可用')) measure.errors.push(args.map(describe).join(' '))
      else console.warn(`[${route}]`, ...args)
    },
    // React reports a render error with console.error; the page counts as failed (printed at the end).
    error: (...args: unknown[]) => void measure.errors.push(args.map(describe).join(' ')),
  }

  const context = vm.createContext({
    wx,
    console: console_,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clear,
    setInterval: clock.setInterval,
    clearInterval: clock.clear,
    App(config: Obj) {
      app = config
    },
    Page(config: Obj) {
      pageConfigs.set(currentFile(), { config, viaComponent: false })
    },
    Component(config: Obj) {
      components.set(currentFile(), config)
      pageConfigs.set(currentFile(), { config, viaComponent: true })
    },
    Behavior: (config: Obj) => config,
    getApp: () => app,
    getCurrentPages: () => [...pages],
    requirePlugin: (name: string) => {
      throw new Error(`测量环境没有插件 ${name}`)
    },
  })
  // Data handed to the app is made in its own realm, as WeChat's would be.
  const {
    JSON: ctxJSON,
    Promise: CtxPromise,
    Date: CtxDate,
  } = vm.runInContext('({ JSON, Promise, Date })', context) as {
    JSON: JSON
    Promise: PromiseConstructor
    Date: DateConstructor
  }
  // Date.now moves with real time and the simulated clock: Taro's nextTick polls every 20 ms until
  // 100 ms of Date.now have passed, which in real time alone (timers here fire at once) could outlast
  // the settle time, so whether a chart or poster was drawn depended on the machine's load. Real time
  // still passes within a task, as React's scheduler expects when it yields.
  const realNow = CtxDate.now.bind(CtxDate)
  CtxDate.now = () => realNow() + clock.now

  const modules = new Map<string, { exports: unknown }>()
  const relative = (file: string) => path.relative(dist, file).split(path.sep).join('/')
  const currentFile = () => relative(loading[loading.length - 1] ?? dist).replace(/\.js$/, '')

  /** Mini program require: paths relative to the requiring file (or to the root with a leading /). */
  function resolve(from: string, request: string) {
    const base = request.startsWith('/') ? dist : path.dirname(from)
    const file = path.resolve(base, request.replace(/^\//, '').replace(/(\.js)?$/, '.js'))
    if (relative(file).startsWith('..')) throw new Error(`module "${request}" is not defined (outside dist)`)
    return file
  }

  function load(file: string): unknown {
    const cached = modules.get(file)
    if (cached) return cached.exports
    if (!existsSync(file)) throw new Error(`module "${relative(file)}" is not defined`)
    const module = { exports: {} }
    modules.set(file, module)
    const params = ['require', 'module', 'exports']
    const fn = vm.compileFunction(readFileSync(file, 'utf8'), params, { parsingContext: context, filename: file })
    loading.push(file)
    try {
      fn(makeRequire(file), module, module.exports)
    } catch (error) {
      modules.delete(file)
      throw error
    } finally {
      loading.pop()
    }
    return module.exports
  }

  function makeRequire(from: string) {
    const require = (request: string) => load(resolve(from, request))
    require.async = (request: string) =>
      new CtxPromise((done, fail) =>
        later(() => {
          try {
            // WeChat's require.async rejects when the file is not in the package (e.g. dropped from
            // the upload): load() throws and the promise fails, the override included.
            const file = resolve(from, request)
            measure.packageFiles.push(relative(file))
            if (feedText !== undefined && relative(file).endsWith(FEED_MODULE) && existsSync(file)) {
              measure.feedOverrideUsed = true
              done(ctxJSON.parse(feedText)) // the real file is module.exports = JSON.parse("…")
            } else done(load(file))
          } catch (error) {
            fail(error)
          }
        }),
      )
    return require
  }

  let webviewId = 0
  /** A page (or component) instance as WeChat makes it: config copied, data cloned, setData recorded. */
  function instantiate(
    config: Obj,
    pageRoute: string,
    viaComponent: boolean,
    record: (bytes: number, keys: string[]) => void,
  ) {
    const own = viaComponent ? { ...(config.methods as Obj | undefined) } : config
    const id = ++webviewId
    const instance: Obj = Object.fromEntries(Object.entries(own).filter(([key]) => key !== 'data'))
    Object.assign(instance, {
      data: ctxJSON.parse(JSON.stringify(config.data ?? {})),
      route: pageRoute,
      __route__: pageRoute,
      __wxWebviewId__: id,
      __wxExparserNodeId__: `exparser-${id}`,
      options: {},
      is: pageRoute,
      setData(payload: Obj, cb?: AnyFn) {
        const json = JSON.stringify(payload)
        for (const [key, value] of Object.entries(ctxJSON.parse(json) as Obj))
          applyDataPath(instance.data as Obj, key, value)
        record(Buffer.byteLength(json), Object.keys(payload))
        if (typeof cb === 'function') later(() => cb.call(instance)) // after the view layer has rendered
      },
      selectComponent: () => null,
      selectAllComponents: () => [],
      createSelectorQuery: wx.createSelectorQuery,
      createIntersectionObserver: wx.createIntersectionObserver,
      getOpenerEventChannel: () => ({ emit: noop, on: noop, once: noop, off: noop }),
      getTabBar: () => null,
      getPageId: () => `pageId:${id}`,
    })
    return instance
  }

  return { wx, load, instantiate, components, pageConfigs, pages, app: () => app }
}

/** Opens one page in a fresh mini program and measures its setData and tree. */
async function measurePage(dist: string, route: string, label: string, opts: MeasureOptions, feedText?: string) {
  const measure: PageMeasure = {
    route,
    label,
    setDataCalls: 0,
    wrapperSetDataCalls: 0,
    largestSetDataBytes: 0,
    totalSetDataBytes: 0,
    calls: [],
    nodes: 0,
    textNodes: 0,
    compComponents: 0,
    untemplated: [],
    nodesInComp: 0,
    maxDepth: 0,
    pendingTimers: 0,
    feedOverrideUsed: false,
    packageFiles: [],
    firstScreenMs: 0,
    errors: [],
  }
  const fail = (error: unknown) => void measure.errors.push(describe(error))
  const clock = new Clock()
  const templates = readTemplates(dist)
  const mp = createMiniProgram(dist, route, measure, clock, feedText, opts)
  let started = 0
  let lastSetData = 0
  const record = (wrapper: boolean, bytes: number, keys: string[]) => {
    lastSetData = performance.now()
    measure.calls.push({ bytes, keys, wrapper })
    measure.setDataCalls++
    if (wrapper) measure.wrapperSetDataCalls++
    measure.largestSetDataBytes = Math.max(measure.largestSetDataBytes, bytes)
    measure.totalSetDataBytes += bytes
  }

  // Taro sends updates under a <CustomWrapper> to that wrapper's own setData (the first render goes
  // to the page); WeChat creates one custom-wrapper component per wrapper node, with the node as its
  // `i` property.
  const wrappers = new Map<string, Obj>()
  let wrapperConfig: Obj | undefined
  const lifetime = (name: string) =>
    ((wrapperConfig?.lifetimes as Obj | undefined)?.[name] ?? wrapperConfig?.[name]) as AnyFn | undefined
  function loadWrapperConfig() {
    const { usingComponents } = readJson(path.join(dist, `${route}.json`)) as { usingComponents?: Obj }
    const file = path.resolve(path.dirname(path.join(dist, route)), String(usingComponents?.['custom-wrapper']))
    mp.load(`${file}.js`)
    const config = mp.components.get(path.relative(dist, file).split(path.sep).join('/'))
    if (!config) throw new Error('custom-wrapper.js 没有调用 Component()')
    return config
  }
  let page: Obj | undefined
  function syncWrappers() {
    if (!templates.wrapperAlias || !page) return
    const seen = new Set<string>()
    const walk = (node: Obj) => {
      if (node.nn === templates.wrapperAlias && typeof node.sid === 'string') {
        seen.add(node.sid)
        const existing = wrappers.get(node.sid)
        if (existing) (existing.data as Obj).i = node
        else {
          wrapperConfig ??= loadWrapperConfig()
          const wrapper = mp.instantiate(wrapperConfig, route, true, (bytes, keys) => {
            record(true, bytes, keys)
            syncWrappers()
          })
          wrapper.data = { i: node, l: '' } // shared with the page tree, so wrapper updates land in it
          wrappers.set(node.sid, wrapper)
          lifetime('attached')?.call(wrapper)
        }
      }
      if (Array.isArray(node.cn)) (node.cn as Obj[]).forEach((child) => child && walk(child))
    }
    walk(((page.data as Obj).root ?? {}) as Obj)
    for (const [sid, wrapper] of wrappers) {
      if (seen.has(sid)) continue
      wrappers.delete(sid)
      lifetime('detached')?.call(wrapper)
    }
  }

  const onRejection = (reason: unknown) => fail(reason)
  process.on('unhandledRejection', onRejection)
  try {
    started = performance.now()
    mp.load(path.join(dist, 'app.js'))
    const app = mp.app()
    if (!app) throw new Error('app.js 没有调用 App()')
    const launch = mp.wx.getLaunchOptionsSync as () => Obj
    ;(app.onLaunch as AnyFn | undefined)?.call(app, launch())
    ;(app.onShow as AnyFn | undefined)?.call(app, launch())

    mp.load(path.join(dist, `${route}.js`))
    const registered = mp.pageConfigs.get(route)
    if (!registered) throw new Error(`${route}.js 没有调用 Page() 或 Component()`)
    const { config, viaComponent } = registered
    page = mp.instantiate(config, route, viaComponent, (bytes, keys) => {
      record(false, bytes, keys)
      syncWrappers()
    })
    mp.pages.push(page)
    const lifetimes = (config.lifetimes ?? {}) as Obj
    const call = (name: string, ...args: unknown[]) => {
      const fn = (viaComponent ? (lifetimes[name] ?? config[name]) : undefined) ?? page?.[name]
      if (typeof fn === 'function') fn.apply(page, args)
    }
    if (viaComponent) ['created', 'attached'].forEach((name) => call(name))
    call('onLoad', { ...opts.query })
    call('onShow')
    await clock.settle(0, fail) // the view layer renders the initial data, then onReady
    call('onReady')
    if (viaComponent) call('ready')
    await clock.settle(clock.now + (opts.settleMs ?? 2000), fail)
    measure.firstScreenMs = lastSetData > started ? lastSetData - started : 0
    if (opts.inspect) {
      const ctx: InspectContext = {
        route,
        page: page as Obj,
        app: app as Obj,
        wx: mp.wx as Obj,
        settle: (ms) => clock.settle(clock.now + ms, fail),
        now: () => clock.now,
      }
      await opts.inspect(ctx)
    }
    measure.pendingTimers = clock.pending
    Object.assign(measure, treeStats((page.data as Obj).root, templates))
    if (opts.keepTree) measure.tree = (page.data as Obj).root
    // withFeed's retry screen (src/components/page-shell/with-feed.tsx): the page has no data.
    if (JSON.stringify((page.data as Obj).root ?? {}).includes(ERROR_STATE_TITLE))
      measure.errors.push(`页面显示错误状态「${ERROR_STATE_TITLE}」`)
  } catch (error) {
    fail(error)
  } finally {
    process.off('unhandledRejection', onRejection)
  }
  if (measure.setDataCalls === 0 && measure.errors.length === 0) measure.errors.push('页面没有调用 setData')
  return measure
}

const EXTRA_ROUTES = [{ route: 'package-charts/pages/project-stats/index', label: '分类统计图' }]

/**
 * The feed at `file` as the build would give it to the app: the loader's output (the app trusts the
 * bundled feed and does not check it). Problems are printed; the items they concern are left out.
 */
function checkedFeedText(file: string): string {
  const { feed, issues } = loadFeed(readJson(file))
  if (issues.length > 0)
    console.warn(`--feed ${file}：${issues.length} 处问题（npm run feed:check），有问题的条目未载入`)
  return JSON.stringify(feed)
}

/** Opens every tab page of the weapp build in Node and measures its setData calls and node tree. */
export async function measureWeappPages(opts: MeasureOptions = {}): Promise<PageMeasure[]> {
  const dist = path.resolve(opts.distDir ?? weappPackageDir())
  if (!existsSync(path.join(dist, 'app.json'))) throw new Error(`${dist}/app.json missing: run npm run build:weapp`)
  const appJson = readJson(path.join(dist, 'app.json')) as AppJson
  const tabs = appJson.tabBar?.list ?? []
  // The tab pages, and one chart page: its table is NutUI's Table, the one component that rendered
  // an element with no template (see `untemplated`).
  const routes = opts.routes ?? [...tabs.map((t) => t.pagePath.replace(/^\//, '')), ...EXTRA_ROUTES.map((r) => r.route)]
  if (routes.length === 0) throw new Error('app.json 没有 tabBar.list，也没有指定页面')
  const feedText = opts.feedPath === undefined ? undefined : checkedFeedText(opts.feedPath)
  const results: PageMeasure[] = []
  for (const route of routes) {
    const label =
      tabs.find((t) => t.pagePath.replace(/^\//, '') === route)?.text ??
      EXTRA_ROUTES.find((r) => r.route === route)?.label ??
      route
    results.push(await measurePage(dist, route, label, opts, feedText))
  }
  return results
}

function parseArgs(argv: string[]): MeasureOptions {
  const opts: MeasureOptions = {}
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--feed' && argv[i + 1]) opts.feedPath = argv[++i]
    else if (argv[i] === '--dist' && argv[i + 1]) opts.distDir = argv[++i]
    else throw new Error(`未知参数 ${argv[i]}；用法：weapp-render.ts [--feed <feed.json>] [--dist <dir>]`)
  }
  return opts
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const results = await measureWeappPages(opts)
  const rows: { what: string; size: string; budget: string; ok: boolean; note?: string; failure?: string }[] = []
  for (const m of results) {
    for (const error of m.errors) console.error(`✗ ${m.label}（${m.route}）：${error}`)
    if (m.errors.length > 0) {
      rows.push({
        what: `${m.label} 渲染`,
        size: `${m.errors.length} 个错误`,
        budget: '0 个错误',
        ok: false,
        failure: '渲染失败',
      })
      continue
    }
    rows.push({
      what: `${m.label} 最大 setData`,
      size: `${(m.largestSetDataBytes / KiB).toFixed(1)} KiB`,
      budget: `${budgets.weappLargestSetDataKiB} KiB`,
      ok: m.largestSetDataBytes <= budgets.weappLargestSetDataKiB * KiB,
      note: `共 ${m.setDataCalls} 次 ${(m.totalSetDataBytes / KiB).toFixed(1)} KiB${m.wrapperSetDataCalls ? `，其中 custom-wrapper ${m.wrapperSetDataCalls} 次` : ''}`,
    })
    rows.push({
      what: `${m.label} 首屏节点`,
      size: `${m.nodes} 个`,
      budget: `${budgets.weappNodesPerPage} 个`,
      ok: m.nodes <= budgets.weappNodesPerPage,
      note: `文本 ${m.textNodes}，最深 ${m.maxDepth} 层`,
    })
    // mini.baseLevel in config/index.ts is set just above our deepest page; a page that outgrows it
    // renders its deep subtrees in `comp` components, where page-level selector queries fail.
    rows.push({
      what: `${m.label} comp 组件`,
      size: `${m.compComponents} 个`,
      budget: `${budgets.weappCompComponents} 个`,
      ok: m.compComponents <= budgets.weappCompComponents,
      note: `含 ${m.nodesInComp} 个节点`,
    })
    rows.push({
      what: `${m.label} 无模板节点`,
      size: `${m.untemplated.length} 个`,
      budget: '0 个',
      ok: m.untemplated.length === 0,
      note: m.untemplated.length ? [...new Set(m.untemplated)].join('、') : undefined,
    })
    // The bundled feed is checked when the app is built and trusted: a launch without a cached
    // feed has no use for the feed loader (schema and valibot).
    const loaderLoaded = m.packageFiles.includes(FEED_LOADER)
    rows.push({
      what: `${m.label} 启动时的校验程序`,
      size: loaderLoaded ? '载入' : '未载入',
      budget: '未载入',
      ok: !loaderLoaded,
      note: `首屏 ${Math.round(m.firstScreenMs)} ms（Node 实测）；载入 ${m.packageFiles.join('、') || '无分包文件'}`,
    })
  }
  if (opts.feedPath) {
    const used = results.some((m) => m.feedOverrideUsed)
    console.log(
      used
        ? `--feed ${opts.feedPath}：已替代 ${FEED_MODULE}`
        : `--feed ${opts.feedPath} 未生效：没有页面用 require.async 加载 ${FEED_MODULE}（数据仍打包在主包里）`,
    )
  }
  console.log('\n项目                          大小          预算          结果')
  for (const r of rows) {
    console.log(
      `${r.what.padEnd(26)}${r.size.padStart(12)}${r.budget.padStart(14)}    ${r.ok ? 'OK' : (r.failure ?? '超出预算')}${r.note ? `  (${r.note})` : ''}`,
    )
  }
  const failed = rows.some((r) => !r.ok)
  console.log(failed ? '\n渲染检查未通过' : '\n渲染检查通过')
  process.exit(failed ? 1 : 0)
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`✗ ${error.message}`)
    process.exit(1)
  })
}
