import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Cell } from '@nutui/nutui-react-taro'
import { CareModeChoice } from '../../components/care-mode-choice'
import { DataAsOf } from '../../components/figure/data-as-of'
import { Heading } from '../../components/heading'
import { EmptyState } from '../../components/empty-state'
import { PageShell } from '../../components/page-shell'
import { projectUrl } from '../../features/projects/project-urls'
import { useAppStore } from '../../store'
import { useProjects } from '../../store/feed-lookups'
import { formatDate, formatSourceLine, formatTimestamp } from '../../utils/format'
import type { SavedRef } from '../../store/saved-slice'
import { newsUrl } from '../../features/news/news-urls'
import { withFeed } from '../../components/page-shell/with-feed'

function SavedList({
  title,
  items,
  present,
  url,
  empty,
}: {
  title: string
  items: SavedRef[] | { id: string; title: string; readAt: number }[]
  present: (id: string) => boolean
  url?: (id: string) => string
  empty: string
}) {
  return (
    <View>
      <Heading level={2} className='section-title'>
        {title}（{items.length}）
      </Heading>
      {items.length === 0 ? (
        <EmptyState small description={empty} />
      ) : (
        <View className='card' style={{ padding: 0 }}>
          {items.map((item) => {
            const inFeed = present(item.id)
            const when = 'readAt' in item ? item.readAt : item.savedAt
            return (
              <Cell
                key={item.id}
                className='tap'
                title={item.title}
                description={inFeed ? formatTimestamp(when) : '已不在当前数据中（保留记录）'}
                clickable={inFeed && !!url}
                onClick={() => inFeed && url && void Taro.navigateTo({ url: url(item.id) })}
              />
            )
          })}
        </View>
      )}
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
  const newsIds = new Set(feed.news.map((n) => n.id))
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
        url={newsUrl}
        empty='在资讯详情页点“收藏”，就会出现在这里。'
      />
      <SavedList
        title='我关注的民生实事'
        items={follows}
        present={(id) => projects.has(id)}
        url={projectUrl}
        empty='在民生实事详情页点“关注”，就会出现在这里。'
      />
      <SavedList
        title='浏览记录'
        items={history}
        present={(id) => newsIds.has(id) || projects.has(id)}
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
