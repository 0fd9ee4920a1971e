import type * as Load from './load'

/**
 * H5 (and tests): the feed loader (loadFeed with the schema and valibot) is fetched in the feed's
 * own chunk, so neither is part of the entry script. The weapp version, loader-source.weapp.ts,
 * fetches it with the bundled feed from the package-data subpackage.
 */
export function importLoadFeed(): Promise<typeof Load> {
  return import(/* webpackChunkName: "feed" */ './load')
}
