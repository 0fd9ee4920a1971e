/** @jest-environment node */
import {
  afterPaintStarter,
  FIRST_PAINT_WAIT_MS,
  injectSnapshot,
  preloadAfterFirstPaint,
  snapshotSwitch,
} from '../../scripts/prerender-inject'

const INDEX = `<!doctype html><html><head><script defer="defer" src="./js/app.1.js"></script><link href="./css/app.1.css" rel="stylesheet"><link rel="preload" as="style" href="./css/70.1.css" fetchpriority="low"><link rel="preload" as="script" href="./js/70.1.js" fetchpriority="low"></head><body><div id="boot" role="status"><h1>幸福微市中</h1><p>正在载入…</p></div><div id="app"></div></body></html>`
const CSS: Record<string, string> = { './css/app.1.css': '.a{color:red}', './css/70.1.css': '.news-card{margin:0}' }
const read = (href: string) => CSS[href]

test('puts the copy inside the loading shell, hidden from screen readers and inert, with its switch before it', () => {
  const html = injectSnapshot(INDEX, '<div class="news-card">331亿元</div>', read, 'key')
  expect(html).toContain(
    `<div id="boot" role="status"><h1>幸福微市中</h1><p>正在载入…</p>${snapshotSwitch('key')}<!-- home snapshot --><div class="boot-snapshot" aria-hidden="true" inert><div class="news-card">331亿元</div></div></div><div id="app">`,
  )
})

test('inlines the entry and home-route stylesheets in order, under their addresses, and drops their preloads', () => {
  const html = injectSnapshot(INDEX, '', read)
  expect(html).toContain(
    '<style data-href="./css/app.1.css">.a{color:red}</style><style data-href="./css/70.1.css">.news-card{margin:0}</style>',
  )
  expect(html).not.toContain('rel="stylesheet"')
  expect(html).not.toContain('as="style"')
  // Scripts are untouched.
  expect(html).toContain('<link rel="preload" as="script" href="./js/70.1.js" fetchpriority="low">')
  expect(html).toContain('<script defer="defer" src="./js/app.1.js"></script>')
})

test('a stylesheet cannot close its <style> early', () => {
  const html = injectSnapshot(INDEX, '', (href) => (href.includes('app') ? 'a::after{content:"</style><b>"}' : ''))
  expect(html).toContain('content:"<\\/style><b>"')
})

test('refuses to run twice or on an index.html it does not recognise', () => {
  const once = injectSnapshot(INDEX, '', read)
  expect(() => injectSnapshot(once, '', read)).toThrow(/already holds a snapshot/)
  expect(() => injectSnapshot(INDEX.replace(' role="status"', ''), '', read)).toThrow(/no loading shell/)
  expect(() => injectSnapshot(INDEX.replace(/<link rel="preload" as="style"[^>]+>/, ''), '', read)).toThrow(
    /preloads the home route/,
  )
})

describe("the home route's preloads wait for the first paint", () => {
  const BUILT = `<head><script defer="defer" src="./js/app.1.js"></script><style data-href="./css/app.1.css">.a{}</style><link rel="preload" as="script" href="./js/70.1.js" fetchpriority="low"><link rel="preload" as="script" href="./js/feed.1.js" fetchpriority="low"></head><body></body>`

  test('moves them, in order, into a template with the script that starts them; the entry is untouched', () => {
    const html = preloadAfterFirstPaint(BUILT)
    expect(html).toBe(
      `<head><script defer="defer" src="./js/app.1.js"></script><style data-href="./css/app.1.css">.a{}</style><template id="preload-after-paint"><link rel="preload" as="script" href="./js/70.1.js" fetchpriority="low"><link rel="preload" as="script" href="./js/feed.1.js" fetchpriority="low"></template>${afterPaintStarter()}</head><body></body>`,
    )
    expect(() => preloadAfterFirstPaint(html)).toThrow(/already starts/)
    expect(() => preloadAfterFirstPaint('<head></head>')).toThrow(/no longer preloads/)
  })

  /** Runs the starter against stand-ins for the page; returns what it did. */
  function runStarter({ paintTiming }: { paintTiming: boolean }) {
    const appended: string[] = []
    const observers: Array<(list: { getEntriesByName(n: string): unknown[] }, o: { disconnect(): void }) => void> = []
    const timers: Array<{ fn: () => void; ms: number }> = []
    let disconnected = 0
    class FakeObserver {
      static supportedEntryTypes = paintTiming ? ['paint', 'mark'] : ['mark']
      constructor(private readonly callback: (typeof observers)[number]) {}
      observe(options: unknown) {
        expect(options).toEqual({ type: 'paint', buffered: true })
        observers.push(this.callback)
      }
    }
    const template = { content: { cloneNode: () => 'links' } }
    const document = {
      getElementById: (id: string) => (id === 'preload-after-paint' ? template : null),
      head: { appendChild: (node: string) => appended.push(node) },
    }
    const window = { PerformanceObserver: FakeObserver }
    const code = afterPaintStarter().replace(/^<script>|<\/script>$/g, '')
    new Function('document', 'window', 'PerformanceObserver', 'setTimeout', code)(
      document,
      window,
      FakeObserver,
      (fn: () => void, ms: number) => timers.push({ fn, ms }),
    )
    const paint = (name: string) =>
      observers.forEach((cb) =>
        cb({ getEntriesByName: (n) => (n === name ? [{}] : []) }, { disconnect: () => void disconnected++ }),
      )
    return { appended, timers, paint, disconnected: () => disconnected }
  }

  test('adds the links once the first contentful paint is reported, and only once', () => {
    const page = runStarter({ paintTiming: true })
    expect(page.appended).toEqual([])
    page.paint('first-paint')
    expect(page.appended).toEqual([])
    page.paint('first-contentful-paint')
    expect(page.appended).toEqual(['links'])
    expect(page.disconnected()).toBe(1)
    page.timers.forEach((t) => t.fn())
    expect(page.appended).toEqual(['links'])
  })

  test('adds them after a while when no paint is reported (a tab in the background)', () => {
    const page = runStarter({ paintTiming: true })
    expect(page.timers.map((t) => t.ms)).toEqual([FIRST_PAINT_WAIT_MS])
    page.timers[0].fn()
    expect(page.appended).toEqual(['links'])
  })

  test('adds them at once in a browser without paint timing', () => {
    const page = runStarter({ paintTiming: false })
    expect(page.appended).toEqual(['links'])
  })
})

test.each(['$`', "$'", '$&', '$$', '$1'])(
  'a feed title with %s is copied as written, and the page keeps one #app',
  (pattern) => {
    const title = `增长${pattern}6.5%`
    const html = injectSnapshot(INDEX, `<h2 class="news-card">${title}</h2>`, read, 'key')
    expect(html).toContain(
      `<div class="boot-snapshot" aria-hidden="true" inert><h2 class="news-card">${title}</h2></div>`,
    )
    expect(html.match(/id="app"/g)).toHaveLength(1)
    expect(html.match(/id="boot"/g)).toHaveLength(1)
  },
)

test('a stylesheet or a preload address with $-patterns is copied as written', () => {
  const css = 'a::after{content:"$& $` $\'"}'
  const html = injectSnapshot(INDEX, '', (href) => (href.includes('app') ? css : ''))
  expect(html).toContain(`<style data-href="./css/app.1.css">${css}</style>`)
  const built = preloadAfterFirstPaint(
    `<head><link rel="preload" as="script" href="./js/$&.js" fetchpriority="low"></head>`,
  )
  expect(built).toContain(
    `<template id="preload-after-paint"><link rel="preload" as="script" href="./js/$&.js" fetchpriority="low"></template>`,
  )
})
