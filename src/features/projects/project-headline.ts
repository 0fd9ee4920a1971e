import type { Figure, Project, Region, Source } from '@/services/feed/schema'
import { latestPerItem } from './project-timeline'
import { projectYear } from './project-year'
import { HOME_REGION } from '@/domain/region'
import { compareIso } from '@/utils/compare'

/**
 * The year's 十件惠民实事 items (flagged `flagship` in the feed), each item once, as the newest
 * report tells it: the Q1–Q3 report's "推进中" gives way to the year review's "全部完成".
 */
export function flagshipProjects(
  projects: readonly Project[],
  sources: ReadonlyMap<string, Pick<Source, 'date'>>,
  year: number,
): Project[] {
  return latestPerItem(
    projects.filter((p) => p.flagship && projectYear(p.period) === year),
    sources,
  )
}

export const LIVELIHOOD_SPENDING = 'livelihood-spending'

/**
 * 民生支出 of one full year: the amount and its share of public spending, each from the newest
 * report that gives it. Months of a year (2023-01/09) are not the year and are left out.
 */
export function livelihoodSpending(
  figures: readonly Figure[],
  sources: ReadonlyMap<string, Pick<Source, 'date'>>,
  year: number,
  region: Region = HOME_REGION,
): { amount?: Figure; share?: Figure } {
  const ofYear = figures.filter(
    (f) => f.indicator === LIVELIHOOD_SPENDING && f.period === String(year) && f.region === region,
  )
  const newest = (metric: Figure['metric']) =>
    ofYear
      .filter((f) => f.metric === metric)
      .sort((a, b) => compareIso(sources.get(b.sourceId)?.date ?? '', sources.get(a.sourceId)?.date ?? ''))[0]
  return { amount: newest('level'), share: newest('share') }
}
