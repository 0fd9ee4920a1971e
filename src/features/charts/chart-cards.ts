/**
 * What a chart card shows, built from the data a page hands over: its caption (src/domain/
 * chart-caption.ts), its option and the table of the same numbers. The pages pick the data (a
 * topic's series from the scorecards, a region's projects); these builders turn it into cards.
 */
import { chartCaption, sourceLinesOf } from '@/domain/chart-caption'
import type { ChartOption } from '@/components/chart/types'
import type { Figure, Source } from '@/services/feed/schema'
import { BRAND_RED_DARK } from '@/theme/tokens'
import { formatNumber, formatPeriod, KIND_LABEL } from '@/domain/format'
import { shareSentence } from '@/domain/figure-words'
import {
  SHARE_REST_LABEL,
  seriesOption,
  shareOption,
  shareRest,
  statusStackOption,
  targetOption,
  type ChartLook,
  type ChartSeries,
  type StackRow,
  type TargetBar,
} from './chart-options'
import type { ChartCardModel } from './components/chart-card'

type Sources = ReadonlyMap<string, Source>

/** A figure's number as a table cell, with its bound: ≥12, 约3.5. */
export const figureCell = (f: Figure) =>
  `${f.bound === 'gte' ? '≥' : f.bound === 'approx' ? '约' : ''}${formatNumber(f.value)}`

/** A series with its finding in words and every figure of it for the table. */
export type TableSeries = ChartSeries & { title: string; rows: readonly Figure[] }

/** What marks the tapped figure's period: "▶" before its table row, a boxed label on its bar or point. */
export const FOCUS_MARK = '▶'
/** The box behind the marked point's label: the app's highlight (.hl in src/app.scss) with dark-red text. */
export const FOCUS_LABEL_BACKGROUND = '#fff1b8'
const FOCUS_LABEL_TEXT = BRAND_RED_DARK

/**
 * A series' point drawn as the marked one: its label boxed and bold, the bar outlined, the line's
 * point a larger diamond, so the mark shows in shape and words, not in colour alone.
 */
function markPoint(option: ChartOption, index: number): ChartOption {
  const [first, ...others] = Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
  if (!first || !Array.isArray(first.data)) return option
  const data = first.data.map((item, i) => {
    if (i !== index || item === null || typeof item !== 'object' || Array.isArray(item)) return item
    const point = item as { label?: object; itemStyle?: object }
    return {
      ...point,
      label: {
        ...point.label,
        show: true,
        fontWeight: 'bold' as const,
        color: FOCUS_LABEL_TEXT,
        backgroundColor: FOCUS_LABEL_BACKGROUND,
        borderColor: FOCUS_LABEL_TEXT,
        borderWidth: 1,
        borderRadius: 4,
        padding: [4, 6],
      },
      itemStyle: { ...point.itemStyle, borderColor: FOCUS_LABEL_TEXT, borderWidth: 3, borderType: 'solid' as const },
      ...(first.type === 'line' ? { symbol: 'diamond', symbolSize: 18 } : {}),
    }
  })
  return { ...option, series: [{ ...first, data } as typeof first, ...others] }
}

/** The period a tapped figure opened the chart at, and how the card says so. */
export type SeriesFocus = { period: string }

/** Says which figure was tapped, and where the chart and table mark it. */
function focusLabel(series: TableSeries, period: string, drawn: boolean): string {
  const marked = series.rows.filter((f) => f.period === period)
  const what = marked.every((f) => f.kind === 'target') ? '目标' : '数'
  const where = drawn ? `图中框出，表中标${FOCUS_MARK}` : `图中只画各年的实际数和预计数，见表中标${FOCUS_MARK}的一行`
  return `你点开的是${formatPeriod(period)}的${what}：${where}`
}

/**
 * One indicator across periods: the chart of its points, the table of all its figures. With a
 * focus (a figure tapped elsewhere in the app), that period's point and table rows are marked.
 */
export function seriesCard(
  series: TableSeries,
  id: string,
  sources: Sources,
  look: ChartLook = {},
  highlighted = false,
  focus?: SeriesFocus,
): ChartCardModel {
  const period = focus && series.rows.some((f) => f.period === focus.period) ? focus.period : undefined
  const pointIndex = period === undefined ? -1 : series.points.findIndex((p) => p.period === period)
  const option = seriesOption(series, look)
  return {
    id,
    caption: chartCaption({
      title: series.title,
      unit: series.unit,
      sources: sourceLinesOf(
        series.rows.map((f) => f.sourceId),
        sources,
      ),
    }),
    option: pointIndex >= 0 ? markPoint(option, pointIndex) : option,
    columns: ['时期', '数值', '性质', '来源'],
    rows: series.rows.map((f) => ({
      key: f.id,
      cells: [
        `${f.period === period ? `${FOCUS_MARK} ` : ''}${formatPeriod(f.period)}`,
        figureCell(f),
        KIND_LABEL[f.kind],
        sources.get(f.sourceId)?.short ?? '',
      ],
    })),
    highlighted: highlighted || period !== undefined,
    ...(period === undefined ? {} : { focusPeriod: period, linkedLabel: focusLabel(series, period, pointIndex >= 0) }),
  }
}

/** A target beside its result, with the verdict in words (目标 vs 结果 as the scorecards judge it). */
export type JudgedTarget = TargetBar & { verdict: string }

/** Percentage targets beside their results; undefined when there are none. */
export function targetsCard(
  rows: readonly JudgedTarget[],
  id: string,
  sources: Sources,
  look: ChartLook = {},
): ChartCardModel | undefined {
  if (rows.length === 0) return undefined
  const year = rows[0].target.period
  return {
    id,
    caption: chartCaption({
      title: `${year}年目标与结果：${rows.map((r) => `${r.label}${r.verdict}`).join('，')}`,
      unit: rows[0].unit,
      sources: sourceLinesOf(
        rows.flatMap((r) => [r.target.sourceId, r.result.sourceId]),
        sources,
      ),
    }),
    option: targetOption(rows, look),
    columns: ['指标', '目标', '结果', '判断'],
    rows: rows.map((r) => ({
      key: r.target.id,
      cells: [r.label, figureCell(r.target), `${figureCell(r.result)}（${KIND_LABEL[r.result.kind]}）`, r.verdict],
    })),
  }
}

/** A share of a whole: the pie of the part and the rest. */
export function shareCard(figure: Figure, id: string, sources: Sources, look: ChartLook = {}): ChartCardModel {
  const percent = (value: number) => `${formatNumber(value)}%`
  return {
    id,
    caption: chartCaption({
      title: `${formatPeriod(figure.period)}${shareSentence({ ...figure, unit: '%' })}`,
      unit: '%',
      sources: sourceLinesOf([figure.sourceId], sources),
    }),
    option: shareOption(figure, look),
    columns: ['项目', '占比'],
    rows: [
      { key: 'part', cells: [figure.label, percent(figure.value)] },
      // A share of 100% has no rest: no "其余 0%" row, as no such slice (shareOption).
      ...(shareRest(figure) > 0 ? [{ key: 'rest', cells: [SHARE_REST_LABEL, percent(shareRest(figure))] }] : []),
    ],
  }
}

/** Counts per group by status, with each group's total in the table. */
export function statusCard(
  title: string,
  rows: readonly (StackRow & { total: number })[],
  sourceIds: Iterable<string>,
  id: string,
  sources: Sources,
  look: ChartLook = {},
): ChartCardModel {
  return {
    id,
    caption: chartCaption({ title, unit: '项', sources: sourceLinesOf(sourceIds, sources) }),
    option: statusStackOption(rows, look),
    columns: ['类别', '合计', '已完成', '推进中', '计划'],
    rows: rows.map((r) => ({
      key: r.name,
      cells: [r.name, String(r.total), String(r.done), String(r.inProgress), String(r.planned)],
    })),
  }
}
