/**
 * Writes a synthetic feed for scale tests: 10,000 news, 2,000 projects, 500 indicators with
 * 20-year series (10,000 figures), valid under the app's schema. Not committed (see .gitignore).
 * Usage: npx tsx scripts/perf/make-large-feed.ts [out=mock/large-feed.json]
 */
import { writeFileSync } from 'node:fs'
import type { Feed } from '../../src/services/feed/schema'
import { PROJECT_CATEGORIES, PROJECT_STATUSES, TOPICS } from '../../src/services/feed/vocabulary'

export const LARGE = { news: 10_000, projects: 2_000, indicators: 500, years: 20 }

/** Deterministic pseudo-random numbers, so every run measures the same feed. */
function rng(seed: number) {
  let s = seed
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}

const WORDS = [
  '养老',
  '长者食堂',
  '老旧小区',
  '物业',
  '学位',
  '道路',
  '管网',
  '就业',
  '公园',
  '产业',
  '项目',
  '创新',
  '外资',
  '税收',
  '医疗',
  '社区',
  '乡村',
  '安全',
]

export function makeLargeFeed(): Feed {
  const r = rng(42)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join('、') + '方面的工作继续推进。'
  const sources = [
    {
      id: 'src-synthetic',
      short: '合成数据',
      title: '合成测试数据',
      outlet: '性能测试',
      date: '2024-01-01',
      region: '市中区' as const,
      covers: '用于性能测试',
    },
  ]
  const figures: Feed['figures'] = []
  for (let i = 0; i < LARGE.indicators; i++) {
    for (let y = 0; y < LARGE.years; y++) {
      figures.push({
        id: `f-${i}-${2004 + y}`,
        indicator: `ind-${i}`,
        label: `指标${i}`,
        metric: 'level',
        value: Math.round(r() * 10000) / 10,
        unit: '亿元',
        period: String(2004 + y),
        kind: 'actual',
        region: '市中区',
        topic: pick(TOPICS),
        sourceId: 'src-synthetic',
      })
    }
  }
  const projects: Feed['projects'] = Array.from({ length: LARGE.projects }, (_, i) => ({
    id: `pj-syn-${i}`,
    title: `${pick(WORDS)}项目${i}`,
    category: pick(PROJECT_CATEGORIES),
    region: '市中区',
    period: String(2016 + (i % 8)),
    quantity: Math.round(r() * 500),
    unit: '处',
    status: pick(PROJECT_STATUSES),
    statusWords: '推进',
    summary: sentence(4),
    sourceId: 'src-synthetic',
    figureIds: [],
  }))
  const news: Feed['news'] = Array.from({ length: LARGE.news }, (_, i) => ({
    id: `news-syn-${i}`,
    title: `${pick(WORDS)}与${pick(WORDS)}：第${i}篇合成资讯`,
    summary: (sentence(8) + sentence(8) + sentence(8)).slice(0, 100),
    topic: pick(TOPICS),
    date: `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`,
    sourceIds: ['src-synthetic'],
    coverFigureId: figures[i % figures.length].id,
    sections: Array.from({ length: 3 }, (_, k) => ({ heading: `第${k + 1}节`, text: sentence(12), figureIds: [] })),
    projectIds: [],
  }))
  return {
    schemaVersion: 1,
    version: 1,
    dataAsOf: '2024-01',
    title: '合成大数据',
    sources,
    figures,
    scorecards: [],
    news,
    projects,
    notes: [],
  }
}

if (require.main === module) {
  const out = process.argv[2] ?? 'mock/large-feed.json'
  const feed = makeLargeFeed()
  writeFileSync(out, JSON.stringify(feed))
  console.log(`${out}: ${feed.news.length} news, ${feed.projects.length} projects, ${feed.figures.length} figures`)
}
