import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Tabs } from '@nutui/nutui-react-taro'
import { DataAsOf } from '../../components/figure/data-as-of'
import { EmptyState } from '../../components/empty-state'
import { PageShell } from '../../components/page-shell'
import { countBy, filterProjects, STATUS_LABEL } from '../../features/projects/project-status'
import { PROJECT_CATEGORIES, type ProjectCategory } from '../../services/feed/schema'
import { useAppStore } from '../../store'
import { useSources } from '../../store/feed-lookups'
import { formatNumber, formatPeriod } from '../../utils/format'
import './index.scss'

const ALL = '全部'

export default function ProjectsPage() {
  const projects = useAppStore((s) => s.feed.projects)
  const sources = useSources()
  const [category, setCategory] = useState<string>(ALL)

  const categories = useMemo(() => {
    const present = new Set(projects.map((p) => p.category))
    return [ALL, ...PROJECT_CATEGORIES.filter((c) => present.has(c))]
  }, [projects])
  const shown = useMemo(
    () => filterProjects(projects, { category: category === ALL ? undefined : (category as ProjectCategory) }),
    [projects, category],
  )
  const byStatus = useMemo(() => countBy(shown, (p) => p.status), [shown])

  return (
    <PageShell>
      <DataAsOf />
      <View className='status-summary card' role='status'>
        <Text className='status-summary__total'>
          {category === ALL ? '全部' : category} {shown.length} 项
        </Text>
        {byStatus.map(([status, n]) => (
          <Text key={status} className={`status-tag status-tag--${status}`}>
            {STATUS_LABEL[status]} {n}
          </Text>
        ))}
      </View>
      <Tabs value={category} onChange={(v) => setCategory(String(v))} activeType='line' align='left'>
        {categories.map((c) => (
          <Tabs.TabPane key={c} title={c} value={c} />
        ))}
      </Tabs>
      <View role='list' aria-label='民生实事列表' style={{ marginTop: '12px' }}>
        {shown.map((p) => (
          <View key={p.id} className='card project-row' role='listitem' data-testid='project-row'>
            <View className='project-row__head'>
              {p.quantity !== undefined ? (
                <Text className='project-row__qty'>
                  {p.bound === 'gte' ? '≥' : p.bound === 'approx' ? '约' : ''}
                  {formatNumber(p.quantity)}
                  <Text className='project-row__unit'> {p.unit}</Text>
                </Text>
              ) : null}
              <Text className={`status-tag status-tag--${p.status}`}>
                {STATUS_LABEL[p.status]}（{p.statusWords}）
              </Text>
            </View>
            <Text className='project-row__title'>{p.title}</Text>
            <Text className='project-row__summary'>{p.summary}</Text>
            <Text className='muted'>
              {p.category} · {p.region} · {formatPeriod(p.period)}
              {p.place ? ` · ${p.place}` : ''} · 来源：{sources.get(p.sourceId)?.short}
            </Text>
          </View>
        ))}
      </View>
      {shown.length === 0 ? <EmptyState description='这个类别暂时没有民生实事。' /> : null}
    </PageShell>
  )
}
