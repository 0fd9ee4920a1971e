import type { StateCreator } from 'zustand'
import { loadBundledFeed } from '@/services/feed/bundled'
import { FEED_URL } from '@/services/feed/config'
import { EMPTY_FEED } from '@/services/feed/empty-feed'
import type { FeedIssue } from '@/services/feed/load'
import { cacheFeedText, fetchNewerFeed, loadCachedFeed } from '@/services/feed/refresh'
import type { Feed } from '@/services/feed/schema'

export type FeedRefresh = {
  state: 'idle' | 'checking' | 'updated' | 'current' | 'failed'
  message?: string
}

export type FeedSlice = {
  feed: Feed
  /**
   * Why the bundled feed could not be used (a download that failed). It has no other problems: it
   * was checked when the app was built (config/emit-feed.ts).
   */
  feedIssues: FeedIssue[]
  /**
   * 'loading' until the bundled feed has arrived (it is not in the entry code); 'fallback' when
   * it was unusable as a whole, or could not be fetched, and an empty or older one is shown.
   */
  feedStatus: 'loading' | 'ready' | 'fallback'
  /** Where the feed came from: the app bundle or a refreshed copy cached on the device. */
  feedOrigin: 'bundled' | 'cached' | 'remote'
  feedRefresh: FeedRefresh
  /**
   * Puts the bundled feed (or a newer cached copy) into the store. Called once at launch; calling
   * it again after a failed fetch tries again. Never rejects.
   */
  openFeed: () => Promise<void>
  /** Fetches a newer feed when a feed URL is configured; keeps the current one on any failure. */
  refreshFeed: () => Promise<FeedRefresh>
}

export const createFeedSlice: StateCreator<FeedSlice, [], [], FeedSlice> = (set, get) => {
  let opening: Promise<void> | undefined
  let refreshing: Promise<FeedRefresh> | undefined

  async function open() {
    const bundled = await loadBundledFeed()
    if (bundled.issues.length > 0) console.warn(`[feed] ${bundled.issues.length} 个问题`, bundled.issues.slice(0, 20))
    // A cached copy counts only when newer than the bundled feed; any valid one beats no feed.
    const cached = await loadCachedFeed(bundled.usedFallback ? { ...EMPTY_FEED, version: 0 } : bundled.feed)
    // A refresh that finished first already holds the newest feed.
    if (get().feedOrigin === 'remote') return
    set({
      feed: cached ?? bundled.feed,
      feedIssues: bundled.issues,
      feedStatus: bundled.usedFallback && !cached ? 'fallback' : 'ready',
      feedOrigin: cached ? 'cached' : 'bundled',
    })
  }

  async function refresh(): Promise<FeedRefresh> {
    if (!FEED_URL) {
      const outcome: FeedRefresh = { state: 'current', message: '使用随应用发布的数据' }
      set({ feedRefresh: outcome })
      return outcome
    }
    set({ feedRefresh: { state: 'checking' } })
    // Compare with the feed the user will see, not with the empty one shown while loading.
    await get().openFeed()
    const outcome = await fetchNewerFeed(FEED_URL, get().feed)
    if (outcome.status === 'updated') {
      cacheFeedText(outcome.text)
      const updated: FeedRefresh = { state: 'updated', message: outcome.message }
      set({ feed: outcome.feed, feedStatus: 'ready', feedOrigin: 'remote', feedRefresh: updated })
      return updated
    }
    const kept: FeedRefresh = { state: outcome.status, message: outcome.message }
    set({ feedRefresh: kept })
    return kept
  }

  return {
    feed: EMPTY_FEED,
    feedIssues: [],
    feedStatus: 'loading',
    feedOrigin: 'bundled',
    feedRefresh: { state: 'idle' },
    openFeed() {
      if (get().feedStatus === 'fallback') {
        opening = undefined
        set({ feedStatus: 'loading' })
      }
      opening ??= open()
      return opening
    },
    refreshFeed() {
      // A refresh asked for while one runs (pull-to-refresh during the launch check) joins it.
      // Never rejects: what refresh() does not foresee still keeps the feed and says so.
      refreshing ??= refresh().then(
        (outcome) => ((refreshing = undefined), outcome),
        (): FeedRefresh => {
          refreshing = undefined
          const outcome: FeedRefresh = { state: 'failed', message: '更新失败，继续显示已有数据' }
          set({ feedRefresh: outcome })
          return outcome
        },
      )
      return refreshing
    },
  }
}
