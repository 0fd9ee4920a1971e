/** @jest-environment node */
import {
  chartHeight,
  seriesOption,
  shareOption,
  statusStackOption,
  targetOption,
} from '@/features/charts/chart-options'
import { categoryStats } from '@/features/projects/project-stats'
import type { ChartOption } from '@/components/chart/types'
import { PROJECT_CATEGORIES } from '@/services/feed/vocabulary'
import { periodEnd } from '@/domain/period'
import { findingTitle, topicSeries } from '@/features/scorecards/topic-series'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import type { Figure } from '@/services/feed/schema'
import { makeFigure } from '../scorecards/make-figure'

const { figures } = getBundledFeed().feed

/** A figure of an indicator named 指标, as small test series use it. */
const figure = (over: Partial<Figure>): Figure => makeFigure({ indicator: 'x', label: '指标', value: 1, ...over })

type AnySeries = { type: string; data: ({ value: number } | number)[] }
const seriesOf = (option: object) => (option as { series: AnySeries[] }).series
const values = (s: AnySeries) => s.data.map((d) => (typeof d === 'number' ? d : d.value))

describe('topic series', () => {
  const economy = topicSeries(figures, '经济运行')
  const gdp = economy.find((s) => s.indicator === 'gdp' && s.metric === 'level')!

  test('charts GDP across single years only, oldest first, one point a year', () => {
    expect(gdp.points.map((p) => [p.period, p.value, p.kind])).toEqual([
      ['2021', 280, 'estimate'],
      ['2022', 311.7, 'actual'],
      ['2023', 331, 'estimate'],
    ])
  })

  test('keeps year-to-date points, spans and targets in the table, ordered by the end of their period', () => {
    const periods = gdp.rows.map((r) => r.period)
    expect(periods).toEqual([...periods].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b))))
    expect(periods).toContain('2023-01/09')
    expect(gdp.rows.some((r) => r.kind === 'target')).toBe(true)
    expect(gdp.rows.length).toBeGreaterThan(gdp.points.length)
  })

  test('never mixes 峄城区 figures into a 市中区 series', () => {
    for (const topic of ['经济运行', '产业', '民生', '城乡建设'] as const) {
      for (const s of topicSeries(figures, topic)) expect(s.rows.every((r) => r.region === '市中区')).toBe(true)
    }
  })

  test('prefers an actual over an estimate when two reports give the same year', () => {
    const series = topicSeries(
      [
        figure({ id: 'a', kind: 'estimate', value: 10 }),
        figure({ id: 'b', kind: 'actual', value: 11 }),
        figure({ id: 'c', period: '2022', value: 9 }),
      ],
      '经济运行',
    )[0]
    expect(series.points.map((p) => p.id)).toEqual(['c', 'b'])
    expect(series.rows).toHaveLength(3)
  })

  test('states the finding with the stage of each end point', () => {
    expect(findingTitle(gdp)).toBe('地区生产总值由2021年的280亿元（预计）增至2023年的331亿元（预计）')
    const falling = topicSeries(
      [figure({ id: 'a', period: '2022', value: 58, unit: '家' }), figure({ id: 'b', value: 53, unit: '家' })],
      '经济运行',
    )[0]
    expect(findingTitle(falling)).toBe('指标由2022年的58家降至2023年的53家')
  })

  test('periodEnd sorts months before their whole year and spans with their last year', () => {
    expect(periodEnd('2023-01/09') < periodEnd('2023')).toBe(true)
    expect(periodEnd('2016/2021') < periodEnd('2022')).toBe(true)
    expect(periodEnd('2021') < periodEnd('2016/2021')).toBe(false)
  })
})

describe('option builders', () => {
  const gdp = topicSeries(figures, '经济运行').find((s) => s.indicator === 'gdp' && s.metric === 'level')!
  const gdpGrowth = topicSeries(figures, '经济运行').find((s) => s.indicator === 'gdp' && s.metric === 'growth')!

  test('draws amounts as bars with exactly the series values, and rates as a line', () => {
    const bars = seriesOf(seriesOption(gdp))
    expect(bars[0].type).toBe('bar')
    expect(values(bars[0])).toEqual([280, 311.7, 331])
    expect(seriesOf(seriesOption(gdpGrowth))[0].type).toBe('line')
  })

  test('labels an estimate point with its stage', () => {
    const data = seriesOf(seriesOption(gdp))[0].data as unknown as { label: { formatter: string } }[]
    expect(data.map((d) => d.label.formatter)).toEqual(['280 预计', '311.7', '331 预计'])
  })

  test('care mode gets larger labels', () => {
    const small = seriesOption(gdp) as { textStyle: { fontSize: number } }
    const large = seriesOption(gdp, { large: true }) as { textStyle: { fontSize: number } }
    expect(large.textStyle.fontSize).toBeGreaterThanOrEqual(16)
    expect(large.textStyle.fontSize).toBeGreaterThan(small.textStyle.fontSize)
  })

  test('puts each target beside its result', () => {
    const target = figure({ id: 't', kind: 'target', value: 12, unit: '%', bound: 'approx', label: '固定资产投资' })
    const result = figure({ id: 'r', value: 7.2, unit: '%', label: '固定资产投资' })
    const [t, r] = seriesOf(targetOption([{ label: '固定资产投资', unit: '%', target, result }]))
    expect(values(t)).toEqual([12])
    expect(values(r)).toEqual([7.2])
  })

  test('a share pie adds up to 100 with the remainder named as derived', () => {
    const [pie] = seriesOf(
      shareOption(figure({ metric: 'share', value: 80.6, unit: '%', label: '民生支出占比' })),
    ) as unknown as {
      data: { name: string; value: number }[]
    }[]
    expect(pie.data.map((d) => d.value)).toEqual([80.6, 19.4])
    expect(pie.data[1].name).toContain('推算')
  })

  test('the status stack has one bar per status with the given counts', () => {
    const s = seriesOf(statusStackOption([{ name: '养老', done: 3, inProgress: 1, planned: 1 }]))
    expect(s.map((x) => values(x)[0])).toEqual([3, 1, 1])
  })

  test('every option is plain data that survives JSON except label formatters', () => {
    expect(() => JSON.stringify(seriesOption(gdp))).not.toThrow()
  })
})

describe('every category label shows', () => {
  type Axis = { type?: string; data?: unknown[]; axisLabel?: { interval?: unknown; width?: number } }
  const axes = (axis: unknown): Axis[] => (axis === undefined ? [] : Array.isArray(axis) ? axis : [axis as Axis])
  /** The category axes of an option, x and y. */
  const categoryAxes = (option: ChartOption) =>
    [...axes(option.xAxis), ...axes(option.yAxis)].filter((a) => a.type === 'category')

  const economy = topicSeries(figures, '经济运行')
  const stackRows = categoryStats(getBundledFeed().feed.projects.filter((p) => p.region === '市中区')).map((r) => ({
    name: r.category,
    done: r.done,
    inProgress: r.inProgress,
    planned: r.planned,
  }))
  const target = figure({ id: 't', kind: 'target', value: 12, unit: '%', label: '固定资产投资' })
  const result = figure({ id: 'r', value: 7.2, unit: '%', label: '固定资产投资' })
  const targetRows = ['固定资产投资', '地区生产总值', '一般公共预算收入', '社会消费品零售总额', '规上工业增加值'].map(
    (label) => ({ label, unit: '%', target, result }),
  )
  const options: [string, ChartOption][] = [
    ...economy.map((s): [string, ChartOption] => [`series ${s.label}`, seriesOption(s)]),
    ...economy.map((s): [string, ChartOption] => [`series ${s.label}, care mode`, seriesOption(s, { large: true })]),
    ['targets', targetOption(targetRows)],
    ['targets, care mode', targetOption(targetRows, { large: true })],
    ['分类统计图', statusStackOption(stackRows)],
    ['分类统计图, care mode', statusStackOption(stackRows, { large: true })],
  ]

  test.each(options)('%s: no category label is skipped (interval 0)', (_, option) => {
    const category = categoryAxes(option)
    expect(category.length).toBeGreaterThan(0)
    for (const axis of category) expect(axis.axisLabel?.interval).toBe(0)
  })

  test('wrapped labels of a bottom axis share the narrowest plot instead of running into each other', () => {
    for (const [, option] of options) {
      for (const axis of axes(option.xAxis).filter((a) => a.type === 'category')) {
        const width = axis.axisLabel?.width ?? 0
        expect(width).toBeGreaterThan(0)
        expect(width * (axis.data?.length ?? 0)).toBeLessThanOrEqual(260)
      }
    }
  })

  test('the 分类统计图 is tall enough for a row per category (all twelve), more in care mode', () => {
    const everyCategory = PROJECT_CATEGORIES.map((name) => ({ name, done: 1, inProgress: 1, planned: 1 }))
    expect(everyCategory).toHaveLength(12)
    const normal = chartHeight(statusStackOption(everyCategory))
    const care = chartHeight(statusStackOption(everyCategory, { large: true }), { large: true })
    expect(normal).toBeGreaterThanOrEqual(12 * 24)
    expect(care).toBeGreaterThanOrEqual(12 * 32)
    expect(care).toBeGreaterThan(normal)
    // Charts along a category x axis keep the usual height.
    expect(chartHeight(seriesOption(economy[0]))).toBe(240)
    expect(chartHeight(seriesOption(economy[0], { large: true }), { large: true })).toBe(320)
    // Two categories are no reason for a short chart.
    expect(chartHeight(statusStackOption(stackRows.slice(0, 2)))).toBe(240)
  })
})
