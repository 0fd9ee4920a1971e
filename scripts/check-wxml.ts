/**
 * Compiles the weapp build's WXML and WXSS with WeChat's own template compilers (wcc / wcsc from
 * the miniprogram-compiler package), then renders every page's template once with empty data (styles are compiled only).
 * A syntax error that only WeChat DevTools would report fails here. Exits 1 on any error.
 * Usage: npm run check:wxml [-- --dist <dir>]   (after npm run build:weapp && npm run compile:weapp)
 *   runs on the package as WeChat would upload it (weappPackageDir); --dist: another folder, e.g. dist/weapp
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { wxmlToJs, wxssToJs } from 'miniprogram-compiler'
import { weappPackageDir } from './weapp/package-dir'

const distArg = process.argv.indexOf('--dist')
let ROOT: string
try {
  ROOT = distArg >= 0 && process.argv[distArg + 1] ? path.resolve(process.argv[distArg + 1]) : weappPackageDir()
  if (!existsSync(path.join(ROOT, 'app.json'))) throw new Error(`${ROOT}/app.json missing`)
} catch (error) {
  console.error(`✗ ${(error as Error).message}`)
  process.exit(1)
}
console.log(`WXML/WXSS of ${path.relative(process.cwd(), ROOT) || ROOT}`)

const app = JSON.parse(readFileSync(path.join(ROOT, 'app.json'), 'utf8')) as {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
}
const pages = [
  ...app.pages,
  ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
]

// The compiled templates run in WeChat's view layer, where `window` is the global object.
const g = globalThis as Record<string, unknown>
g.window ??= globalThis
g.navigator ??= { userAgent: 'node' }

let failed = false
try {
  const $gwx = new Function('global', wxmlToJs(ROOT))({}) as (file: string) => ((data: object) => unknown) | undefined
  for (const page of pages) {
    const render = $gwx(`${page}.wxml`)
    if (typeof render !== 'function') throw new Error(`${page}.wxml: 没有编译出模板`)
    render({})
    console.log(`✓ ${page}.wxml`)
  }
  // wcsc fails on a syntax error; its output's view-layer runtime needs device globals, so it is
  // compiled and looked up here, not executed.
  const css = wxssToJs(ROOT)
  for (const page of pages) {
    if (existsSync(path.join(ROOT, `${page}.wxss`)) && !css.includes(`'${page}.wxss'`)) {
      throw new Error(`${page}.wxss: 没有编译出样式`)
    }
  }
  console.log(`✓ WXSS (${pages.length} 个页面)`)
} catch (error) {
  console.error(`✗ ${(error as Error).message}`)
  failed = true
}
console.log(failed ? 'WXML/WXSS 检查未通过' : 'WXML/WXSS 检查通过')
process.exit(failed ? 1 : 0)
