import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ChoiceGroup } from '@/components/choice-group'
import { DataAsOf } from '@/components/figure/data-as-of'
import { EmptyState } from '@/components/empty-state'
import { PageShell } from '@/components/page-shell'
import { SearchField } from '@/components/search-field'
import { NewsCard } from '@/features/news/components/news-card'
import { useNewsList } from '@/features/news/use-news-list'
import { useTabShare } from '@/features/share/components/use-tab-share'
import { useAppStore } from '@/store'
import { useFigures, useSources } from '@/store/feed-lookups'
import { formatDate } from '@/domain/format'
import { PAGE_SIZE, usePagedList } from '@/utils/use-paged-list'
import { useRevealLater } from '@/utils/use-reveal-later'
import { withFeed } from '@/components/page-shell/with-feed'
import { CareOffer } from './care-offer'

/** Cards that fill a phone's first screen and then some. */
const FIRST_SCREEN_CARDS = 4

function NewsPage() {
  const feed = useAppStore((s) => s.feed)
  const dataAsOf = useAppStore((s) => s.feed.dataAsOf)
  const refreshFeed = useAppStore((s) => s.refreshFeed)
  const figures = useFigures()
  const sources = useSources()
  const { topic, setTopic, query, setQuery, topics, hits } = useNewsList(feed.news)

  // Long lists render a page at a time: 30 cards, 30 more at the bottom (10,000 cards would not).
  const { visible, remaining, showMore } = usePagedList(hits)
  // The first screen (what index.html's copy shows) renders in a short task; the rest of the page
  // follows in a transition React slices. Rendered at once, the 30 cards were one task of about
  // 170 ms at Lighthouse's 4× CPU, most of the H5 home page's blocking time.
  const belowFirstScreen = useRevealLater()
  const shown = belowFirstScreen ? visible : visible.slice(0, FIRST_SCREEN_CARDS)
  useReachBottom(showMore)
  useTabShare('news', feed)

  usePullDownRefresh(async () => {
    const { message } = await refreshFeed()
    Taro.stopPullDownRefresh()
    void Taro.showToast({ title: `${message ?? '已是最新'}（数据截至${formatDate(dataAsOf)}）`, icon: 'none' })
  })

  return (
    <PageShell>
      <DataAsOf />
      <CareOffer />
      <SearchField value={query} onChange={setQuery} placeholder='搜索资讯标题和正文' />
      <View className='topic-tabs'>
        <ChoiceGroup
          compact
          label='话题'
          options={topics.map((t) => ({ value: t, label: t }))}
          value={topic}
          onChange={setTopic}
        />
      </View>
      <View role='list' aria-label='资讯列表' style={{ marginTop: '12px' }}>
        {shown.map((hit) => (
          <View key={hit.news.id} role='listitem'>
            <NewsCard
              hit={hit}
              cover={figures.get(hit.news.coverFigureId)}
              source={sources.get(hit.news.sourceIds[0])?.short ?? ''}
            />
          </View>
        ))}
      </View>
      {remaining > 0 ? (
        <View style={{ display: 'flex', justifyContent: 'center', margin: '8px 0 24px' }}>
          <Button className='tap' onClick={showMore}>
            再显示 {Math.min(remaining, PAGE_SIZE)} 条（还有 {remaining} 条）
          </Button>
        </View>
      ) : null}
      {hits.length === 0 ? (
        <EmptyState
          glyph='搜'
          title={query ? `没有找到“${query}”` : '这个话题还没有资讯'}
          description={query ? '换个词试试，例如“养老”“GDP”“老旧小区”。' : '看看其他话题吧。'}
        />
      ) : null}
    </PageShell>
  )
}

export default withFeed(NewsPage)
