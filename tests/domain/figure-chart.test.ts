/** @jest-environment node */
import { chartedSeries, figureChartUrl, seriesKeyOf } from '@/domain/figure-chart'
import { topicSeries } from '@/features/scorecards/topic-series'
import { TOPICS } from '@/services/feed/vocabulary'
import { makeFigure } from '../features/scorecards/make-figure'
import { getBundledFeed } from '../fixtures/bundled-feed'

const { feed } = getBundledFeed()

test('a figure has a chart exactly when the topic page draws its series', () => {
  // The topic page's own rule (topicSeries: two single-year results or more) and the links' rule agree.
  const drawn = new Set(
    TOPICS.flatMap((topic) =>
      topicSeries(feed.figures, topic).flatMap((s) => (s.points.length >= 2 ? [`${topic}|${s.key}`] : [])),
    ),
  )
  expect(chartedSeries(feed.figures)).toEqual(drawn)
  for (const f of feed.figures) {
    const url = figureChartUrl(f, feed.figures)
    expect(url !== undefined).toBe(f.region === '市中区' && drawn.has(seriesKeyOf(f)))
  }
  // Many figures are links, and many are not (one period only, or another district).
  const linked = feed.figures.filter((f) => figureChartUrl(f, feed.figures))
  expect(linked.length).toBeGreaterThan(50)
  expect(linked.length).toBeLessThan(feed.figures.length)
})

test('the link names the topic, indicator, period and metric of the figure', () => {
  const figures = [
    makeFigure({ period: '2022', value: 300 }),
    makeFigure({ period: '2023', value: 331, kind: 'estimate' }),
    makeFigure({ period: '2023-01/09', value: 257 }),
    makeFigure({ period: '2026', value: 380, kind: 'target' }),
    makeFigure({ metric: 'growth', unit: '%', period: '2023', value: 6.5 }),
    makeFigure({ region: '峄城区', period: '2023' }),
  ]
  const [y2022, , ytd, target, growth, yicheng] = figures
  const gdp = `/package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}&indicator=gdp`
  expect(figureChartUrl(y2022, figures)).toBe(`${gdp}&period=2022&metric=level`)
  // A figure the chart does not draw as a point (part of a year, a target) still opens its chart, marked in the table.
  expect(figureChartUrl(ytd, figures)).toBe(`${gdp}&period=2023-01%2F09&metric=level`)
  expect(figureChartUrl(target, figures)).toBe(`${gdp}&period=2026&metric=level`)
  // Growth given for one year only: no chart, so no link.
  expect(figureChartUrl(growth, figures)).toBeUndefined()
  // Another district's figures are never charted on the topic pages.
  expect(figureChartUrl(yicheng, figures)).toBeUndefined()
})

test('two results of the same year are not a chart; targets do not count as points', () => {
  const figures = [
    makeFigure({ period: '2023', kind: 'estimate' }),
    makeFigure({ period: '2023', kind: 'actual' }),
    makeFigure({ period: '2024', kind: 'target' }),
  ]
  for (const f of figures) expect(figureChartUrl(f, figures)).toBeUndefined()
})
