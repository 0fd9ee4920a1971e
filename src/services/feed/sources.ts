/**
 * Tests (jest, which has no build step): the bundled feed and the feed loader as the builds give
 * them (sources.h5.ts, sources.weapp.ts). mock/feed.json is checked here, when first asked for, as
 * config/emit-feed.ts checks it when the app is built: a feed with any problem is refused, and the
 * app receives the loader's output.
 */
import type * as Load from './load'
import type { Feed } from './schema'

export async function importBundledFeed(): Promise<Feed> {
  const [{ default: raw }, { loadFeed }] = await Promise.all([
    // mock/ is outside src; only services/feed reads it (STYLE.md).
    // eslint-disable-next-line no-restricted-imports
    import('../../../mock/feed.json'),
    import('./load'),
  ])
  const { feed, issues, usedFallback } = loadFeed(raw)
  if (usedFallback || issues.length > 0)
    throw new Error(`mock/feed.json 未通过数据检查：${issues[0]?.path} ${issues[0]?.message}`)
  return feed
}

export function importLoadFeed(): Promise<typeof Load> {
  return import('./load')
}
