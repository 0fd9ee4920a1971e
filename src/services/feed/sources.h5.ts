/**
 * H5: where the bundled feed and the feed loader come from, each a chunk of its own so that neither
 * is part of the entry script. The feed's chunk holds it as config/emit-feed.ts checked it when the
 * app was built, in the loader's output form: it is used as it is. The loader's chunk (schema and
 * valibot) is fetched only to check a refresh or the cached feed. The weapp version is
 * sources.weapp.ts; tests, which have no build step, use sources.ts.
 */
import type * as Load from './load'
import type { Feed } from './schema'

export function importBundledFeed(): Promise<Feed> {
  // mock/ is outside src; only services/feed reads it (STYLE.md).
  // eslint-disable-next-line no-restricted-imports
  return import(/* webpackChunkName: "feed" */ '../../../mock/feed.json').then((m) => m.default as unknown as Feed)
}

export function importLoadFeed(): Promise<typeof Load> {
  return import(/* webpackChunkName: "feed-loader" */ './load')
}
