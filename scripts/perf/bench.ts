/**
 * Scale benchmarks on the synthetic feed (10,000 news, 2,000 projects, 10,000 figures): how long
 * the loader takes per 1,000 items and how long a search takes per query. Prints a table with the
 * budgets of scripts/perf/budgets.json and exits 1 when one is exceeded.
 * Usage: npm run bench
 */
import { performance } from 'node:perf_hooks'
import { createNewsSearch } from '../../src/features/news/news-search'
import { createProjectSearch } from '../../src/features/projects/project-search'
import { loadFeed } from '../../src/services/feed/load'
import budgets from './budgets.json'
import { makeLargeFeed } from './make-large-feed'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]

function time(fn: () => unknown): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}

const raw = JSON.parse(JSON.stringify(makeLargeFeed())) as unknown
const items = (f: { news: unknown[]; projects: unknown[]; figures: unknown[] }) =>
  f.news.length + f.projects.length + f.figures.length

// Loader: median of 5 runs after a warm-up.
let loaded = loadFeed(raw)
const loadRuns = Array.from({ length: 5 }, () => time(() => (loaded = loadFeed(raw))))
if (loaded.issues.length > 0) throw new Error(`synthetic feed has ${loaded.issues.length} issues`)
const perThousand = median(loadRuns) / (items(loaded.feed) / 1000)

// Search: every query once to warm up, then 5 rounds.
const QUERIES = [
  '养老',
  '长者食堂',
  '老旧小区 物业',
  '第9999篇',
  '道路',
  '不存在的词语',
  '学位',
  '产业 创新',
  '管网',
  '安全',
]
const news = createNewsSearch(loaded.feed.news)
const projects = createProjectSearch(loaded.feed.projects)
const measure = (search: (q: string) => unknown) => {
  QUERIES.forEach((q) => search(q))
  return Array.from({ length: 5 }, () => QUERIES.map((q) => time(() => search(q)))).flat()
}
const newsTimes = measure((q) => news.search(q))
const projectTimes = measure((q) => projects.search(q))

const rows: [string, number, number][] = [
  ['加载校验（每 1,000 条）', perThousand, budgets.loaderMsPer1000Items],
  ['资讯搜索 p95（10,000 条）', p95(newsTimes), budgets.searchMsPerQuery],
  ['民生实事搜索 p95（2,000 条）', p95(projectTimes), budgets.searchMsPerQuery],
]
console.log(
  `合成数据：${loaded.feed.news.length} 条资讯、${loaded.feed.projects.length} 项民生实事、${loaded.feed.figures.length} 个数字`,
)
console.log(`加载校验全部 ${items(loaded.feed)} 条：中位数 ${median(loadRuns).toFixed(0)} ms`)
console.log(
  `资讯搜索中位数 ${median(newsTimes).toFixed(1)} ms，民生实事搜索中位数 ${median(projectTimes).toFixed(1)} ms\n`,
)
console.log('项目                              实测 (ms)    预算 (ms)   结果')
let failed = false
for (const [what, value, budget] of rows) {
  const ok = value <= budget
  failed ||= !ok
  console.log(
    `${what.padEnd(28)}${value.toFixed(1).padStart(10)}${String(budget).padStart(12)}   ${ok ? 'OK' : '超出预算'}`,
  )
}
console.log(failed ? '\n性能检查未通过' : '\n性能检查通过')
process.exit(failed ? 1 : 0)
