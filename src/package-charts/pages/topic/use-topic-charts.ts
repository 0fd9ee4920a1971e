import { useEffect, useMemo } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { HOME_REGION } from '@/domain/region'
import { seriesCard, shareCard, targetsCard, type JudgedTarget } from '@/features/charts/chart-cards'
import type { ChartCardModel } from '@/features/charts/components/chart-card'
import { targetVsActual, verdictWords } from '@/features/scorecards/target-check'
import { findingTitle, topicSeries, type TopicSeries } from '@/features/scorecards/topic-series'
import { indicatorShareItem, topicShareItem, type ShareItem } from '@/features/share/share-item'
import type { Figure, Topic } from '@/services/feed/schema'
import { TOPICS } from '@/services/feed/vocabulary'
import { useAppStore } from '@/store'
import { useSources } from '@/store/feed-lookups'
import { safeDecode } from '@/utils/query'

export type TopicCharts = {
  /** False for a link to a topic the feed does not know: the page says so. */
  known: boolean
  topic: Topic
  /** The indicator a shared link names ('' for none), and whether the topic has it. */
  indicator: string
  indicatorFound: boolean
  /** The period a tapped figure names ('' for none): marked in its chart and table. */
  period: string
  /** How many indicators the topic has, charted or not. */
  indicatorCount: number
  /** The linked indicator's figures when it has no chart (one period only): shown first, as a table. */
  focusRows: Figure[]
  /** A card per indicator with two periods or more, the linked one first. */
  seriesCards: ChartCardModel[]
  /** The percentage targets beside their results, then the latest share as a pie. */
  moreCards: ChartCardModel[]
  /** Figures of the indicators given for one period only. */
  tabledRows: Figure[]
  shareItem?: ShareItem
}

/** The linked series first (the indicator's, the tapped metric's before its others), then the rest. */
function focusFirst(series: TopicSeries[], indicator: string, metric: string): TopicSeries[] {
  const rank = (s: TopicSeries) => (s.indicator !== indicator ? 2 : metric && s.metric !== metric ? 1 : 0)
  return [0, 1, 2].flatMap((r) => series.filter((s) => rank(s) === r))
}

/**
 * The topic page's content (`?topic=` and/or `?indicator=`, with `&period=&metric=` from a tapped
 * figure: that chart first and its period marked): the topic's series from the scorecards'
 * rules, made into chart cards by the charts feature, and what to share.
 */
export function useTopicCharts(): TopicCharts {
  const { params } = useRouter()
  const feed = useAppStore((s) => s.feed)
  const careMode = useAppStore((s) => s.careMode)
  const sources = useSources()
  const { figures, notes } = feed
  const indicator = safeDecode(params.indicator)
  const period = safeDecode(params.period)
  const metric = safeDecode(params.metric)
  // A link with only an indicator still lands on that indicator's topic.
  const topic = (safeDecode(params.topic) ||
    figures.find((f) => f.region === HOME_REGION && f.indicator === indicator)?.topic ||
    '') as Topic
  const known = (TOPICS as readonly string[]).includes(topic)

  const series = useMemo(() => (known ? topicSeries(figures, topic) : []), [figures, topic, known])
  const indicatorFound = indicator !== '' && series.some((s) => s.indicator === indicator)

  useEffect(() => {
    if (known) void Taro.setNavigationBarTitle({ title: `${topic} · 图表` })
  }, [known, topic])
  const shareItem = useMemo(
    () => (indicatorFound ? indicatorShareItem(feed, indicator) : known ? topicShareItem(feed, topic) : undefined),
    [feed, indicator, indicatorFound, known, topic],
  )

  const content = useMemo(() => {
    const look = { large: careMode }
    const ordered = indicatorFound ? focusFirst(series, indicator, metric) : series
    const charted = ordered.filter((s) => s.points.length >= 2)
    // An indicator given only for one period has no chart: its figures are shown first instead.
    const focusTabled = indicatorFound && !charted.some((s) => s.indicator === indicator)
    const isFocus = (s: TopicSeries) => s.indicator === indicator
    // A tapped figure names its metric: only that chart is marked (an amount and its growth are two).
    const isTapped = (s: TopicSeries) => isFocus(s) && (!metric || s.metric === metric)
    const judged: JudgedTarget[] = targetVsActual(figures, notes).flatMap((r) =>
      r.result && r.target.topic === topic && r.target.unit === '%' && r.result.unit === '%'
        ? [{ label: r.target.label, unit: '%', target: r.target, result: r.result, verdict: verdictWords(r) }]
        : [],
    )
    const latestShare = series.find((s) => s.metric === 'share' && s.points.length > 0)?.points.at(-1)
    const targets = targetsCard(judged, 'topic-chart-targets', sources, look)
    return {
      focusRows: focusTabled ? series.filter(isFocus).flatMap((s) => s.rows) : [],
      seriesCards: charted.map((s, i) =>
        seriesCard(
          { ...s, title: findingTitle(s) },
          `topic-chart-${i}`,
          sources,
          look,
          indicatorFound && isTapped(s),
          period && indicatorFound && isTapped(s) ? { period } : undefined,
        ),
      ),
      moreCards: [
        ...(targets ? [targets] : []),
        ...(latestShare ? [shareCard(latestShare, 'topic-chart-share', sources, look)] : []),
      ],
      tabledRows: ordered.filter((s) => s.points.length < 2 && !(focusTabled && isFocus(s))).flatMap((s) => s.rows),
    }
  }, [careMode, figures, indicator, indicatorFound, metric, notes, period, series, sources, topic])

  return { known, topic, indicator, indicatorFound, period, indicatorCount: series.length, shareItem, ...content }
}
