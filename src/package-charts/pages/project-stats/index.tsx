import { View } from '@tarojs/components'
import { ChoiceGroup } from '@/components/choice-group'
import { DataAsOf } from '@/components/figure/data-as-of'
import { PageShell } from '@/components/page-shell'
import { withFeed } from '@/components/page-shell/with-feed'
import { ChartCard } from '@/features/charts/components/chart-card'
import { useShare } from '@/features/share/components/use-share'
import { projectStatsShare } from '@/features/share/page-shares'
import { REGIONS } from '@/services/feed/vocabulary'
import { useAppStore } from '@/store'
import { useProjectStats } from './use-project-stats'

const REGION_CHOICES = REGIONS.map((r) => ({ value: r, label: r }))

function ProjectStatsPage() {
  const { region, setRegion, card } = useProjectStats()
  const careMode = useAppStore((s) => s.careMode)
  useShare(undefined, { page: projectStatsShare(card.caption.title, region) })

  return (
    <PageShell>
      <DataAsOf />
      <View style={{ paddingTop: '12px' }}>
        <ChoiceGroup label='地区' value={region} options={REGION_CHOICES} onChange={setRegion} />
      </View>
      <ChartCard {...card} large={careMode} />
    </PageShell>
  )
}

export default withFeed(ProjectStatsPage)
