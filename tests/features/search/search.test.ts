import { createFigureSearch } from '@/features/search/figure-search'
import { topicSeries } from '@/features/scorecards/topic-series'
import { countsLine, emptyTitle, otherExamples, totalOf } from '@/features/search/search-summary'
import { getBundledFeed } from '../../fixtures/bundled-feed'

const { figures } = getBundledFeed().feed
const search = createFigureSearch(figures)

test('the counts line names every kind in order, zeros included', () => {
  expect(countsLine({ news: 3, figures: 5, projects: 4 })).toBe('资讯 3 · 数字 5 · 民生实事 4')
  expect(countsLine({ news: 0, figures: 0, projects: 2 })).toBe('资讯 0 · 数字 0 · 民生实事 2')
  expect(totalOf({ news: 3, figures: 5, projects: 4 })).toBe(12)
})

test('an empty result names the filter it was searched in', () => {
  expect(emptyTitle('“学位”', '教育')).toBe('在「教育」里没有找到“学位”')
  expect(emptyTitle('“学位”')).toBe('没有找到“学位”')
  expect(emptyTitle('', '教育')).toBe('「教育」里还没有内容')
})

test('the words offered never include the word searched, nor one that holds it', () => {
  const examples = ['养老', 'GDP', '老旧小区', '就业']
  expect(otherExamples('养老', examples)).toEqual(['GDP', '老旧小区', '就业'])
  expect(otherExamples('gdp', examples)).not.toContain('GDP')
  expect(otherExamples('老旧', examples)).not.toContain('老旧小区')
  expect(otherExamples('养老院', examples)).not.toContain('养老')
})

test('a figure is found by its name, once per indicator, with its periods newest first and a link to its chart', () => {
  const gdp = search.search('地区生产总值')
  expect(gdp.length).toBeGreaterThan(0)
  expect(new Set(gdp.map((h) => h.key)).size).toBe(gdp.length)
  const level = gdp.find((h) => h.name === '地区生产总值' && h.region === '市中区')!
  expect(level.periods.length).toBeGreaterThan(1)
  expect(level.nameRanges).toEqual([[0, 5]])
  expect(level.url).toMatch(
    /^\/package-charts\/pages\/topic\/index\?topic=%E7%BB%8F%E6%B5%8E%E8%BF%90%E8%A1%8C&indicator=/,
  )
  expect(level.url).toContain('&period=')
})

test('a figure is found by its topic and by its period', () => {
  const byTopic = search.search('生态环境')
  expect(byTopic.length).toBeGreaterThan(0)
  expect(byTopic.every((h) => h.topic === '生态环境' || h.name.includes('生态环境'))).toBe(true)
  const byPeriod = search.search('前三季度')
  expect(byPeriod.length).toBeGreaterThan(0)
  expect(byPeriod.every((h) => h.periods.some((p) => p.includes('前三季度')))).toBe(true)
})

test('a figure is found by a synonym (老人 finds the 养老 figures), and an empty query finds none', () => {
  const care = search.search('养老').map((h) => h.key)
  expect(care.length).toBeGreaterThan(0)
  const old = search.search('老人').map((h) => h.key)
  for (const key of care) expect(old).toContain(key)
  expect(search.search('  ')).toEqual([])
})

test('a found figure links only to a topic page that shows its indicator; another region’s shows its value instead', () => {
  const hits = ['养老', '地区生产总值', '收入', '学校', '就业', '峄城区'].flatMap((q) => search.search(q))
  const elsewhere = hits.filter((h) => h.region !== '市中区')
  expect(elsewhere.length).toBeGreaterThan(0)
  for (const h of elsewhere) {
    expect(h.url).toBeUndefined()
    expect(h.charted).toBe(false)
    expect(h.value).toMatch(/\d/)
  }
  for (const h of hits.filter((x) => x.region === '市中区')) {
    const query = new URLSearchParams(h.url!.split('?')[1])
    const mine = topicSeries(figures, h.topic).filter(
      (s) => s.indicator === query.get('indicator') && s.metric === query.get('metric'),
    )
    expect(mine.length).toBeGreaterThan(0)
    // 看图表 exactly when the page draws it as a chart.
    if (h.charted) expect(mine.some((s) => s.points.length >= 2)).toBe(true)
    else expect(mine.every((s) => s.points.length < 2)).toBe(true)
  }
})
