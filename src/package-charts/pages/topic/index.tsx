import { Text, View } from '@tarojs/components'
import { DataAsOf } from '@/components/figure/data-as-of'
import { FigureRow } from '@/components/figure/figure-row'
import { NotFound } from '@/components/not-found'
import { PageShell } from '@/components/page-shell'
import { withFeed } from '@/components/page-shell/with-feed'
import { ChartCard } from '@/features/charts/components/chart-card'
import { ShareActions } from '@/features/share/components/share-actions'
import { useShare } from '@/features/share/components/use-share'
import type { Figure } from '@/services/feed/schema'
import { useAppStore } from '@/store'
import { useSources } from '@/store/feed-lookups'
import { useRevealLater } from '@/utils/use-reveal-later'
import { useTopicCharts } from './use-topic-charts'

/** Chart cards rendered with the page's first screen; the rest follow in a later, sliced render. */
const FIRST_SCREEN_CHARTS = 2

function FigureRows({ figures }: { figures: Figure[] }) {
  const sources = useSources()
  return (
    <>
      {figures.map((f) => (
        <FigureRow key={f.id} figure={f} source={sources.get(f.sourceId)} />
      ))}
    </>
  )
}

function TopicPage() {
  const charts = useTopicCharts()
  const { topic, indicator, indicatorFound, shareItem, focusRows, seriesCards, moreCards, tabledRows } = charts
  const careMode = useAppStore((s) => s.careMode)
  const shareCanvas = useShare(shareItem)
  const belowFirstScreen = useRevealLater()
  const cards = belowFirstScreen ? [...seriesCards, ...moreCards] : seriesCards.slice(0, FIRST_SCREEN_CHARTS)

  return (
    <PageShell>
      {charts.known ? (
        <>
          <DataAsOf />
          <View className='section-title' role='heading' aria-level={1}>
            {topic}：{charts.indicatorCount} 项指标
          </View>
          {indicator && !indicatorFound ? (
            <View className='card link-note' role='alert' data-testid='link-note'>
              <Text className='link-note__title'>没有找到链接里的这项指标</Text>
              <Text className='muted' style={{ display: 'block' }}>
                它可能已从数据中移除，或者链接不完整。下面是“{topic}”的全部图表。
              </Text>
            </View>
          ) : null}
          {shareItem ? (
            <View style={{ margin: '0 24px 24px' }}>
              <ShareActions item={shareItem} />
            </View>
          ) : null}
          {focusRows.length > 0 ? (
            <View className='card chart-card chart-card--highlighted' data-testid='chart-card' data-highlighted='true'>
              <Text className='chart-card__linked'>分享给你的这项指标</Text>
              <FigureRows figures={focusRows} />
            </View>
          ) : null}
          {cards.map((card) => (
            <ChartCard key={card.id} {...card} large={careMode} />
          ))}
          {belowFirstScreen && tabledRows.length > 0 ? (
            <View className='card'>
              <View className='chart-card__title' role='heading' aria-level={2}>
                其他数字（只有一个时期，不画图）
              </View>
              <FigureRows figures={tabledRows} />
            </View>
          ) : null}
          <Text className='muted' style={{ display: 'block', margin: '0 32px' }}>
            图中浅色虚线框的柱表示预计数；目标数字只与同一指标的全年结果比较。
          </Text>
        </>
      ) : (
        <NotFound what='专题' />
      )}
      {shareCanvas}
    </PageShell>
  )
}

export default withFeed(TopicPage)
