/**
 * What the pages that show a list rather than one item share: a title that carries a figure and
 * the page's own path. Pure functions of the feed, like share-item.ts (a page opened from Moments
 * has separate storage).
 */
import type { Feed } from '@/services/feed/schema'
import { HOME_REGION } from '@/domain/region'
import { PAGES, projectStatsUrl } from '@/domain/routes'
import { compareIso } from '@/utils/compare'
import { newsShareItem } from './share-item'
import { CHAT_TITLE_MAX, fitTitle, type ChatSharePayload } from './share-payload'

export type PageShare = Pick<ChatSharePayload, 'title' | 'path'>

/** The app's name, as a share without an item of its own (and the poster's footer) shows it. */
export const APP_NAME = '幸福微市中'
/** What a page shares when it has no item: the app, opening the home tab. */
export const HOME_SHARE: PageShare = { title: APP_NAME, path: PAGES.news }

/** The 资讯 tab: the newest story's title (it states its figure), opening the tab itself. */
export function newsTabShare(feed: Feed): PageShare {
  const newest = [...feed.news].sort((a, b) => compareIso(b.date, a.date))[0]
  const item = newest ? newsShareItem(feed, newest.id) : undefined
  return { title: item ? fitTitle(item.titleParts, CHAT_TITLE_MAX) : APP_NAME, path: PAGES.news }
}

/** `市中区120项民生实事中，95项已完成`: the district's projects and how many the sources call done. */
export function projectCountTitle(feed: Feed, region: string = HOME_REGION): string {
  const inRegion = feed.projects.filter((p) => p.region === region)
  const done = inRegion.filter((p) => p.status === 'done').length
  return `${region}${inRegion.length}项民生实事中，${done}项已完成`
}

/** The 民生实事 tab: the district's count of projects and of those done. */
export function projectsTabShare(feed: Feed): PageShare {
  return { title: projectCountTitle(feed), path: PAGES.projects }
}

/** The 分类统计图 page for one region: its title, and a path that opens that region. */
export function projectStatsShare(title: string, region: string): PageShare {
  return { title, path: projectStatsUrl(region) }
}
