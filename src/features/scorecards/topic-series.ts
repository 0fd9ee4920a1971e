import type { Figure, Topic } from '@/services/feed/schema'
import { formatPeriod, KIND_LABEL } from '@/domain/format'
import { figureName, figureValueText } from '@/domain/figure-words'
import { HOME_REGION } from '@/domain/region'
import { isYearPeriod, periodEnd } from '@/domain/period'
import { laterStage } from '@/domain/stage'
import { compareIso } from '@/utils/compare'

/** One indicator of one topic across periods: what a topic page charts and tabulates. */
export type TopicSeries = {
  key: string
  indicator: string
  label: string
  metric: Figure['metric']
  unit: string
  /** Single-year results (no targets), oldest first, one per year: what the chart draws. */
  points: Figure[]
  /** Every 市中区 figure of the indicator in this metric and unit, targets and spans included. */
  rows: Figure[]
}

/**
 * The series of a topic: 市中区 figures grouped by indicator, metric and unit. Only series with
 * results for at least two single years can be drawn as a line across years; the others still
 * appear as tables. Where two reports give the same year, the later-stage figure (actual over
 * estimate) is drawn and both stay in the table.
 */
export function topicSeries(figures: readonly Figure[], topic: Topic): TopicSeries[] {
  const groups = new Map<string, Figure[]>()
  for (const f of figures) {
    if (f.region !== HOME_REGION || f.topic !== topic) continue
    const key = `${f.indicator}|${f.metric}|${f.unit}`
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  return [...groups.entries()]
    .map(([key, rows]) => {
      const byYear = new Map<string, Figure>()
      for (const f of rows) {
        if (f.kind === 'target' || !isYearPeriod(f.period)) continue
        const seen = byYear.get(f.period)
        if (!seen || laterStage(f, seen)) byYear.set(f.period, f)
      }
      const points = [...byYear.values()].sort((a, b) => compareIso(a.period, b.period))
      const sorted = [...rows].sort((a, b) => compareIso(periodEnd(a.period), periodEnd(b.period)))
      return {
        key,
        indicator: rows[0].indicator,
        label: rows[0].label,
        metric: rows[0].metric,
        unit: rows[0].unit,
        points,
        rows: sorted,
      }
    })
    .sort((a, b) => b.points.length - a.points.length || b.rows.length - a.rows.length)
}

const stage = (f: Figure) => (f.kind === 'actual' ? '' : `（${KIND_LABEL[f.kind]}）`)
const valueOf = (f: Figure) => `${figureValueText(f)}${stage(f)}`

/**
 * A chart title that states the finding, e.g. "地区生产总值由2021年的280亿元（预计）增至2023年的331亿元（预计）";
 * a rate or share 升至/降至, and the same value at both ends "2022年和2023年均为6.5%".
 */
export function findingTitle(series: TopicSeries): string {
  const name = figureName(series)
  const { points } = series
  if (points.length < 2) {
    const last = series.rows[series.rows.length - 1]
    return `${name}：${formatPeriod(last.period)}${valueOf(last)}`
  }
  const first = points[0]
  const last = points[points.length - 1]
  if (last.value === first.value) {
    const years = `${formatPeriod(first.period).replace(/年$/, '')}年和${formatPeriod(last.period)}`
    return `${name}${years}均为${figureValueText(last)}${stage(first) === stage(last) ? stage(last) : ''}`
  }
  const rises = last.value > first.value
  const verb = series.metric === 'level' ? (rises ? '增至' : '降至') : rises ? '升至' : '降至'
  return `${name}由${formatPeriod(first.period)}的${valueOf(first)}${verb}${formatPeriod(last.period)}的${valueOf(last)}`
}
