/**
 * Size report of both builds against scripts/size-budgets.json.
 * Prints one table; exits 1 when a figure is over its budget or echarts sits in the weapp main package.
 * Usage: npm run size [-- --dist <weapp dir>]   (after npm run build:weapp, compile:weapp and build:h5)
 *   The weapp figures are of the package as WeChat would upload it (weappPackageDir); --dist: another
 *   weapp folder, e.g. dist/weapp as Taro wrote it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import budgets from './size-budgets.json'
import { weappPackageDir } from './weapp/package-dir'

const ROOT = path.resolve(__dirname, '..')
const distArg = process.argv.indexOf('--dist')
const WEAPP_DIST = distArg >= 0 ? process.argv[distArg + 1] : undefined
const H5 = path.join(ROOT, 'dist', 'h5')
const KiB = 1024

type Row = { what: string; size: number; budget?: number; ok: boolean; note?: string }
const rows: Row[] = []

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

const sum = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0)
const row = (what: string, size: number, budgetKiB?: number, note?: string) =>
  rows.push({ what, size, budget: budgetKiB, ok: budgetKiB === undefined || size <= budgetKiB * KiB, note })

// echarts leaves recognisable strings in minified code.
const ECHARTS_MARKERS = ['echarts', 'zrender']

function weapp() {
  const WEAPP = WEAPP_DIST ? path.resolve(WEAPP_DIST) : weappPackageDir()
  if (!existsSync(path.join(WEAPP, 'app.json'))) throw new Error(`${WEAPP}/app.json missing: run npm run build:weapp`)
  const app = JSON.parse(readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
    subpackages?: { root: string }[]
  }
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''))
  const all = filesUnder(WEAPP).filter((f) => !f.endsWith('.map') && !f.endsWith('.LICENSE.txt'))
  const inSub = (f: string, root: string) => path.relative(WEAPP, f).startsWith(`${root}/`)
  const main = all.filter((f) => !subRoots.some((r) => inSub(f, r)))
  const mainSize = sum(main)
  const margin = (budgets.weappMainKiB * KiB - mainSize) / KiB
  row('weapp 主包', mainSize, budgets.weappMainKiB, margin >= 0 ? `余量 ${margin.toFixed(1)} KiB` : undefined)
  const mainWithEcharts = main.filter(
    (f) => f.endsWith('.js') && ECHARTS_MARKERS.some((m) => readFileSync(f, 'utf8').includes(m)),
  )
  rows.push({
    what: 'weapp 主包中的 echarts',
    size: mainWithEcharts.length,
    ok: mainWithEcharts.length === 0,
    note: mainWithEcharts.length ? mainWithEcharts.map((f) => path.relative(WEAPP, f)).join(', ') : '无',
  })
  for (const root of subRoots)
    row(`weapp 分包 ${root}`, sum(all.filter((f) => inSub(f, root))), budgets.weappSubpackageKiB)
  row('weapp 总计', sum(all), budgets.weappTotalKiB)
}

function h5() {
  const index = path.join(H5, 'index.html')
  if (!existsSync(index)) throw new Error('dist/h5 missing: run npm run build:h5')
  const html = readFileSync(index, 'utf8')
  const gz = (files: string[]) => files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0)
  // Everything index.html loads or preloads: the entry, and the home page's chunks and the feed
  // that config/preload-first-route.ts lists. The feed is data and counted on its own line.
  const firstScreen = [...html.matchAll(/<(?:script[^>]*src|link[^>]*href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) =>
    path.join(H5, m[1]),
  )
  const isFeed = (f: string) => /^feed\.[0-9a-f]+\.js$/.test(path.basename(f))
  const code = firstScreen.filter((f) => !isFeed(f))
  row('H5 首屏 JS+CSS（gzip）', gz(code), budgets.h5FirstScreenGzipKiB, `${code.length} 个文件：入口与首页预加载的分块`)
  // The home page's copy and the stylesheets it needs are inlined into index.html by
  // scripts/prerender-h5.ts, so they are no longer files above: counted here.
  row('H5 index.html（gzip）', gz([index]), budgets.h5IndexHtmlGzipKiB, '含内联的首屏样式与首页副本')
  row('H5 首屏数据 feed（gzip）', gz(firstScreen.filter(isFeed)), budgets.h5FeedGzipKiB, '内置数据，每个页面都要')
  // Every chunk of code, loaded on demand; the feed has its line above, and the service worker
  // (written by config/service-worker.ts) runs beside the pages, so it has a line of its own.
  const isWorker = (f: string) => path.relative(H5, f) === 'sw.js'
  const js = filesUnder(H5).filter((f) => f.endsWith('.js') && !isFeed(f) && !isWorker(f))
  row('H5 全部代码 JS（原始）', sum(js))
  row('H5 全部代码 JS（gzip）', gz(js), budgets.h5TotalCodeGzipKiB, '不含 feed 与 sw.js')
  const worker = filesUnder(H5).filter(isWorker)
  if (worker.length === 0) throw new Error('dist/h5/sw.js missing: npm run build:h5 writes it')
  row('H5 service worker（gzip）', gz(worker), budgets.h5ServiceWorkerGzipKiB, '离线时的缓存与回退')
}

let failed = false
for (const step of [weapp, h5]) {
  try {
    step()
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`)
    failed = true
  }
}

const fmt = (n: number) => `${(n / KiB).toFixed(1)} KiB`
console.log('\n项目                          大小          预算          结果')
for (const r of rows) {
  const size = r.what.includes('echarts') ? `${r.size} 个文件` : fmt(r.size)
  const budget = r.budget === undefined ? (r.what.includes('echarts') ? '0 个文件' : '—') : `${r.budget} KiB`
  console.log(
    `${r.what.padEnd(26)}${size.padStart(12)}${budget.padStart(14)}    ${r.ok ? 'OK' : '超出预算'}${r.note ? `  (${r.note})` : ''}`,
  )
}
failed ||= rows.some((r) => !r.ok)
console.log(failed ? '\n尺寸检查未通过' : '\n尺寸检查通过')
process.exit(failed ? 1 : 0)
