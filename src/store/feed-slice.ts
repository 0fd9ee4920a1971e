import type { StateCreator } from 'zustand'
import { getBundledFeed } from '../services/feed/bundled'
import { FEED_URL } from '../services/feed/config'
import type { FeedIssue } from '../services/feed/load'
import { cacheFeedText, fetchNewerFeed, loadCachedFeed } from '../services/feed/refresh'
import type { Feed } from '../services/feed/schema'

export type FeedRefresh = {
  state: 'idle' | 'checking' | 'updated' | 'current' | 'failed'
  message?: string
}

export type FeedSlice = {
  feed: Feed
  /** Problems found while validating the bundled feed: skipped items and their paths. */
  feedIssues: FeedIssue[]
  /** 'fallback' when the feed as a whole was unusable and an empty or older one is shown. */
  feedStatus: 'ready' | 'fallback'
  /** Where the feed came from: the app bundle or a refreshed copy cached on the device. */
  feedOrigin: 'bundled' | 'cached' | 'remote'
  feedRefresh: FeedRefresh
  /** Fetches a newer feed when a feed URL is configured; keeps the current one on any failure. */
  refreshFeed: () => Promise<FeedRefresh>
}

export const createFeedSlice: StateCreator<FeedSlice, [], [], FeedSlice> = (set, get) => {
  const bundled = getBundledFeed()
  if (bundled.issues.length > 0) console.warn(`[feed] ${bundled.issues.length} 个问题`, bundled.issues.slice(0, 20))
  const cached = loadCachedFeed(bundled.feed)
  return {
    feed: cached ?? bundled.feed,
    feedIssues: bundled.issues,
    feedStatus: bundled.usedFallback && !cached ? 'fallback' : 'ready',
    feedOrigin: cached ? 'cached' : 'bundled',
    feedRefresh: { state: 'idle' },
    async refreshFeed() {
      if (!FEED_URL) {
        const refresh: FeedRefresh = { state: 'current', message: '使用随应用发布的数据' }
        set({ feedRefresh: refresh })
        return refresh
      }
      set({ feedRefresh: { state: 'checking' } })
      const outcome = await fetchNewerFeed(FEED_URL, get().feed)
      if (outcome.status === 'updated') {
        cacheFeedText(outcome.text)
        const refresh: FeedRefresh = { state: 'updated', message: outcome.message }
        set({ feed: outcome.feed, feedStatus: 'ready', feedOrigin: 'remote', feedRefresh: refresh })
        return refresh
      }
      const refresh: FeedRefresh = { state: outcome.status, message: outcome.message }
      set({ feedRefresh: refresh })
      return refresh
    },
  }
}
