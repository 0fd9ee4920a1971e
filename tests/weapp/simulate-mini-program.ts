/**
 * Runs the built weapp package in miniprogram-simulate (WeChat's j-component + exparser): app.js is
 * evaluated with a mini program `require` (and `require.async`), each page is loaded from its own
 * js/json/wxml/wxss (Taro's base.wxml templates and `comp` through usingComponents, compiled by wcc),
 * and taps are touch events dispatched through exparser to the template's `bindtap="eh"`.
 *
 * Needs a DOM: test files using it start with the `@jest-environment jsdom` docblock.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PACKAGE_FILES } from '../../config/package-files'
import { createWx, type LaunchOptions, type WxRecord } from './simulate-wx'

type AnyFn = (...args: unknown[]) => unknown
type Obj = Record<string, unknown>

/** What these tests use of j-component's root component (README: create / attach / querySelector). */
type Root = {
  dom: Element
  instance: Obj
  attach: (parent: Element) => void
  detach: () => void
  querySelector: (selector: string) => { dispatchEvent: (name: string, options?: object) => void } | undefined
}
type Simulate = {
  load: (componentPath: string, tagName: string, options: { rootPath: string }) => string
  render: (id: string) => Root | undefined
}

// Loaded without its type declarations: they import miniprogram-api-typings, whose global
// `Require` and `wx` would replace Node's types in the whole project.
const simulate = jest.requireActual<Simulate>('miniprogram-simulate')

/** One page opened in the simulated mini program. */
export type SimulatedPage = {
  route: string
  /** The page's exparser root, as j-component renders it into the DOM. */
  root: Root
  /** Everything the page shows as text, in document order, whitespace collapsed. */
  text: () => string
  /** Touches the first innermost element showing `text` (throws when nothing shows it). */
  tap: (text: string) => Promise<void>
  /** Waits until the page shows `text` (or, with `present: false`, no longer shows it). */
  waitForText: (text: string, present?: boolean) => Promise<void>
  /** Whether some element on the path from the page root to the element showing `text` has `className`. */
  hasClassAround: (text: string, className: string) => boolean
}

export type SimulatedMiniProgram = {
  wx: Obj & WxRecord
  /** Exceptions thrown by the pages' lifecycles (React's render errors go to console.error). */
  errors: string[]
  openPage: (route: string, query?: Record<string, string>) => Promise<SimulatedPage>
  /** Opens a page the way navigateTo's url names it: `/route?key=value`. */
  openUrl: (url: string) => Promise<SimulatedPage>
  /** The urls the app asked wx.navigateTo / redirectTo for, in order. */
  navigations: () => string[]
  /** Detaches every page; the storage Map stays with the caller. */
  close: () => void
}

/** The tag j-component gives the page; it also prefixes the page's classes. */
const TAG = 'main'
/** Long enough for a first render on a loaded CI machine; a failing wait costs only this. */
const WAIT_MS = 10_000
const POLL_MS = 20
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * The documented way to build a page with `Component()`: its lifecycle and handler functions go
 * into `methods`. j-component has no `Page()`; Taro's page object has `onLoad`, `eh` … at the top.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/component.html#使用-Component-构造器构造页面
 */
function pageAsComponent(config: Obj): Obj {
  const methods = Object.fromEntries(Object.entries(config).filter(([, value]) => typeof value === 'function'))
  return { data: config.data ?? {}, methods }
}

/** The DOM text of a node with whitespace collapsed. */
const textOf = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()

/** The first innermost element whose text contains `text`: the one a finger on those words hits. */
function elementWithText(root: Element, text: string): Element | undefined {
  if (!textOf(root).includes(text)) return undefined
  for (const child of Array.from(root.children)) {
    const found = elementWithText(child, text)
    if (found) return found
  }
  return root
}

/**
 * Launches the app once: a fresh `wx`, App() and the webpack runtime evaluated anew, storage from
 * `storage`. Pages opened here share this app, as pages of one mini program run do.
 */
export function launchMiniProgram(
  dir: string,
  storage: Map<string, unknown>,
  launch: Partial<LaunchOptions> = {},
): SimulatedMiniProgram {
  const options: LaunchOptions = { path: 'pages/index/index', query: {}, scene: 1001, ...launch }
  const wx = createWx(storage, options)
  const errors: string[] = []
  const pages: Obj[] = []
  const roots: Root[] = []
  const registered = new Map<string, string>() // route → j-component id
  let app: Obj | undefined

  const globals = globalThis as unknown as Obj
  const component = globals.Component as AnyFn
  Object.assign(globals, {
    wx,
    App: (config: Obj) => void (app = config),
    getApp: () => app,
    getCurrentPages: () => [...pages],
    Page: (config: Obj) => component(pageAsComponent(config)),
  })

  // The mini program's own require: paths relative to the requiring file, `.js` optional, and
  // require.async (subpackage files) resolving on a later turn as WeChat's does.
  // https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/async.html
  const modules = new Map<string, { exports: unknown }>()
  const resolve = (from: string, request: string) => {
    const base = request.startsWith('/') ? dir : path.dirname(from)
    const file = path.resolve(base, request.replace(/^\//, '').replace(/(\.js)?$/, '.js'))
    if (path.relative(dir, file).startsWith('..')) throw new Error(`module "${request}" is outside the package`)
    return file
  }
  const load = (file: string): unknown => {
    const cached = modules.get(file)
    if (cached) return cached.exports
    if (!existsSync(file)) throw new Error(`module "${path.relative(dir, file)}" is not defined`)
    const module = { exports: {} }
    modules.set(file, module)
    // `Function` of the test's realm, so the code sees the jsdom globals (wx, App, setTimeout …).
    const run = new Function('require', 'module', 'exports', `${readFileSync(file, 'utf8')}\n//# sourceURL=${file}`)
    run(makeRequire(file), module, module.exports)
    return module.exports
  }
  const makeRequire = (from: string) =>
    Object.assign((request: string) => load(resolve(from, request)), {
      async: (request: string) =>
        new Promise((done, fail) =>
          setTimeout(() => {
            try {
              done(load(resolve(from, request)))
            } catch (error) {
              fail(error)
            }
          }),
        ),
    })

  load(path.join(dir, 'app.js'))
  if (!app) throw new Error('app.js did not call App()')
  const started = app
  const launchOptions = (wx.getLaunchOptionsSync as AnyFn)()
  ;(started.onLaunch as AnyFn | undefined)?.call(started, launchOptions)
  ;(started.onShow as AnyFn | undefined)?.call(started, launchOptions)

  async function openPage(route: string, query: Record<string, string> = {}): Promise<SimulatedPage> {
    // A page registers once per run (its js runs once); opening it again makes a new instance.
    // simulate runs each component's js with the test's `require`, which Jest caches, so a second
    // launch would not run the page's Page() again: Jest's isolateModules gives each load a module
    // registry of its own. https://jestjs.io/docs/jest-object#jestisolatemodulesfn
    let id = registered.get(route) ?? ''
    if (!id)
      jest.isolateModules(() => {
        id = simulate.load(path.join(dir, route), TAG, { rootPath: dir })
        registered.set(route, id)
      })
    const root = simulate.render(id)
    if (!root) throw new Error(`${route}: its js did not register a component`)
    const host = document.createElement('div')
    document.body.appendChild(host)
    root.attach(host)
    roots.push(root)
    const instance = root.instance as Obj
    Object.assign(instance, { route, __route__: route, options: query })
    pages.push(instance)
    const call = (name: string, ...args: unknown[]) => {
      try {
        ;(instance[name] as AnyFn | undefined)?.apply(instance, args)
      } catch (error) {
        errors.push(`${route} ${name}: ${String((error as Error)?.stack ?? error)}`)
      }
    }
    call('onLoad', { ...query })
    call('onShow')
    await sleep(0) // the view layer renders the first data, then onReady
    call('onReady')

    const dom = () => root.dom as Element
    const waitFor = async (ok: () => boolean, what: string) => {
      for (let waited = 0; !ok(); waited += POLL_MS) {
        if (waited > WAIT_MS)
          throw new Error(`${route}: ${what} within ${WAIT_MS} ms; the page shows: ${textOf(dom()).slice(0, 300)}`)
        await sleep(POLL_MS)
      }
    }
    return {
      route,
      root,
      text: () => textOf(dom()),
      waitForText: (text, present = true) =>
        waitFor(() => textOf(dom()).includes(text) === present, `${present ? 'no' : 'still'} “${text}”`),
      hasClassAround(text, className) {
        // j-component prefixes a component's own classes with its tag name (main--care).
        const names = [className, `${TAG}--${className}`]
        for (let el = elementWithText(dom(), text) ?? null; el && el !== dom(); el = el.parentElement)
          if (names.some((name) => el?.classList.contains(name))) return true
        return false
      },
      async tap(text) {
        const target = elementWithText(dom(), text)
        if (!target)
          throw new Error(`${route}: nothing shows “${text}”; the page shows: ${textOf(dom()).slice(0, 300)}`)
        // Each element of Taro's templates has id="{{i.uid||i.sid}}" and data-sid; j-component keeps
        // ids off the DOM but not data-*. The documented j-component route to a touch is
        // querySelector(selector).dispatchEvent(…): touchstart then touchend makes exparser's tap.
        const owner = target.closest('[data-sid]')
        const node = owner ? root.querySelector(`#${owner.getAttribute('data-sid')}`) : undefined
        if (!node) throw new Error(`${route}: “${text}” is not in the page's own tree (inside a comp component?)`)
        node.dispatchEvent('touchstart', { touches: [{ x: 10, y: 10 }], changedTouches: [{ x: 10, y: 10 }] })
        await sleep(0)
        node.dispatchEvent('touchend', { touches: [], changedTouches: [{ x: 10, y: 10 }] })
        await sleep(POLL_MS)
      },
    }
  }

  return {
    wx,
    errors,
    openPage,
    openUrl(url) {
      const [route, search = ''] = url.replace(/^\//, '').split('?')
      return openPage(route, Object.fromEntries(new URLSearchParams(search)))
    },
    navigations: () =>
      wx.calls
        .filter((c) => c.api === 'navigateTo' || c.api === 'redirectTo')
        .map((c) => String((c.args as { url?: unknown }).url)),
    close() {
      for (const root of roots.splice(0)) root.detach()
      document.body.innerHTML = ''
    },
  }
}

/** The route of the tab app.json labels `text` (e.g. 我的). */
export function tabRoute(dir: string, text: string): string {
  const appJson = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as {
    tabBar?: { list: { pagePath: string; text: string }[] }
  }
  const found = appJson.tabBar?.list.find((t) => t.text === text)
  if (!found) throw new Error(`app.json has no tab ${text}`)
  return found.pagePath.replace(/^\//, '')
}

type FeedItems = { news: { id: string; title: string }[]; projects: { id: string; title: string }[] }

/** The feed the package ships (package-data/feed.js), to pick a story and a project the app shows. */
export function packageFeed(dir: string): FeedItems {
  const file = path.join(dir, PACKAGE_FILES.feed.file)
  if (!existsSync(file)) throw new Error(`${file} missing: the package would launch without its data`)
  const module = { exports: {} as unknown }
  new Function('module', readFileSync(file, 'utf8'))(module)
  return module.exports as FeedItems
}
