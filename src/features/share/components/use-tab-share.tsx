import { useMemo } from 'react'
import type { Feed } from '@/services/feed/schema'
import { newsTabShare, projectsTabShare } from '@/features/share/page-shares'
import { useShare } from './use-share'

/** The tab pages that show a list and share it. */
export type ListTab = 'news' | 'projects'

/**
 * weapp (and tests): registers the share of a list tab (资讯, 民生实事): its own path, a title with
 * a figure, the shipped images. use-tab-share.h5.tsx is its H5 stand-in.
 */
export function useTabShare(tab: ListTab, feed: Feed): void {
  const page = useMemo(() => (tab === 'news' ? newsTabShare(feed) : projectsTabShare(feed)), [tab, feed])
  useShare(undefined, { page })
}
