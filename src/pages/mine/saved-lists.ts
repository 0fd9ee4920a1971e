import { newsUrl, projectUrl } from '@/domain/routes'
import type { News, Project } from '@/services/feed/schema'
import type { HistoryEntry, SavedRef } from '@/store/saved-slice'
import type { SavedListProps } from './saved-list'

type Saved = { favourites: readonly SavedRef[]; follows: readonly SavedRef[]; history: readonly HistoryEntry[] }

/**
 * 我的's three lists (收藏, 关注, 浏览记录), each knowing which of its entries the feed still holds,
 * the feed's title for an entry whose own was lost, and the page an entry opens.
 */
export function savedLists(
  saved: Saved,
  feed: { news: readonly News[]; projects: ReadonlyMap<string, Project> },
): SavedListProps[] {
  const newsTitles = new Map(feed.news.map((n) => [n.id, n.title]))
  const { projects } = feed
  const feedTitle = (id: string) => newsTitles.get(id) ?? projects.get(id)?.title
  return [
    {
      title: '我的收藏',
      items: saved.favourites,
      present: (id) => newsTitles.has(id),
      feedTitle,
      url: newsUrl,
      empty: '在资讯详情页点“收藏”，就会出现在这里。',
    },
    {
      title: '我关注的民生实事',
      items: saved.follows,
      present: (id) => projects.has(id),
      feedTitle,
      url: projectUrl,
      empty: '在民生实事详情页点“关注”，就会出现在这里。',
    },
    {
      title: '浏览记录',
      items: saved.history,
      present: (id) => newsTitles.has(id) || projects.has(id),
      feedTitle,
      // History holds both news and projects read; each opens its own detail page.
      url: (id) => (projects.has(id) ? projectUrl(id) : newsUrl(id)),
      empty: '还没有看过资讯或民生实事。',
    },
  ]
}
