/** @jest-environment node */
import {
  FOCUS_LABEL_BACKGROUND,
  FOCUS_MARK,
  seriesCard,
  shareCard,
  statusCard,
  targetsCard,
  type JudgedTarget,
} from '@/features/charts/chart-cards'
import { seriesOption, shareOption, statusStackOption, targetOption } from '@/features/charts/chart-options'
import { sourceTexts, unitText } from '@/domain/chart-caption'
import type { Source } from '@/services/feed/schema'
import { makeFigure } from '../scorecards/make-figure'

const source = (id: string, short: string): Source =>
  ({ id, short, title: `${short}报告`, outlet: '市中区人民政府', date: '2024-01-05' }) as Source
const sources = new Map([
  ['s1', source('s1', '政府工作报告')],
  ['s2', source('s2', '统计公报')],
])

test('a series card: the finding as its title, its unit, a table row per figure and each source once', () => {
  const rows = [
    makeFigure({ id: 'a', period: '2022', value: 300, kind: 'actual', sourceId: 's1' }),
    makeFigure({ id: 'b', period: '2023', value: 331, kind: 'estimate', bound: 'approx', sourceId: 's1' }),
    makeFigure({ id: 'c', period: '2023', value: 12, kind: 'target', bound: 'gte', sourceId: 's2' }),
  ]
  const series = { label: 'GDP', metric: rows[0].metric, unit: '亿元', points: rows.slice(0, 2), rows, title: '增长' }
  const card = seriesCard(series, 'topic-chart-0', sources, { large: true }, true)
  expect(card.caption.title).toBe('增长')
  expect(unitText(card.caption)).toBe('单位：亿元')
  expect(card.highlighted).toBe(true)
  expect(card.option).toEqual(seriesOption(series, { large: true }))
  expect(card.rows.map((r) => r.cells[1])).toEqual(['300', '约331', '≥12'])
  expect(card.rows.map((r) => r.cells[3])).toEqual(['政府工作报告', '政府工作报告', '统计公报'])
  expect(sourceTexts(card.caption)).toHaveLength(1)
  expect(sourceTexts(card.caption)[0]).toMatch(/^来源：/)
})

test('a targets card names each verdict in its title and table; no targets, no card', () => {
  const rows: JudgedTarget[] = [
    {
      label: '增速',
      unit: '%',
      target: makeFigure({ id: 't', period: '2023', value: 6, kind: 'target', sourceId: 's1' }),
      result: makeFigure({ id: 'r', period: '2023', value: 6.5, kind: 'estimate', sourceId: 's2' }),
      verdict: '预计达成',
    },
  ]
  const card = targetsCard(rows, 'targets', sources)!
  expect(card.caption.title).toBe('2023年目标与结果：增速预计达成')
  expect(card.option).toEqual(targetOption(rows))
  expect(card.rows[0].cells).toEqual(['增速', '6', `6.5（预计）`, '预计达成'])
  expect(card.caption.sources).toHaveLength(2)
  expect(targetsCard([], 'targets', sources)).toBeUndefined()
})

test('a share card: the part and the rest up to 100%, as the pie draws them', () => {
  const figure = makeFigure({ id: 'p', period: '2023', label: '服务业', value: 55.25, sourceId: 's1' })
  const card = shareCard(figure, 'share', sources)
  expect(card.caption.title).toBe('2023年服务业占55.25%')
  expect(card.rows.map((r) => r.cells)).toEqual([
    ['服务业', '55.25%'],
    ['其余（按100%推算）', '44.75%'],
  ])
  expect(card.option).toEqual(shareOption(figure))
})

test('a status card: one row per group with its total, unknown sources left out', () => {
  const rows = [{ name: '养老', total: 3, done: 1, inProgress: 1, planned: 1 }]
  const card = statusCard('标题', rows, ['s2', 's2', 'nope'], 'stats', sources)
  expect(card.rows).toEqual([{ key: '养老', cells: ['养老', '3', '1', '1', '1'] }])
  expect(unitText(card.caption)).toBe('单位：项')
  expect(card.caption.sources).toHaveLength(1)
  expect(JSON.stringify(card.option)).toBe(JSON.stringify(statusStackOption(rows)))
})

describe('a series card opened from a tapped figure', () => {
  const rows = [
    makeFigure({ id: 'a', period: '2022', value: 300, kind: 'actual', sourceId: 's1' }),
    makeFigure({ id: 'y', period: '2023-01/09', value: 257, kind: 'actual', sourceId: 's2' }),
    makeFigure({ id: 'b', period: '2023', value: 331, kind: 'estimate', sourceId: 's1' }),
  ]
  const series = { label: 'GDP', metric: rows[0].metric, unit: '亿元', points: [rows[0], rows[2]], rows, title: '增长' }
  type Point = { value: number; label: { backgroundColor?: string; fontWeight?: string }; itemStyle: object }
  const points = (card: ReturnType<typeof seriesCard>) =>
    (Array.isArray(card.option.series) ? card.option.series[0] : card.option.series)!.data as Point[]

  test('marks that period: a boxed label on its bar, ▶ before its table row, the card says which', () => {
    const card = seriesCard(series, 'c', sources, {}, false, { period: '2023' })
    expect(card.highlighted).toBe(true)
    expect(card.focusPeriod).toBe('2023')
    expect(card.linkedLabel).toBe('你点开的是2023年的数：图中框出，表中标▶')
    const [first, marked] = points(card)
    expect(marked.label).toMatchObject({ backgroundColor: FOCUS_LABEL_BACKGROUND, fontWeight: 'bold' })
    expect(marked.itemStyle).toMatchObject({ borderWidth: 3 })
    expect(marked.value).toBe(331)
    expect(first).toEqual((seriesOption(series).series as { data: Point[] }[])[0].data[0])
    expect(card.rows.map((r) => r.cells[0])).toEqual(['2022年', '2023年前三季度', `${FOCUS_MARK} 2023年`])
  })

  test('a period the chart does not draw is marked in the table and said so', () => {
    const card = seriesCard(series, 'c', sources, {}, false, { period: '2023-01/09' })
    expect(card.option).toEqual(seriesOption(series))
    expect(card.rows.map((r) => r.cells[0].startsWith(FOCUS_MARK))).toEqual([false, true, false])
    expect(card.linkedLabel).toMatch(/^你点开的是2023年前三季度的数：图中只画/)
  })

  test('a period the series lacks marks nothing', () => {
    const card = seriesCard(series, 'c', sources, {}, false, { period: '1999' })
    expect(card.highlighted).toBe(false)
    expect(card.focusPeriod).toBeUndefined()
    expect(card.option).toEqual(seriesOption(series))
  })
})
