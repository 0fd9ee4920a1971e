/** @jest-environment node */
import { injectSnapshot, snapshotSwitch } from '../../scripts/prerender-inject'

const INDEX = `<!doctype html><html><head><script defer="defer" src="./js/app.1.js"></script><link href="./css/app.1.css" rel="stylesheet"><link rel="preload" as="style" href="./css/70.1.css" fetchpriority="low"><link rel="preload" as="script" href="./js/70.1.js" fetchpriority="low"></head><body><div id="boot" role="status"><h1>幸福微市中</h1><p>正在载入…</p></div><div id="app"></div></body></html>`
const CSS: Record<string, string> = { './css/app.1.css': '.a{color:red}', './css/70.1.css': '.news-card{margin:0}' }
const read = (href: string) => CSS[href]

test('puts the copy inside the loading shell, hidden from screen readers and inert, with its switch after it', () => {
  const html = injectSnapshot(INDEX, '<div class="news-card">331亿元</div>', read, 'key')
  expect(html).toContain(
    '<div id="boot" role="status"><h1>幸福微市中</h1><p>正在载入…</p><!-- home snapshot --><div class="boot-snapshot" aria-hidden="true" inert><div class="news-card">331亿元</div></div></div><script>',
  )
  expect(html.indexOf(snapshotSwitch('key'))).toBeLessThan(html.indexOf('<div id="app">'))
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
