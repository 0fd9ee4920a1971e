/**
 * @jest-environment node
 *
 * The option builders' charts drawn by echarts on a Node canvas (@napi-rs/canvas) at a 375 px phone's
 * chart width: every category label is drawn, and the 分类统计图's twelve names do not overlap.
 * echarts hides labels that it finds overlapping unless told otherwise; this is what a reader sees.
 */
import { createCanvas } from '@napi-rs/canvas'
import * as echarts from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import type { ChartOption } from '@/components/chart/types'
import { categoryStats } from '@/features/projects/project-stats'
import {
  chartHeight,
  seriesOption,
  statusStackOption,
  targetOption,
  type ChartLook,
} from '@/features/charts/chart-options'
import { topicSeries } from '@/features/scorecards/topic-series'
import { PROJECT_CATEGORIES } from '@/services/feed/vocabulary'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import { makeFigure } from '../scorecards/make-figure'

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])
echarts.setPlatformAPI({ createCanvas: () => createCanvas(300, 150) as unknown as HTMLCanvasElement })

/** A chart card's drawing width on a 375 px phone: the screen less the card's margins and padding. */
const CHART_WIDTH = 375 - 2 * 12 - 2 * 14

type DrawnText = { text: string; x: number; y: number }

/** Draws `option` as ChartCard sizes it and returns every text echarts filled, at its position. */
function drawnTexts(option: ChartOption, look: ChartLook): DrawnText[] {
  const height = chartHeight(option, look)
  const canvas = createCanvas(CHART_WIDTH, height)
  const ctx = canvas.getContext('2d')
  const texts: DrawnText[] = []
  const fill = ctx.fillText.bind(ctx)
  ctx.fillText = (text: string, x: number, y: number) => {
    const m = ctx.getTransform()
    texts.push({ text, x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f })
    fill(text, x, y)
  }
  const chart = echarts.init(canvas as unknown as HTMLCanvasElement, undefined, {
    width: CHART_WIDTH,
    height,
    devicePixelRatio: 1,
  })
  chart.setOption(option)
  chart.getZr().flush()
  chart.dispose()
  return texts
}

const looks: [string, ChartLook][] = [
  ['', {}],
  [' in care mode', { large: true }],
]

const { figures, projects } = getBundledFeed().feed

const stackRows = categoryStats(projects.filter((p) => p.region === '市中区')).map((r) => ({
  name: r.category as string,
  done: r.done,
  inProgress: r.inProgress,
  planned: r.planned,
}))
/** Every category the schema knows (twelve), as a region with projects in all of them would show. */
const everyCategory = PROJECT_CATEGORIES.map((name, i) => ({ name, done: 1 + (i % 4), inProgress: i % 3, planned: 1 }))

describe.each([
  ['分类统计图 of 市中区', stackRows, {}],
  ['分类统计图 of 市中区 in care mode', stackRows, { large: true }],
  ['分类统计图 with all twelve categories', everyCategory, {}],
  ['分类统计图 with all twelve categories in care mode', everyCategory, { large: true }],
] as const)('%s', (_, rows, look: ChartLook) => {
  const names = rows.map((r) => r.name)
  const option = statusStackOption(rows, look)
  const labels = () => drawnTexts(option, look).filter((t) => (names as string[]).includes(t.text))

  test('names every category, each once', () => {
    expect(names.length).toBeGreaterThan(8)
    expect(labels().map((t) => t.text)).toEqual(names)
  })

  test('its category names stand on rows of their own, inside the chart', () => {
    const size = look.large ? 16 : 12
    const drawn = labels()
    for (let i = 1; i < drawn.length; i++) expect(drawn[i].y - drawn[i - 1].y).toBeGreaterThanOrEqual(size * 1.5)
    for (const t of drawn) expect(t.x).toBeGreaterThanOrEqual(0)
  })
})

describe.each(looks)('charts along a category x axis%s', (_, look) => {
  test('label every year of the GDP chart', () => {
    const gdp = topicSeries(figures, '经济运行').find((s) => s.indicator === 'gdp' && s.metric === 'level')!
    const years = gdp.points.map((p) => `${p.period}年`)
    const drawn = drawnTexts(seriesOption(gdp, look), look).map((t) => t.text)
    for (const year of years) expect(drawn).toContain(year)
  })

  test('label every indicator of a five-row target chart, wrapping long names', () => {
    const labels = ['固定资产投资', '地区生产总值', '一般公共预算收入', '社会消费品零售总额', '规上工业增加值']
    const target = makeFigure({ id: 't', kind: 'target', value: 12, unit: '%' })
    const result = makeFigure({ id: 'r', value: 7.2, unit: '%' })
    const option = targetOption(
      labels.map((label) => ({ label, unit: '%', target, result })),
      look,
    )
    // A wrapped label is drawn a line at a time; the lines of each label, joined, give it back.
    const drawn = drawnTexts(option, look)
      .map((t) => t.text)
      .join('')
    for (const label of labels) expect(drawn).toContain(label)
  })
})
