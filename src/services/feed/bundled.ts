import { importBundledFeed } from './bundled-source'
import { EMPTY_FEED } from './empty-feed'
import type { LoadResult } from './load'
import { importLoadFeed } from './loader-source'
import { nextTask } from '@/utils/next-task'

let pending: Promise<LoadResult> | undefined

/**
 * The feed bundled with the app, fetched and validated once per launch. The feed is not part of
 * the entry code on either platform, nor is its loader on weapp (see bundled-source.ts and
 * loader-source.ts), so this is asynchronous. A failed fetch (a weapp subpackage that could not be downloaded, an H5 chunk that
 * did not load) resolves to the empty feed with an issue that says why, and is tried again on the
 * next call. Never rejects.
 */
export function loadBundledFeed(importer: () => Promise<unknown> = importBundledFeed): Promise<LoadResult> {
  pending ??= Promise.all([importer(), importLoadFeed()]).then(
    // Validated in short tasks (not in the one that parsed the JSON, nor in one long one).
    // This module's EMPTY_FEED, not the loader's: on weapp the loader bundle has a copy of its own.
    ([raw, load]) => nextTask().then(() => load.loadFeedInSlices(raw, EMPTY_FEED)),
    (error: unknown) => {
      pending = undefined
      const reason = error as { errMsg?: string; message?: string } | undefined
      return {
        feed: EMPTY_FEED,
        issues: [{ path: '$', message: `内置数据未能载入：${reason?.errMsg ?? reason?.message ?? String(error)}` }],
        usedFallback: true,
      }
    },
  )
  return pending
}

/** Tests only: forget the loaded feed so the next call fetches again. */
export function resetBundledFeed(): void {
  pending = undefined
}
