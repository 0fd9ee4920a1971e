import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ChoiceGroup } from '@/components/choice-group'
import { DataAsOf } from '@/components/figure/data-as-of'
import { EmptyState } from '@/components/empty-state'
import { PageShell } from '@/components/page-shell'
import { SearchField } from '@/components/search-field'
import { NewsCard } from '@/features/news/components/news-card'
import { ALL_TOPICS } from '@/features/news/news-derive'
import { useNewsList } from '@/features/news/use-news-list'
import { ProjectRow } from '@/features/projects/components/project-row'
import { FigureResult, ResultsHeading, SearchCounts } from '@/features/search/components/search-results'
import { KIND_LABEL, emptyTitle, otherExamples } from '@/features/search/search-summary'
import { useTabShare } from '@/features/share/components/use-tab-share'
import { useAppStore } from '@/store'
import { useFigures, useSources } from '@/store/feed-lookups'
import { formatDate, quoteQueryText } from '@/domain/format'
import { PAGE_SIZE, usePagedList } from '@/utils/use-paged-list'
import { useRevealLater } from '@/utils/use-reveal-later'
import { withFeed } from '@/components/page-shell/with-feed'
import { CareOffer } from './care-offer'
import { useOneSearch } from './use-one-search'

/** Cards that fill a phone's first screen and then some. */
const FIRST_SCREEN_CARDS = 4

/** Words offered when a search found nothing (never the word just searched). */
const EXAMPLES = ['养老', 'GDP', '老旧小区', '就业', '学位']

function NewsPage() {
  const feed = useAppStore((s) => s.feed)
  const dataAsOf = useAppStore((s) => s.feed.dataAsOf)
  const refreshFeed = useAppStore((s) => s.refreshFeed)
  const figures = useFigures()
  const sources = useSources()
  const { topic, setTopic, query, setQuery, topics, hits } = useNewsList(feed.news)
  // The search field searches everything: figures and projects are listed above the stories.
  const one = useOneSearch(query, feed.figures, feed.projects, hits.length)
  const inTopic = topic === ALL_TOPICS ? undefined : topic

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
      <SearchField
        value={query}
        onChange={setQuery}
        placeholder='搜索资讯、数字和民生实事'
        label='搜索资讯、数字和民生实事'
      />
      {one ? (
        <View className='search-all'>
          <SearchCounts counts={one.counts} />
          {one.figures.total > 0 ? (
            <View>
              <ResultsHeading label={KIND_LABEL.figures} count={one.figures.total} />
              <View role='list' aria-label='找到的数字'>
                {one.figures.shown.map((hit) => (
                  <View key={hit.key} role='listitem'>
                    <FigureResult hit={hit} />
                  </View>
                ))}
              </View>
              {one.figures.more > 0 ? (
                <Button className='tap search-all__more' onClick={one.figures.showAll}>
                  显示全部 {one.figures.total} 个数字
                </Button>
              ) : null}
            </View>
          ) : null}
          {one.projects.total > 0 ? (
            <View>
              <ResultsHeading label={KIND_LABEL.projects} count={one.projects.total} />
              <View role='list' aria-label='找到的民生实事'>
                {one.projects.shown.map((hit) => (
                  <View key={hit.project.id} role='listitem'>
                    <ProjectRow hit={hit} source={sources.get(hit.project.sourceId)?.short ?? ''} />
                  </View>
                ))}
              </View>
              {one.projects.more > 0 ? (
                <Button className='tap search-all__more' onClick={one.projects.showAll}>
                  显示全部 {one.projects.total} 项民生实事
                </Button>
              ) : null}
            </View>
          ) : null}
          <ResultsHeading label={inTopic ? `${KIND_LABEL.news}（${inTopic}）` : KIND_LABEL.news} count={hits.length} />
        </View>
      ) : null}
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
        <View data-testid='news-empty'>
          <EmptyState
            glyph='搜'
            small={one !== undefined && one.counts.figures + one.counts.projects > 0}
            title={query ? emptyTitle(quoteQueryText(query), inTopic) : '这个话题还没有资讯'}
            description={
              !query
                ? '看看其他话题吧。'
                : inTopic
                  ? '这个话题里没有，其他话题里也许有。'
                  : one && one.counts.figures + one.counts.projects > 0
                    ? '资讯里没有，数字和民生实事见上方。'
                    : `换个词试试，例如${otherExamples(query, EXAMPLES)
                        .map((w) => `“${w}”`)
                        .join('')}。`
            }
          />
          {inTopic ? (
            <View style={{ display: 'flex', justifyContent: 'center', margin: '0 0 24px' }}>
              <Button type='primary' className='tap' onClick={() => setTopic(ALL_TOPICS)}>
                {query ? '在全部资讯里搜索' : '看全部资讯'}
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}
    </PageShell>
  )
}

export default withFeed(NewsPage)
