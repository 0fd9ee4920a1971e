/**
 * weapp: the feed loader (load.ts with the schema and valibot, 12 KiB) is
 * `package-data/feed-loader.js`, a bundle config/index.ts makes of load.ts, next to the bundled
 * feed. Every feed is validated only once one has arrived, so the loader stays out of the main
 * package and comes with the feed's download. Without it nothing is validated: a cached feed then
 * waits for a launch that can load it (see refresh.ts).
 */
import type * as Load from './load'
import { requirePackageFile } from '@/utils/package-file.weapp'

export function importLoadFeed(): Promise<typeof Load> {
  return requirePackageFile<typeof Load>('package-data/feed-loader.js')
}
