/**
 * weapp: the bundled feed is `package-data/feed.js` in the package-data subpackage (written by
 * config/emit-feed.ts), so it does not count against the main package.
 */
import { requirePackageFile } from '@/utils/package-file.weapp'

export function importBundledFeed(): Promise<unknown> {
  return requirePackageFile('package-data/feed.js')
}
