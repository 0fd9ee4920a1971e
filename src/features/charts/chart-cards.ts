/**
 * What a chart card shows, built from the data a page hands over: its caption (src/domain/
 * chart-caption.ts), its option and the table of the same numbers. The pages pick the data (a
 * topic's series from the scorecards, a region's projects); these builders turn it into cards.
 */
import { chartCaption, sourceLinesOf } from '@/domain/chart-caption'
import type { Figure, Source } from '@/services/feed/schema'
import { formatNumber, formatPeriod, KIND_LABEL } from '@/domain/format'
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

/** One indicator across periods: the chart of its points, the table of all its figures. */
export function seriesCard(
  series: TableSeries,
  id: string,
  sources: Sources,
  look: ChartLook = {},
  highlighted = false,
): ChartCardModel {
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
    option: seriesOption(series, look),
    columns: ['时期', '数值', '性质', '来源'],
    rows: series.rows.map((f) => ({
      key: f.id,
      cells: [formatPeriod(f.period), figureCell(f), KIND_LABEL[f.kind], sources.get(f.sourceId)?.short ?? ''],
    })),
    highlighted,
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
      title: `${formatPeriod(figure.period)}${figure.label}占${percent(figure.value)}`,
      unit: '%',
      sources: sourceLinesOf([figure.sourceId], sources),
    }),
    option: shareOption(figure, look),
    columns: ['项目', '占比'],
    rows: [
      { key: 'part', cells: [figure.label, percent(figure.value)] },
      { key: 'rest', cells: [SHARE_REST_LABEL, percent(shareRest(figure))] },
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
