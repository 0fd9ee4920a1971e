import type { StateCreator } from 'zustand'
import { getBundledFeed } from '../services/feed/bundled'
import type { FeedIssue } from '../services/feed/load'
import type { Feed } from '../services/feed/schema'

export type FeedSlice = {
  feed: Feed
  /** Problems found while validating the feed: skipped items and their paths. */
  feedIssues: FeedIssue[]
  /** 'fallback' when the feed as a whole was unusable and an empty or older one is shown. */
  feedStatus: 'ready' | 'fallback'
}

export const createFeedSlice: StateCreator<FeedSlice, [], [], FeedSlice> = () => {
  const { feed, issues, usedFallback } = getBundledFeed()
  if (issues.length > 0) console.warn(`[feed] ${issues.length} 个问题`, issues.slice(0, 20))
  return { feed, feedIssues: issues, feedStatus: usedFallback ? 'fallback' : 'ready' }
}
