import { useMemo } from 'react'
import Taro, { useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import { DataAsOf } from '@/components/figure/data-as-of'
import { PageShell } from '@/components/page-shell'
import { withFeed } from '@/components/page-shell/with-feed'
import { SearchField } from '@/components/search-field'
import { PAGES } from '@/domain/routes'
import { ProjectFilters } from '@/features/projects/components/project-filters'
import { ProjectHeadline } from '@/features/projects/components/project-headline'
import { ProjectRow } from '@/features/projects/components/project-row'
import { StatusSummary } from '@/features/projects/components/status-summary'
import { flagshipProjects, livelihoodSpending } from '@/features/projects/project-headline'
import { ALL, NO_CHOICES, choicesInWords } from '@/features/projects/project-list'
import { emptyTitle, otherExamples } from '@/features/search/search-summary'
import { STATUS_LABEL } from '@/domain/project-status'
import { quoteQueryText } from '@/domain/format'
import type { ProjectStatus } from '@/services/feed/vocabulary'
import { useProjectList } from '@/features/projects/use-project-list'
import { useTabShare } from '@/features/share/components/use-tab-share'
import { useAppStore } from '@/store'
import { useSources } from '@/store/feed-lookups'
import { PAGE_SIZE, usePagedList } from '@/utils/use-paged-list'
import './index.scss'

/** The year of the 十件惠民实事 and 民生支出 headline: the newest full year the reports cover. */
const HEADLINE_YEAR = 2023

/** Words offered when a search found nothing (never the word just searched). */
const EXAMPLES = ['长者食堂', '老旧小区', '学位', '停车']

function ProjectsPage() {
  const feed = useAppStore((s) => s.feed)
  const sources = useSources()
  const flagship = useMemo(() => flagshipProjects(feed.projects, sources, HEADLINE_YEAR), [feed.projects, sources])
  const spending = useMemo(() => livelihoodSpending(feed.figures, sources, HEADLINE_YEAR), [feed.figures, sources])
  const { choices, choose, reset, shown, counts } = useProjectList(feed.projects)
  const { visible, remaining, showMore } = usePagedList(shown)
  useReachBottom(showMore)
  useTabShare('projects', feed)
  const { query } = choices
  const setChoicesKeepingQuery = () => {
    for (const name of ['category', 'status', 'region', 'year'] as const) choose(name, NO_CHOICES[name])
  }
  const filtered = choices.category !== ALL || choices.status !== ALL || choices.region !== ALL || choices.year !== ALL
  // The active filters in words, for an empty result: 教育 · 已完成 · 2023年.
  const filterWords = filtered
    ? [
        choicesInWords({ ...choices, query: '', category: choices.category === ALL ? '' : choices.category }),
        choices.status === ALL ? '' : STATUS_LABEL[choices.status as ProjectStatus],
      ]
        .filter(Boolean)
        .join(' · ')
    : undefined

  return (
    <PageShell>
      <DataAsOf />
      <ProjectHeadline year={HEADLINE_YEAR} flagship={flagship} spending={spending} sources={sources} />
      <StatusSummary
        scope={choicesInWords(choices)}
        counts={counts}
        chosen={choices.status === ALL ? undefined : (choices.status as ProjectStatus)}
      />
      <View
        className='projects-chart-link tap'
        role='link'
        aria-label='查看分类统计图'
        onClick={() => void Taro.navigateTo({ url: PAGES.projectStats })}
      >
        <Text>查看分类统计图 ›</Text>
      </View>

      <SearchField
        value={query}
        onChange={(v) => choose('query', v)}
        placeholder='搜索名称、地点或原文说法'
        label='搜索民生实事'
      />
      <ProjectFilters projects={feed.projects} choices={choices} choose={choose} />
      <View className='projects-result' role='status'>
        {shown.length > 0 ? `共 ${shown.length} 项，显示前 ${visible.length} 项` : '没有符合条件的民生实事'}
      </View>

      <View role='list' aria-label='民生实事列表'>
        {visible.map((hit) => (
          <View key={hit.project.id} role='listitem'>
            <ProjectRow hit={hit} source={sources.get(hit.project.sourceId)?.short ?? ''} />
          </View>
        ))}
      </View>
      {remaining > 0 ? (
        <View className='projects-more'>
          <Button className='tap' aria-label={`再显示 ${Math.min(remaining, PAGE_SIZE)} 项`} onClick={showMore}>
            再显示 {Math.min(remaining, PAGE_SIZE)} 项（还有 {remaining} 项）
          </Button>
        </View>
      ) : null}
      {shown.length === 0 ? (
        <View>
          <EmptyState
            glyph='无'
            title={query ? emptyTitle(quoteQueryText(query), filterWords) : '没有符合条件的民生实事'}
            description={
              query && filtered
                ? '筛选条件之外也许有，可以在全部民生实事里搜索。'
                : query
                  ? `换个词试试，例如${otherExamples(query, EXAMPLES)
                      .map((w) => `“${w}”`)
                      .join('')}。`
                  : '换个类别、状态或年份看看。'
            }
          />
          <View className='projects-more'>
            {query && filtered ? (
              <Button type='primary' className='tap' onClick={() => setChoicesKeepingQuery()}>
                在全部民生实事里搜索
              </Button>
            ) : null}
            <Button type={query && filtered ? 'default' : 'primary'} className='tap' onClick={reset}>
              清除全部筛选
            </Button>
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}

export default withFeed(ProjectsPage)
