import type { ChartOption } from '@/components/chart/types'
import type { Figure } from '@/services/feed/schema'
import { BRAND_RED, FILL_BLUE, FILL_GREEN } from '@/theme/tokens'
import { KIND_LABEL } from '@/domain/format'

export type ChartLook = { large?: boolean }

/**
 * One indicator across periods, as the series chart draws it. The scorecards' topic series
 * (src/features/scorecards/topic-series.ts) has this shape; the page hands it over, so this
 * feature needs no rule of another.
 */
export type ChartSeries = {
  label: string
  metric: Figure['metric']
  unit: string
  /** Oldest first, one bar or point each. */
  points: readonly Figure[]
}

const RED = BRAND_RED
/** The remainder of a share: a neutral that reads on light and dark cards alike. */
const GREY = '#8c8480'
const BLUE = FILL_BLUE

/** Chart text in CSS px: 12, and 18 in 关怀模式 (the smallest text the mode allows anywhere). */
const fontSize = ({ large }: ChartLook) => (large ? 18 : 12)

/**
 * The plot's width on the narrowest phone we lay out for (375 px, less the card's margins and
 * padding and the value axis): category labels are sized to share it.
 */
const NARROW_PLOT_WIDTH = 260

/**
 * A category axis whose every label is drawn (`interval: 0`; echarts' default skips labels that would
 * overlap), each wrapped to its share of the narrowest plot so neighbours never run into each other.
 * https://echarts.apache.org/en/option.html#xAxis.axisLabel.interval
 */
const allCategoryLabels = (count: number, look: ChartLook, maxWidth = Infinity) => ({
  interval: 0,
  fontSize: fontSize(look),
  width: Math.min(maxWidth, Math.floor(NARROW_PLOT_WIDTH / Math.max(count, 1))),
  overflow: 'break' as const,
})

function base(look: ChartLook): ChartOption {
  return {
    animation: false,
    // Text, axis, grid and tooltip colours come from the mode's palette (src/components/chart/chart-theme.ts).
    textStyle: { fontSize: fontSize(look) },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, textStyle: { fontSize: fontSize(look) } },
  }
}

/** Value label with the stage when it is not a final result, e.g. "331 预计". */
const pointLabel = (f: Figure) => (f.kind === 'actual' ? `${f.value}` : `${f.value} ${KIND_LABEL[f.kind]}`)

/** One indicator across years: bars for amounts and counts, a line for rates. */
export function seriesOption(series: ChartSeries, look: ChartLook = {}): ChartOption {
  const isRate = series.metric === 'growth' || series.metric === 'share'
  const years = series.points.map((p) => `${p.period}年`)
  const data = series.points.map((p) => ({
    value: p.value,
    label: { show: true, position: 'top' as const, formatter: pointLabel(p), fontSize: fontSize(look) },
    // Estimates are drawn hatched-light so the stage shows in shape, not only in words.
    itemStyle:
      p.kind === 'estimate'
        ? { color: '#e8a0a3', borderColor: RED, borderType: 'dashed' as const, borderWidth: 1 }
        : { color: RED },
  }))
  return {
    ...base(look),
    legend: { show: false },
    xAxis: { type: 'category', data: years, axisLabel: allCategoryLabels(years.length, look) },
    yAxis: {
      type: 'value',
      name: series.unit,
      nameTextStyle: { fontSize: fontSize(look) },
      axisLabel: { fontSize: fontSize(look) },
    },
    series: [
      isRate
        ? {
            type: 'line',
            name: series.label,
            data,
            symbolSize: look.large ? 12 : 8,
            lineStyle: { color: RED, width: 3 },
          }
        : { type: 'bar', name: series.label, data, barMaxWidth: 48 },
    ],
  }
}

export type TargetBar = { label: string; unit: string; target: Figure; result: Figure }

/** 2023 targets beside results, as paired bars; only rows that share a unit can share an axis. */
export function targetOption(rows: readonly TargetBar[], look: ChartLook = {}): ChartOption {
  const unit = rows[0]?.unit ?? ''
  return {
    ...base(look),
    legend: { top: 0, data: ['目标', '结果'], textStyle: { fontSize: fontSize(look) } },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: allCategoryLabels(rows.length, look, 64),
    },
    yAxis: { type: 'value', name: unit, axisLabel: { fontSize: fontSize(look) } },
    series: [
      {
        type: 'bar',
        name: '目标',
        data: rows.map((r) => r.target.value),
        itemStyle: { color: BLUE },
        label: { show: true, position: 'top', fontSize: fontSize(look) },
      },
      {
        type: 'bar',
        name: '结果',
        data: rows.map((r) => ({
          value: r.result.value,
          label: { show: true, position: 'top' as const, formatter: pointLabel(r.result), fontSize: fontSize(look) },
        })),
        itemStyle: { color: RED },
      },
    ],
  }
}

/** What a share's pie calls the part it was not given, worked out as the rest of 100%. */
export const SHARE_REST_LABEL = '其余（按100%推算）'

/** The rest of a share up to 100%, to two decimals. */
export const shareRest = (figure: Pick<Figure, 'value'>) => Math.round((100 - figure.value) * 100) / 100

/**
 * A share as a donut of the stated part and the remainder up to 100%; a share of 100% (or more) is
 * one whole ring, with no empty "其余 0%" beside it. The figure is written in the ring's centre and
 * each part, with its value, in a legend under the ring, so no label can fall on the legend.
 */
export function shareOption(figure: Figure, look: ChartLook = {}): ChartOption {
  const rest = Math.max(0, shareRest(figure))
  // Each part is named with its value, so the legend reads "服务业 55.25%" without a label on the ring.
  const named = (label: string, value: number) => `${label} ${value}%`
  return {
    ...base(look),
    tooltip: { trigger: 'item', confine: true, formatter: '{b}', textStyle: { fontSize: fontSize(look) } },
    legend: { bottom: 0, left: 'center', orient: 'vertical', textStyle: { fontSize: fontSize(look) } },
    series: [
      {
        type: 'pie',
        center: ['50%', '40%'],
        radius: ['38%', '62%'],
        labelLine: { show: false },
        data: [
          {
            name: named(figure.label, figure.value),
            value: figure.value,
            itemStyle: { color: RED },
            label: {
              show: true,
              position: 'center',
              formatter: '{c}%',
              fontSize: 1.5 * fontSize(look),
              fontWeight: 700,
            },
          },
          ...(rest > 0
            ? [{ name: named(SHARE_REST_LABEL, rest), value: rest, itemStyle: { color: GREY }, label: { show: false } }]
            : []),
        ],
      },
    ],
  }
}

export type StackRow = { name: string; done: number; inProgress: number; planned: number }

/** Counts per group stacked by status (已完成 / 推进中 / 计划), horizontal so names stay readable. */
export function statusStackOption(rows: readonly StackRow[], look: ChartLook = {}): ChartOption {
  const names = rows.map((r) => r.name)
  const bar = (name: string, color: string, pick: (r: StackRow) => number) => ({
    type: 'bar' as const,
    name,
    stack: 'status',
    data: rows.map(pick),
    itemStyle: { color },
    label: {
      show: true,
      fontSize: fontSize(look),
      formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? String(p.value) : ''),
    },
  })
  return {
    ...base(look),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    legend: { top: 0, textStyle: { fontSize: fontSize(look) } },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: fontSize(look) } },
    // Every name on its own row (the chart is as tall as chartHeight gives it): `interval: 0`.
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { interval: 0, fontSize: fontSize(look) } },
    series: [
      bar('已完成', FILL_GREEN, (r) => r.done),
      bar('推进中', '#b07d12', (r) => r.inProgress),
      bar('计划', BLUE, (r) => r.planned),
    ],
  }
}

/** A row per category of a horizontal bar chart: twice the label's size, so names and bar values fit. */
const rowHeight = (look: ChartLook) => 2 * fontSize(look)

/**
 * The chart's height in CSS px: 240 (320 in care mode), or for a horizontal bar chart (a category
 * y axis) enough for a row per category below the legend and above the value axis.
 */
export function chartHeight(option: ChartOption, look: ChartLook = {}): number {
  const base = look.large ? 320 : 240
  const yAxis = Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis
  const categories = yAxis?.type === 'category' && 'data' in yAxis && Array.isArray(yAxis.data) ? yAxis.data : []
  if (categories.length === 0) return base
  const grid = Array.isArray(option.grid) ? option.grid[0] : option.grid
  const chrome = Number(grid?.top ?? 60) + Number(grid?.bottom ?? 60) + 2 * fontSize(look)
  return Math.max(base, Math.ceil(chrome + categories.length * rowHeight(look)))
}
