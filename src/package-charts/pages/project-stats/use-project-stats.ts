import { useMemo, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { HOME_REGION } from '@/domain/region'
import { statusCard } from '@/features/charts/chart-cards'
import type { ChartCardModel } from '@/features/charts/components/chart-card'
import { categoryStats, statusCounts } from '@/features/projects/project-stats'
import type { Region } from '@/services/feed/schema'
import { REGIONS } from '@/services/feed/vocabulary'
import { useAppStore } from '@/store'
import { useSources } from '@/store/feed-lookups'
import { safeDecode } from '@/utils/query'

/** The region a shared link names (`?region=`), else the home region. */
export const regionOf = (value: string): Region =>
  (REGIONS as readonly string[]).includes(value) ? (value as Region) : HOME_REGION

/** The region chosen (first the link's) and its projects' card: counts per category by status. */
export function useProjectStats(): { region: Region; setRegion: (value: string) => void; card: ChartCardModel } {
  const projects = useAppStore((s) => s.feed.projects)
  const careMode = useAppStore((s) => s.careMode)
  const sources = useSources()
  const { params } = useRouter()
  const [region, setRegion] = useState<Region>(() => regionOf(safeDecode(params.region)))

  const card = useMemo(() => {
    const inRegion = projects.filter((p) => p.region === region)
    const done = statusCounts(inRegion).find((s) => s.status === 'done')!
    const title = `${region}${inRegion.length}项民生实事中，${done.count}项已完成（${done.percent}%）`
    const rows = categoryStats(inRegion).map((r) => ({ ...r, name: r.category }))
    const sourceIds = inRegion.map((p) => p.sourceId)
    return statusCard(title, rows, sourceIds, 'project-category-chart', sources, { large: careMode })
  }, [projects, region, sources, careMode])

  return { region, setRegion: (value) => setRegion(regionOf(value)), card }
}
