import { Text, View } from '@tarojs/components'
import { CareModeChoice } from '@/components/care-mode-choice'
import { DataAsOf } from '@/components/figure/data-as-of'
import { Heading } from '@/components/heading'
import { PageShell } from '@/components/page-shell'
import { useAppStore } from '@/store'
import { useProjects } from '@/store/feed-lookups'
import { formatDate } from '@/domain/format'
import { withFeed } from '@/components/page-shell/with-feed'
import { SavedList } from './saved-list'
import { savedLists } from './saved-lists'
import { SourceLine } from '@/components/figure/source-line'

function MinePage() {
  const feed = useAppStore((s) => s.feed)
  const issues = useAppStore((s) => s.feedIssues)
  const favourites = useAppStore((s) => s.favourites)
  const follows = useAppStore((s) => s.follows)
  const history = useAppStore((s) => s.history)
  const projects = useProjects()
  const lists = savedLists({ favourites, follows, history }, { news: feed.news, projects })

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

      {lists.map((list) => (
        <SavedList key={list.title} {...list} />
      ))}

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
            · <SourceLine source={s} />（{s.region}，{s.covers}）
          </Text>
        ))}
      </View>
    </PageShell>
  )
}

export default withFeed(MinePage)
