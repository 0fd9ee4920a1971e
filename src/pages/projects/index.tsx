import { useMemo, useState } from 'react'
import Taro, { useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, SearchBar } from '@nutui/nutui-react-taro'
import { ChoiceGroup } from '@/components/choice-group'
import { EmptyState } from '@/components/empty-state'
import { DataAsOf } from '@/components/figure/data-as-of'
import { PageShell } from '@/components/page-shell'
import { ProjectHeadline } from '@/features/projects/components/project-headline'
import { ProjectRow } from '@/features/projects/components/project-row'
import { StatusSummary } from '@/features/projects/components/status-summary'
import { flagshipProjects, livelihoodSpending } from '@/features/projects/project-headline'
import { createProjectSearch } from '@/features/projects/project-search'
import { statusCounts } from '@/features/projects/project-stats'
import { STATUS_LABEL } from '@/domain/project-status'
import { matchesFilter, type ProjectFilter } from '@/features/projects/project-status'
import { PAGES } from '@/domain/routes'
import { useTabShare } from '@/features/share/components/use-tab-share'
import { projectYears } from '@/features/projects/project-year'
import { PAGE_SIZE, usePagedList } from '@/utils/use-paged-list'
import type { ProjectCategory, ProjectStatus, Region } from '@/services/feed/schema'
import { PROJECT_CATEGORIES, PROJECT_STATUSES, REGIONS } from '@/services/feed/vocabulary'
import { useAppStore } from '@/store'
import { useSources } from '@/store/feed-lookups'
import { withFeed } from '@/components/page-shell/with-feed'
import './index.scss'

const ALL = '全部'

// The field's accessible name: weapp reads Taro's `ariaLabel`; on H5 Taro's HTML input passes
// attributes through as written, so it needs the DOM's own `aria-label`.
const SEARCH_INPUT_LABEL = (
  process.env.TARO_ENV === 'h5' ? { 'aria-label': '搜索民生实事' } : { ariaLabel: '搜索民生实事' }
) as { ariaLabel: string }
/** The year of the 十件惠民实事 and 民生支出 headline: the newest full year the reports cover. */
const HEADLINE_YEAR = 2023

function ProjectsPage() {
  const projects = useAppStore((s) => s.feed.projects)
  const figures = useAppStore((s) => s.feed.figures)
  const sources = useSources()
  const [category, setCategory] = useState<string>(ALL)
  const [status, setStatus] = useState<string>(ALL)
  const [region, setRegion] = useState<string>(ALL)
  const [year, setYear] = useState<string>(ALL)
  const [query, setQuery] = useState('')

  const search = useMemo(() => createProjectSearch(projects), [projects])
  const categories = useMemo(() => {
    const present = new Set(projects.map((p) => p.category))
    return [ALL, ...PROJECT_CATEGORIES.filter((c) => present.has(c))]
  }, [projects])
  const years = useMemo(() => projectYears(projects), [projects])
  const flagship = useMemo(() => flagshipProjects(projects, sources, HEADLINE_YEAR), [projects, sources])
  const spending = useMemo(() => livelihoodSpending(figures, sources, HEADLINE_YEAR), [figures, sources])

  // Status counts cover every filter but status itself, so they say how far the chosen group is.
  const scoped = useMemo(() => {
    const filter: ProjectFilter = {
      category: category === ALL ? undefined : (category as ProjectCategory),
      region: region === ALL ? undefined : (region as Region),
      year: year === ALL ? undefined : Number(year),
    }
    return search.search(query).filter((h) => matchesFilter(h.project, filter))
  }, [search, query, category, region, year])
  const counts = useMemo(() => statusCounts(scoped.map((h) => h.project)), [scoped])
  const shown = useMemo(
    () => (status === ALL ? scoped : scoped.filter((h) => h.project.status === status)),
    [scoped, status],
  )
  const { visible, remaining, showMore } = usePagedList(shown)
  useReachBottom(showMore)
  const feed = useAppStore((s) => s.feed)
  useTabShare('projects', feed)

  const scope = [category, region === ALL ? '' : region, year === ALL ? '' : `${year}年`, query ? `“${query}”` : '']
    .filter(Boolean)
    .join(' · ')
  const reset = () => {
    setCategory(ALL)
    setStatus(ALL)
    setRegion(ALL)
    setYear(ALL)
    setQuery('')
  }

  return (
    <PageShell>
      <DataAsOf />
      <ProjectHeadline year={HEADLINE_YEAR} flagship={flagship} spending={spending} sources={sources} />
      <StatusSummary scope={scope} counts={counts} />
      <View
        className='projects-chart-link tap'
        role='link'
        aria-label='查看分类统计图'
        onClick={() => void Taro.navigateTo({ url: PAGES.projectStats })}
      >
        <Text>查看分类统计图 ›</Text>
      </View>

      <SearchBar
        value={query}
        placeholder='搜索名称、地点或原文说法'
        onChange={(v) => setQuery(v)}
        onClear={() => setQuery('')}
        maxLength={40}
        inputProps={SEARCH_INPUT_LABEL}
      />
      <ChoiceGroup
        label='类别'
        value={category}
        onChange={setCategory}
        options={categories.map((c) => ({ value: c, label: c }))}
      />
      <ChoiceGroup
        label='状态'
        value={status}
        onChange={setStatus}
        options={[ALL, ...PROJECT_STATUSES].map((s) => ({
          value: s,
          label: s === ALL ? ALL : STATUS_LABEL[s as ProjectStatus],
        }))}
      />
      <ChoiceGroup
        label='地区'
        value={region}
        onChange={setRegion}
        options={[ALL, ...REGIONS].map((r) => ({ value: r, label: r }))}
      />
      <ChoiceGroup
        label='年份'
        value={year}
        onChange={setYear}
        options={[ALL, ...years.map(String)].map((y) => ({ value: y, label: y === ALL ? ALL : `${y}年` }))}
      />
      <Text className='projects-note muted'>
        跨年度的事项按结束年份计：2016—2021年的回顾计入2021年，2022—2026年的规划计入2026年。
      </Text>
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
            title={query ? `没有找到“${query}”` : '没有符合条件的民生实事'}
            description={query ? '换个词试试，例如“长者食堂”“老旧小区”“学位”。' : '换个类别、状态或年份看看。'}
          />
          <View className='projects-more'>
            <Button type='primary' className='tap' onClick={reset}>
              清除全部筛选
            </Button>
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}

export default withFeed(ProjectsPage)
