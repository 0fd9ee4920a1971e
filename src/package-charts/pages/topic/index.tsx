import { useEffect, useMemo } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { DataAsOf } from '@/components/figure/data-as-of'
import { FigureRow } from '@/components/figure/figure-row'
import { NotFound } from '@/components/not-found'
import { PageShell } from '@/components/page-shell'
import { seriesOption, shareOption, targetOption, type TargetBar } from '@/features/charts/chart-options'
import { ChartCard } from '@/features/charts/components/chart-card'
import { targetVsActual, verdictWords } from '@/features/scorecards/target-check'
import { findingTitle, topicSeries, type TopicSeries } from '@/features/scorecards/topic-series'
import { ShareActions } from '@/features/share/components/share-actions'
import { useShare } from '@/features/share/components/use-share'
import { indicatorShareItem, topicShareItem } from '@/features/share/share-item'
import type { Figure, Topic } from '@/services/feed/schema'
import { TOPICS } from '@/services/feed/vocabulary'
import { useAppStore } from '@/store'
import { useSources } from '@/store/feed-lookups'
import { formatNumber, formatPeriod, formatSourceLine, KIND_LABEL, quoteQueryText } from '@/utils/format'
import { safeDecode } from '@/utils/query'
import { useRevealLater } from '@/utils/use-reveal-later'
import { withFeed } from '@/components/page-shell/with-feed'

/** Chart cards rendered with the page's first screen; the rest follow in a later, sliced render. */
const FIRST_SCREEN_CHARTS = 2

const cell = (f: Figure) => `${f.bound === 'gte' ? '≥' : f.bound === 'approx' ? '约' : ''}${formatNumber(f.value)}`

/** The indicator's series first (in their own order), then the rest. */
const focusFirst = (series: TopicSeries[], indicator: string) => [
  ...series.filter((s) => s.indicator === indicator),
  ...series.filter((s) => s.indicator !== indicator),
]

function TopicPage() {
  const { params } = useRouter()
  const feed = useAppStore((s) => s.feed)
  const { figures, notes } = feed
  const indicator = safeDecode(params.indicator)
  // A link with only an indicator still lands on that indicator's topic.
  const topic = (safeDecode(params.topic) ||
    figures.find((f) => f.region === '市中区' && f.indicator === indicator)?.topic ||
    '') as Topic
  const known = (TOPICS as readonly string[]).includes(topic)
  const careMode = useAppStore((s) => s.careMode)
  const sources = useSources()

  const series = useMemo(() => (known ? topicSeries(figures, topic) : []), [figures, topic, known])
  const targets = useMemo(
    () =>
      targetVsActual(figures, notes).filter(
        (r): r is typeof r & { result: Figure } =>
          !!r.result && r.target.topic === topic && r.target.unit === r.result.unit,
      ),
    [figures, notes, topic],
  )

  useEffect(() => {
    if (known) void Taro.setNavigationBarTitle({ title: `${topic} · 图表` })
  }, [known, topic])
  const indicatorFound = indicator !== '' && series.some((s) => s.indicator === indicator)
  const shareItem = useMemo(
    () => (indicatorFound ? indicatorShareItem(feed, indicator) : known ? topicShareItem(feed, topic) : undefined),
    [feed, indicator, indicatorFound, known, topic],
  )
  const shareCanvas = useShare(shareItem)
  const belowFirstScreen = useRevealLater()

  if (!known) {
    return (
      <PageShell>
        <NotFound what='专题' />
      </PageShell>
    )
  }

  const sourceLines = (fs: Figure[]) =>
    [...new Set(fs.map((f) => f.sourceId))].flatMap((id) => {
      const s = sources.get(id)
      return s ? [formatSourceLine(s)] : []
    })
  const ordered = indicatorFound ? focusFirst(series, indicator) : series
  const charted = ordered.filter((s) => s.points.length >= 2)
  // An indicator given only for one period has no chart: its figures are shown first instead.
  const focusTabled = indicatorFound && !charted.some((s) => s.indicator === indicator)
  const tabled = ordered.filter((s) => s.points.length < 2 && !(focusTabled && s.indicator === indicator))
  const percentTargets: TargetBar[] = targets
    .filter((r) => r.target.unit === '%')
    .map((r) => ({ label: r.target.label, unit: '%', target: r.target, result: r.result }))
  const latestShare = series.find((s) => s.metric === 'share' && s.points.length > 0)?.points.at(-1)

  return (
    <PageShell>
      <DataAsOf />
      <View className='section-title' role='heading' aria-level={1}>
        {known ? topic : quoteQueryText(topic) || '未知主题'}：{series.length} 项指标
      </View>
      {indicator && !indicatorFound ? (
        <View className='card link-note' role='alert' data-testid='link-note'>
          <Text className='link-note__title'>没有找到链接里的这项指标</Text>
          <Text className='muted' style={{ display: 'block' }}>
            它可能已从数据中移除，或者链接不完整。下面是{known ? `“${topic}”` : quoteQueryText(topic)}的全部图表。
          </Text>
        </View>
      ) : null}
      {shareItem ? (
        <View style={{ margin: '0 24px 24px' }}>
          <ShareActions item={shareItem} />
        </View>
      ) : null}
      {focusTabled ? (
        <View className='card chart-card chart-card--highlighted' data-testid='chart-card' data-highlighted='true'>
          <Text className='chart-card__linked'>分享给你的这项指标</Text>
          {series
            .filter((s) => s.indicator === indicator)
            .flatMap((s) => s.rows)
            .map((f) => (
              <FigureRow key={f.id} figure={f} source={sources.get(f.sourceId)} />
            ))}
        </View>
      ) : null}

      {(belowFirstScreen ? charted : charted.slice(0, FIRST_SCREEN_CHARTS)).map((s, i) => (
        <ChartCard
          key={s.key}
          id={`topic-chart-${i}`}
          title={findingTitle(s)}
          unit={s.unit}
          option={seriesOption(s, { large: careMode })}
          large={careMode}
          columns={['时期', '数值', '性质', '来源']}
          rows={s.rows.map((f) => ({
            key: f.id,
            cells: [formatPeriod(f.period), cell(f), KIND_LABEL[f.kind], sources.get(f.sourceId)?.short ?? ''],
          }))}
          sourceLines={sourceLines(s.rows)}
          highlighted={indicatorFound && s.indicator === indicator}
        />
      ))}

      {belowFirstScreen && percentTargets.length > 0 ? (
        <ChartCard
          id='topic-chart-targets'
          title={`2023年目标与结果：${percentTargets.map((r) => `${r.label}${verdictWords(targets.find((t) => t.target.id === r.target.id)!)}`).join('，')}`}
          unit='%'
          option={targetOption(percentTargets, { large: careMode })}
          large={careMode}
          columns={['指标', '目标', '结果', '判断']}
          rows={targets
            .filter((r) => r.target.unit === '%')
            .map((r) => ({
              key: r.target.id,
              cells: [
                r.target.label,
                cell(r.target),
                `${cell(r.result)}（${KIND_LABEL[r.result.kind]}）`,
                verdictWords(r),
              ],
            }))}
          sourceLines={sourceLines(percentTargets.flatMap((r) => [r.target, r.result]))}
        />
      ) : null}

      {belowFirstScreen && latestShare ? (
        <ChartCard
          id='topic-chart-share'
          title={`${formatPeriod(latestShare.period)}${latestShare.label}占${formatNumber(latestShare.value)}%`}
          unit='%'
          option={shareOption(latestShare, { large: careMode })}
          large={careMode}
          columns={['项目', '占比']}
          rows={[
            { key: 'part', cells: [latestShare.label, `${formatNumber(latestShare.value)}%`] },
            {
              key: 'rest',
              cells: ['其余（按100%推算）', `${formatNumber(Math.round((100 - latestShare.value) * 100) / 100)}%`],
            },
          ]}
          sourceLines={sourceLines([latestShare])}
        />
      ) : null}

      {belowFirstScreen && tabled.length > 0 ? (
        <View className='card'>
          <View className='chart-card__title' role='heading' aria-level={2}>
            其他数字（只有一个时期，不画图）
          </View>
          {tabled
            .flatMap((s) => s.rows)
            .map((f) => (
              <FigureRow key={f.id} figure={f} source={sources.get(f.sourceId)} />
            ))}
        </View>
      ) : null}
      <Text className='muted' style={{ display: 'block', margin: '0 32px' }}>
        图中浅色虚线框的柱表示预计数；目标数字只与同一指标的全年结果比较。
      </Text>
      {shareCanvas}
    </PageShell>
  )
}

export default withFeed(TopicPage)
