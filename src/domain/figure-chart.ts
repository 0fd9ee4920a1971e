/**
 * Which figures have a chart, and the link that opens it. The topic page (package-charts) draws one
 * chart per series of a topic: 市中区 figures of one indicator, metric and unit that give results for
 * at least two single years (src/features/scorecards/topic-series.ts builds them; its test holds
 * the two rules together). A figure of such a series, of any stage or period, opens that chart with
 * its period marked; any other figure has no chart and is not offered as a link.
 */
import type { Figure } from '@/services/feed/schema'
import { isYearPeriod } from './period'
import { HOME_REGION } from './region'
import { topicUrl } from './routes'

type ChartFigure = Pick<Figure, 'topic' | 'indicator' | 'metric' | 'unit' | 'region' | 'kind' | 'period'>

/** The series a figure belongs to on its topic page. */
export const seriesKeyOf = (f: ChartFigure) => `${f.topic}|${f.indicator}|${f.metric}|${f.unit}`

const charted = new WeakMap<readonly ChartFigure[], ReadonlySet<string>>()

/** The series that the topic pages draw as charts (two single-year results or more), worked out once per feed. */
export function chartedSeries(figures: readonly ChartFigure[]): ReadonlySet<string> {
  const known = charted.get(figures)
  if (known) return known
  const years = new Map<string, Set<string>>()
  for (const f of figures) {
    if (f.region !== HOME_REGION || f.kind === 'target' || !isYearPeriod(f.period)) continue
    const key = seriesKeyOf(f)
    years.set(key, (years.get(key) ?? new Set()).add(f.period))
  }
  const keys = new Set([...years].flatMap(([key, periods]) => (periods.size >= 2 ? [key] : [])))
  charted.set(figures, keys)
  return keys
}

/** The link to a figure's chart with its period marked, or undefined when the figure has no chart. */
export function figureChartUrl(figure: ChartFigure, figures: readonly ChartFigure[]): string | undefined {
  if (figure.region !== HOME_REGION || !chartedSeries(figures).has(seriesKeyOf(figure))) return undefined
  return topicUrl(figure.topic, figure.indicator, { period: figure.period, metric: figure.metric })
}
