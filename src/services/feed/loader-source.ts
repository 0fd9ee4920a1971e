import { loadFeed } from './load'

/**
 * H5 (and tests): the feed loader (loadFeed with the schema and valibot) is part of the bundle.
 * The weapp version, loader-source.weapp.ts, fetches it with the bundled feed.
 */
export function importLoadFeed(): Promise<typeof loadFeed> {
  return Promise.resolve(loadFeed)
}
