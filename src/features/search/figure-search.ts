import type { Figure } from '@/services/feed/schema'
import { synonymsOf } from '@/services/feed/synonyms'
import { figureChartUrl, seriesKeyOf } from '@/domain/figure-chart'
import { figureName } from '@/domain/figure-words'
import { formatPeriod, formatValue } from '@/domain/format'
import { HOME_REGION } from '@/domain/region'
import { topicUrl } from '@/domain/routes'
import { createTextSearch, highlightTerms, occurrences, type Range } from '@/utils/search'

/**
 * One indicator as a search result: the figures of one indicator, metric and unit in one region,
 * found by the indicator's name, its topic or one of its periods. A search for 地区生产总值 lists
 * it once, not once per year.
 */
export type FigureHit = {
  key: string
  name: string
  nameRanges: Range[]
  topic: Figure['topic']
  region: Figure['region']
  /** Its periods in words, newest first (2023年, 2023年前三季度, 2022年 …). */
  periods: string[]
  /** The newest figure's value with its unit (331亿元, ≥550亿元). */
  value: string
  /**
   * Its topic page at this indicator, newest period marked: a chart, or its figures as a table when
   * it has one period only. Undefined for another region's figures, which the topic pages (市中区
   * series only) do not show.
   */
  url?: string
  /** Whether that page draws it as a chart (two single years or more: src/domain/figure-chart.ts). */
  charted: boolean
}

type Series = { key: string; name: string; figures: Figure[] }

const seriesKey = (f: Figure) => `${f.region}|${seriesKeyOf(f)}`

/** The feed's figures grouped into series, in the feed's order of their first figure. */
function seriesOf(figures: readonly Figure[]): Series[] {
  const byKey = new Map<string, Series>()
  for (const f of figures) {
    const key = seriesKey(f)
    const s = byKey.get(key)
    if (s) s.figures.push(f)
    else byKey.set(key, { key, name: figureName(f), figures: [f] })
  }
  return [...byKey.values()]
}

const newestFirst = (a: Figure, b: Figure) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0)

/** Builds a searcher over the figures once; `search` returns one hit per series, [] for an empty query. */
export function createFigureSearch(figures: readonly Figure[]) {
  const series = seriesOf(figures)
  const find = createTextSearch(
    series,
    [
      { weight: 3, texts: (s) => [s.name, ...s.figures.map((f) => f.label)] },
      { weight: 2, texts: (s) => [s.figures[0].topic] },
      { weight: 1, texts: (s) => s.figures.flatMap((f) => [f.period, formatPeriod(f.period), f.region, f.note ?? '']) },
    ],
    synonymsOf,
  )
  return {
    search(query: string): FigureHit[] {
      const found = find(query)
      if (!found) return []
      const terms = highlightTerms(query, synonymsOf)
      return found.map((s) => {
        const sorted = [...s.figures].sort(newestFirst)
        const newest = sorted[0]
        return {
          key: s.key,
          name: s.name,
          nameRanges: occurrences(s.name, terms),
          topic: newest.topic,
          region: newest.region,
          periods: [...new Set(sorted.map((f) => formatPeriod(f.period)))],
          value: `${formatValue(newest)}${newest.unit}`,
          url:
            newest.region === HOME_REGION
              ? topicUrl(newest.topic, newest.indicator, { period: newest.period, metric: newest.metric })
              : undefined,
          charted: figureChartUrl(newest, figures) !== undefined,
        }
      })
    },
  }
}
