/** @jest-environment node */
// The prerender step of build:h5 runs the built app in Node, not in a browser: with no Chromium
// anywhere on PATH (and CHROMIUM_PATH pointing nowhere) it still copies the home page's first screen
// into index.html, and two runs on the same build give the same bytes. The build here is a small
// stand-in for dist/h5, shaped as Taro writes it: a deferred entry script that loads its page chunk
// by adding a <script> (as webpack does), renders the page a moment later and removes the shell.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx')

const INDEX = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script defer="defer" src="./js/app.1.js"></script><link href="./css/app.1.css" rel="stylesheet"><link rel="preload" as="style" href="./css/home.1.css" fetchpriority="low"><link rel="preload" as="script" href="./js/home.1.js" fetchpriority="low"></head><body><div id="boot" role="status"><h1>幸福微市中</h1><p>正在载入…</p></div><div id="app"></div></body></html>`

const ENTRY = `
window.renderHome = function (cards) {
  setTimeout(function () {
    var page = document.createElement('div')
    page.className = 'taro_page taro_page_show'
    page.id = 'pages/index/index'
    var list = '<div role="list">' + cards.map(function (t, i) {
      return '<div role="listitem" id="card-' + i + '" class="news-card">' + t + '</div>'
    }).join('') + '</div><button>查看更多</button>'
    page.innerHTML = list
    document.getElementById('app').appendChild(page)
    document.getElementById('boot').remove()
  }, 20)
}
var chunk = document.createElement('script')
chunk.src = './js/home.1.js'
document.head.appendChild(chunk)
`
const CHUNK = `window.renderHome(${JSON.stringify(['GDP预计331亿元', '增长$&6.5%', '三', '四', '五', '六'])})`

/** A stand-in for dist/h5 before the prerender step. */
function makeDist(dir: string) {
  mkdirSync(path.join(dir, 'js'), { recursive: true })
  mkdirSync(path.join(dir, 'css'))
  writeFileSync(path.join(dir, 'index.html'), INDEX)
  writeFileSync(path.join(dir, 'js', 'app.1.js'), ENTRY)
  writeFileSync(path.join(dir, 'js', 'home.1.js'), CHUNK)
  writeFileSync(path.join(dir, 'css', 'app.1.css'), '.news-card{margin:0}')
  writeFileSync(path.join(dir, 'css', 'home.1.css'), '.taro_page{display:block}')
}

let work: string
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'prerender-'))
  // PATH with node and nothing else: no chromium, chrome or google-chrome to find.
  mkdirSync(path.join(work, 'bin'))
  symlinkSync(process.execPath, path.join(work, 'bin', 'node'))
  makeDist(path.join(work, 'a'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function prerender(dist: string) {
  return execFileSync(TSX, ['scripts/prerender-h5.ts', dist], {
    cwd: ROOT,
    env: {
      PATH: path.join(work, 'bin'),
      HOME: work,
      CHROMIUM_PATH: path.join(work, 'no-chromium'),
    } as unknown as NodeJS.ProcessEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

test('copies the first screen into index.html without a browser, and two runs give the same bytes', () => {
  cpSync(path.join(work, 'a'), path.join(work, 'b'), { recursive: true })
  const said = prerender(path.join(work, 'a'))
  prerender(path.join(work, 'b'))
  expect(said).toMatch(/first screen in index\.html/)
  const a = readFileSync(path.join(work, 'a', 'index.html'), 'utf8')
  expect(readFileSync(path.join(work, 'b', 'index.html'), 'utf8')).toBe(a)
  // What the app rendered: the first four cards, literally (the $& too), without the ids or the
  // button below the list; the stylesheets inlined; the scripts untouched.
  expect(a).toContain(
    '<div class="boot-snapshot" aria-hidden="true" inert><div class="taro_page taro_page_show"><div role="list"><div role="listitem" class="news-card">GDP预计331亿元</div><div role="listitem" class="news-card">增长$&amp;6.5%</div><div role="listitem" class="news-card">三</div><div role="listitem" class="news-card">四</div></div></div></div>',
  )
  expect(a).not.toContain('查看更多')
  expect(a).toContain('<style data-href="./css/app.1.css">.news-card{margin:0}</style>')
  expect(a).toContain('<script defer="defer" src="./js/app.1.js"></script>')
  expect(a).toContain('<template id="preload-after-paint"><link rel="preload" as="script" href="./js/home.1.js"')
}, 60_000)

test('fails the build when the home page does not render, instead of shipping the plain shell', () => {
  const dir = path.join(work, 'broken')
  makeDist(dir)
  writeFileSync(path.join(dir, 'js', 'home.1.js'), 'throw new Error("feed missing")')
  expect(() => prerender(dir)).toThrow(/feed missing/)
  expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(INDEX)
}, 60_000)
