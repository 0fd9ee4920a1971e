/**
 * weapp: where the bundled feed and the feed loader come from, both files of the package-data
 * subpackage (config/package-files.ts), so neither counts against the main package. The feed is
 * written by config/emit-feed.ts, checked when the app was built and in the loader's output form:
 * it is used as it is. The loader (load.ts with the schema and valibot, bundled by
 * config/package-module.ts) is loaded only to check a refresh or the cached feed; when it cannot
 * be had, a cached feed waits for a launch that can load it (see refresh.ts).
 */
import type * as Load from './load'
import type { Feed } from './schema'
import { requirePackageFile } from '@/utils/package-file.weapp'

export function importBundledFeed(): Promise<Feed> {
  return requirePackageFile<Feed>('feed')
}

export function importLoadFeed(): Promise<typeof Load> {
  return requirePackageFile<typeof Load>('feedLoader')
}
