import { EMPTY_FEED } from './empty-feed'
import type { LoadResult } from './load'
import { importBundledFeed } from './sources'

let pending: Promise<LoadResult> | undefined

/**
 * The feed bundled with the app, fetched once per launch. It was checked by the feed's rules when
 * the app was built (config/emit-feed.ts) and is used as it is: neither the schema nor the loader
 * is loaded for it. It is not part of the entry code on either platform (see sources.h5.ts and
 * sources.weapp.ts), so this is asynchronous. A failed fetch (a weapp subpackage that could not be
 * downloaded, an H5 chunk that did not load) resolves to the empty feed with an issue that says
 * why, and is tried again on the next call. Never rejects.
 */
export function loadBundledFeed(importer: () => Promise<LoadResult['feed']> = importBundledFeed): Promise<LoadResult> {
  pending ??= importer().then(
    (feed) => ({ feed, issues: [], usedFallback: false }),
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
