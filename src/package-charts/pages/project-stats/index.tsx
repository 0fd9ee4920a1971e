import { useMemo, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ChoiceGroup } from '@/components/choice-group'
import { DataAsOf } from '@/components/figure/data-as-of'
import { PageShell } from '@/components/page-shell'
import { categoryStats, statusCounts } from '@/features/projects/project-stats'
import { statusStackOption } from '@/features/charts/chart-options'
import { ChartCard } from '@/features/charts/components/chart-card'
import type { Region } from '@/services/feed/schema'
import { REGIONS } from '@/services/feed/vocabulary'
import { useAppStore } from '@/store'
import { useSources } from '@/store/feed-lookups'
import { formatSourceLine } from '@/utils/format'
import { withFeed } from '@/components/page-shell/with-feed'
import { useShare } from '@/features/share/components/use-share'
import { projectStatsShare } from '@/features/share/page-shares'
import { safeDecode } from '@/utils/query'

/** The region a shared link names (`?region=`), else 市中区. */
const regionOf = (value: string): Region =>
  (REGIONS as readonly string[]).includes(value) ? (value as Region) : '市中区'

function ProjectStatsPage() {
  const projects = useAppStore((s) => s.feed.projects)
  const careMode = useAppStore((s) => s.careMode)
  const sources = useSources()
  const { params } = useRouter()
  const [region, setRegion] = useState<Region>(() => regionOf(safeDecode(params.region)))

  const inRegion = useMemo(() => projects.filter((p) => p.region === region), [projects, region])
  const rows = useMemo(() => categoryStats(inRegion), [inRegion])
  const done = statusCounts(inRegion).find((s) => s.status === 'done')!
  const title = `${region}${inRegion.length}项民生实事中，${done.count}项已完成（${done.percent}%）`
  useShare(undefined, { page: projectStatsShare(title, region) })

  return (
    <PageShell>
      <DataAsOf />
      <View style={{ paddingTop: '12px' }}>
        <ChoiceGroup
          label='地区'
          value={region}
          options={REGIONS.map((r) => ({ value: r, label: r }))}
          onChange={(v) => setRegion(regionOf(v))}
        />
      </View>
      <ChartCard
        id='project-category-chart'
        title={title}
        unit='项'
        option={statusStackOption(
          rows.map((r) => ({ name: r.category, done: r.done, inProgress: r.inProgress, planned: r.planned })),
          { large: careMode },
        )}
        large={careMode}
        columns={['类别', '合计', '已完成', '推进中', '计划']}
        rows={rows.map((r) => ({
          key: r.category,
          cells: [r.category, String(r.total), String(r.done), String(r.inProgress), String(r.planned)],
        }))}
        sourceLines={[...new Set(inRegion.map((p) => p.sourceId))].flatMap((id) => {
          const s = sources.get(id)
          return s ? [formatSourceLine(s)] : []
        })}
      />
    </PageShell>
  )
}

export default withFeed(ProjectStatsPage)
