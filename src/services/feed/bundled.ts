import bundledFeed from '../../../mock/feed.json'
import { loadFeed, type LoadResult } from './load'

let cached: LoadResult | undefined

/** The feed bundled with the app, validated once per launch. Only this file reads `mock/`. */
export function getBundledFeed(): LoadResult {
  cached ??= loadFeed(bundledFeed)
  return cached
}
