/**
 * Lighthouse (mobile, simulated throttling, performance only) on the H5 build: three runs each of the
 * home page and a chart page; the median of each figure over the three runs is checked against
 * scripts/perf/budgets.json. (Lighthouse's own median run is the run closest to the median FCP and
 * TTI: its TBT is any of the three, not their median. It is still the run the reports show.)
 * Serves a copy of dist/h5 with precompressed brotli/gzip files, as a static host with precompression would.
 * Prints one table; exits 1 when a figure is past its budget.
 *
 * The CPU slowdown is calibrated to the host, as Lighthouse's docs/throttling.md ("Calibrating the
 * CPU slowdown") and DevTools' CPU calibration do: before each run the host's benchmarkIndex is
 * measured (Lighthouse's own benchmark, median of three) and the multiplier is that index divided by
 * TARGET_BENCHMARK_INDEX, so every run emulates the same phone. A constant 4× emulates a faster
 * or slower phone with the host: CI hosts measured benchmarkIndex 1750–3000 in the runs of
 * 2026-12, which moved the home page's TBT from about 110 ms to about 230 ms for the same build.
 * Usage: npm run perf:lighthouse [-- --report <dir>] [--no-fail] [--dist <dir>]   (after npm run build:h5)
 *   --report <dir>  also write Lighthouse's median runs as <page>.report.json / .html
 *   --no-fail       exit 0 even when a figure is past its budget
 *   --dist <dir>    measure another H5 build instead of dist/h5
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import * as lighthouseConstants from 'lighthouse/core/config/constants.js'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js'
import { chromium } from 'playwright-core'
import { ReportGenerator } from 'lighthouse/report/generator/report-generator.js'
import sirv from 'sirv'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
// `flock /tmp/h5-build.lock npm run build:h5` holds this lock while dist/h5 is rewritten.
const BUILD_LOCK = '/tmp/h5-build.lock'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
]
const RUNS = 3
/**
 * The emulated phone, in Lighthouse's benchmarkIndex: CI's host measured about 2800 in the last
 * runs before calibration (2026-12), under Lighthouse's default 4× a phone of 2800 / 4 = 700, the
 * upper end of what Lighthouse's docs call a mid-tier phone (125–800). On such a host the
 * multiplier stays 4×.
 */
const TARGET_BENCHMARK_INDEX = 700
const budgets = JSON.parse(readFileSync(path.join(import.meta.dirname, 'budgets.json'), 'utf8'))

const PAGES = [
  {
    key: 'home',
    label: '首页（资讯列表）',
    route: 'pages/index/index',
    budgets: { score: budgets.lighthouseHomeScore, lcp: budgets.lighthouseHomeLcpMs, tbt: budgets.lighthouseTbtMs },
  },
  {
    key: 'chart',
    label: '图表页（成绩单专题）',
    route: `package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`,
    budgets: { score: budgets.lighthouseChartScore, tbt: budgets.lighthouseTbtMs },
  },
]

const METRICS = [
  { key: 'fcp', audit: 'first-contentful-paint', label: 'FCP' },
  { key: 'lcp', audit: 'largest-contentful-paint', label: 'LCP' },
  { key: 'tbt', audit: 'total-blocking-time', label: 'TBT' },
  { key: 'cls', audit: 'cumulative-layout-shift', label: 'CLS' },
  { key: 'si', audit: 'speed-index', label: 'Speed Index' },
]

const { values: args } = parseArgs({
  options: { report: { type: 'string' }, 'no-fail': { type: 'boolean' }, dist: { type: 'string' } },
})
const DIST = path.resolve(args.dist ?? path.join(ROOT, 'dist', 'h5'))

/** Copies dist/h5 while no build holds the lock, so a concurrent rebuild cannot hand us half a build. */
function copyBuild() {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST} missing: run npm run build:h5`)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-h5-'))
  execFileSync('flock', ['--shared', '--timeout', '600', BUILD_LOCK, 'cp', '-a', `${DIST}/.`, dir])
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8')
  const missing = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].filter((m) => !existsSync(path.join(dir, m[1])))
  if (missing.length) throw new Error(`copied build is inconsistent, missing ${missing.map((m) => m[1]).join(', ')}`)
  return dir
}

/**
 * Writes `.br` (quality 11) and `.gz` (level 9) beside every text file of 1 KiB or more.
 * sirv only serves precompressed files, it does not compress on the fly.
 */
function precompress(dir) {
  for (const name of readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, name)
    if (!/\.(?:js|css|html|json|svg)$/.test(file)) continue
    const data = readFileSync(file)
    if (data.length < 1024) continue
    writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }))
  }
}

/** Serves `dir` on a free loopback port; hashed assets are cached for a year, index.html is revalidated. */
function serve(dir) {
  const handler = sirv(dir, {
    single: true,
    gzip: true,
    brotli: true,
    etag: true,
    setHeaders: (res, pathname) =>
      res.setHeader(
        'Cache-Control',
        /\.[0-9a-f]{8}\.\w+$/.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  })
  const server = http.createServer(handler)
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) })
    })
  })
}

/** The host's benchmarkIndex now: Lighthouse's benchmark, three times in a fresh headless Chromium, the middle one. */
async function hostBenchmarkIndex() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) })
  try {
    const page = await browser.newPage()
    const values = []
    for (let i = 0; i < 3; i++) values.push(await page.evaluate(`(${pageFunctions.computeBenchmarkIndex})()`))
    return middle(values)
  } finally {
    await browser.close()
  }
}

/** The CPU slowdown that makes this host the target phone; never below 1 (a host slower than the phone). */
const cpuSlowdown = (benchmarkIndex) => Math.max(1, Math.round((benchmarkIndex / TARGET_BENCHMARK_INDEX) * 100) / 100)

/** One Lighthouse run in a fresh Chromium, as the Lighthouse CLI does, with the CPU slowdown calibrated just before. */
async function runOnce(url) {
  const multiplier = cpuSlowdown(await hostBenchmarkIndex())
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      throttling: { ...lighthouseConstants.throttling.mobileSlow4G, cpuSlowdownMultiplier: multiplier },
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`)
    return result.lhr
  } finally {
    chrome.kill()
  }
}

/** Bytes of the page's JS as sent over the wire and as decoded, from the network-requests audit. */
function jsBytes(lhr) {
  const items = lhr.audits['network-requests'].details?.items ?? []
  const js = items.filter((i) => i.resourceType === 'Script')
  return { transfer: js.reduce((n, i) => n + i.transferSize, 0), raw: js.reduce((n, i) => n + i.resourceSize, 0) }
}

const rows = []
/** The middle one of an odd number of values. */
const middle = (values) => [...values].sort((a, b) => a - b)[(values.length - 1) / 2]
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`)

let dir
let broken = false // the measurement itself failed: exit 1 even with --no-fail
try {
  dir = copyBuild()
  precompress(dir)
  const server = await serve(dir)
  try {
    for (const page of PAGES) {
      const url = `${server.url}#/${page.route}`
      const runs = []
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(url))
      const median = computeMedianRun(runs)
      const scoreOf = (lhr) => lhr.categories.performance.score
      const valuesOf = (audit) => runs.map((r) => r.audits[audit].numericValue)
      console.log(
        `${page.label}：得分 ${runs.map((r) => scoreOf(r).toFixed(2)).join(' / ')}，` +
          `LCP ${valuesOf('largest-contentful-paint').map(fmtMs).join(' / ')}，` +
          `TBT ${valuesOf('total-blocking-time').map(fmtMs).join(' / ')}，` +
          `benchmarkIndex ${runs.map((r) => Math.round(r.environment.benchmarkIndex)).join(' / ')}，` +
          `CPU 减速 ${runs.map((r) => `${r.configSettings.throttling.cpuSlowdownMultiplier}×`).join(' / ')}`,
      )
      const js = jsBytes(median)
      console.log(
        `  JS 传输 ${(js.transfer / 1024).toFixed(1)} KiB（解压后 ${(js.raw / 1024).toFixed(1)} KiB，brotli 预压缩）`,
      )
      for (const warning of median.runWarnings) console.log(`  ⚠ ${warning}`)

      const score = middle(runs.map(scoreOf))
      rows.push({
        what: `${page.label} 性能得分`,
        value: score.toFixed(2),
        budget: page.budgets.score === undefined ? '—' : `≥ ${page.budgets.score}`,
        ok: page.budgets.score === undefined || score >= page.budgets.score,
      })
      for (const metric of METRICS) {
        const value = middle(valuesOf(metric.audit))
        const budget = page.budgets[metric.key]
        rows.push({
          what: `${page.label} ${metric.label}`,
          value: metric.key === 'cls' ? value.toFixed(3) : fmtMs(value),
          budget: budget === undefined ? '—' : `≤ ${budget} ms`,
          ok: budget === undefined || value <= budget,
        })
      }

      if (args.report) {
        mkdirSync(args.report, { recursive: true })
        writeFileSync(path.join(args.report, `${page.key}.report.json`), JSON.stringify(median, null, 2))
        writeFileSync(path.join(args.report, `${page.key}.report.html`), ReportGenerator.generateReportHtml(median))
      }
    }
  } finally {
    await server.close()
  }
} catch (error) {
  console.error(`✗ ${error.message}`)
  broken = true
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true })
}

// Chinese characters take two columns in a terminal.
const width = (s) => [...s].reduce((n, c) => n + (/[\u3000-\uffff]/.test(c) ? 2 : 1), 0)
const padEnd = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)))
const padStart = (s, n) => ' '.repeat(Math.max(0, n - width(s))) + s
console.log(`\n${padEnd('项目', 38)}${padStart('大小', 10)}${padStart('预算', 12)}    结果`)
for (const r of rows)
  console.log(`${padEnd(r.what, 38)}${padStart(r.value, 10)}${padStart(r.budget, 12)}    ${r.ok ? 'OK' : '超出预算'}`)
if (args.report) console.log(`\n中位运行的报告：${path.resolve(args.report)}/{home,chart}.report.{json,html}`)
const overBudget = rows.some((r) => !r.ok)
console.log(broken || overBudget ? '\nLighthouse 检查未通过' : '\nLighthouse 检查通过')
process.exit(broken || (overBudget && !args['no-fail']) ? 1 : 0)
