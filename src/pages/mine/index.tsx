import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell } from '@nutui/nutui-react-taro'
import { CareModeChoice } from '@/components/care-mode-choice'
import { DataAsOf } from '@/components/figure/data-as-of'
import { Heading } from '@/components/heading'
import { EmptyState } from '@/components/empty-state'
import { PageShell } from '@/components/page-shell'
import { newsUrl, projectUrl } from '@/domain/routes'
import { useAppStore } from '@/store'
import { useProjects } from '@/store/feed-lookups'
import { formatDate, formatSourceLine, formatTimestamp } from '@/utils/format'
import type { HistoryEntry, SavedRef } from '@/store/saved-slice'
import { usePagedList } from '@/utils/use-paged-list'
import { withFeed } from '@/components/page-shell/with-feed'

type SavedListProps = {
  title: string
  items: readonly (SavedRef | HistoryEntry)[]
  present: (id: string) => boolean
  /** The item's title in the feed, for an entry whose own title was lost. */
  feedTitle: (id: string) => string | undefined
  url?: (id: string) => string
  empty: string
}

/** One list of saved items: the first 30, and 查看更多 for the next 30 (5,000 at once took 3 s at 4× CPU). */
function SavedList({ title, items, present, feedTitle, url, empty }: SavedListProps) {
  const { visible, remaining, showMore } = usePagedList(items)
  return (
    <View>
      <Heading level={2} className='section-title'>
        {title}（{items.length}）
      </Heading>
      {items.length === 0 ? (
        <EmptyState small description={empty} />
      ) : (
        <View className='card' style={{ padding: 0 }}>
          {visible.map((item) => {
            const inFeed = present(item.id)
            const when = 'readAt' in item ? item.readAt : item.savedAt
            return (
              <Cell
                key={item.id}
                className='tap'
                title={item.title || feedTitle(item.id) || item.id}
                description={inFeed ? (when > 0 ? formatTimestamp(when) : '时间不详') : '已不在当前数据中（保留记录）'}
                clickable={inFeed && !!url}
                onClick={() => inFeed && url && void Taro.navigateTo({ url: url(item.id) })}
              />
            )
          })}
        </View>
      )}
      {remaining > 0 ? (
        <View style={{ margin: '0 24px 24px' }}>
          <Button block className='tap' onClick={showMore}>
            查看更多（还有 {remaining} 条）
          </Button>
        </View>
      ) : null}
    </View>
  )
}

function MinePage() {
  const feed = useAppStore((s) => s.feed)
  const issues = useAppStore((s) => s.feedIssues)
  const favourites = useAppStore((s) => s.favourites)
  const follows = useAppStore((s) => s.follows)
  const history = useAppStore((s) => s.history)
  const projects = useProjects()
  const newsTitles = new Map(feed.news.map((n) => [n.id, n.title]))
  const newsIds = { has: (id: string) => newsTitles.has(id) }
  const feedTitle = (id: string) => newsTitles.get(id) ?? projects.get(id)?.title
  // History holds both news and projects read; each opens its own detail page.
  const readUrl = (id: string) => (projects.has(id) ? projectUrl(id) : newsUrl(id))

  return (
    <PageShell>
      <DataAsOf />
      <View className='card' style={{ marginTop: '24px' }}>
        <Text style={{ display: 'block', fontWeight: 600 }}>关怀模式</Text>
        <Text className='muted' style={{ display: 'block', marginBottom: '8px' }}>
          更大的字、更大的按钮、单列排版，适合长辈阅读；微信里调大了字体时会自动跟随。
        </Text>
        <CareModeChoice />
      </View>

      <SavedList
        title='我的收藏'
        items={favourites}
        present={(id) => newsIds.has(id)}
        feedTitle={feedTitle}
        url={newsUrl}
        empty='在资讯详情页点“收藏”，就会出现在这里。'
      />
      <SavedList
        title='我关注的民生实事'
        items={follows}
        present={(id) => projects.has(id)}
        feedTitle={feedTitle}
        url={projectUrl}
        empty='在民生实事详情页点“关注”，就会出现在这里。'
      />
      <SavedList
        title='浏览记录'
        items={history}
        present={(id) => newsIds.has(id) || projects.has(id)}
        feedTitle={feedTitle}
        url={readUrl}
        empty='还没有看过资讯或民生实事。'
      />

      <Heading level={2} className='section-title'>
        关于数据
      </Heading>
      <View className='card'>
        <Text style={{ display: 'block' }}>
          数据版本 {feed.version} · 数据截至 {formatDate(feed.dataAsOf)}
        </Text>
        <Text className='muted' style={{ display: 'block', marginTop: '8px' }}>
          共 {feed.news.length} 条资讯、{feed.figures.length} 个数字、{feed.projects.length} 项民生实事、
          {feed.notes.length} 条数据说明。
          {issues.length > 0 ? `校验时跳过了 ${issues.length} 处有问题的数据。` : '全部数据通过校验。'}
        </Text>
        {feed.sources.map((s) => (
          <Text key={s.id} className='muted' style={{ display: 'block', marginTop: '12px' }}>
            · {formatSourceLine(s)}（{s.region}，{s.covers}）
          </Text>
        ))}
      </View>
    </PageShell>
  )
}

export default withFeed(MinePage)
