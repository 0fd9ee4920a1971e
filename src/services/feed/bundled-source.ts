/**
 * H5 (and tests): the bundled feed is a chunk of its own, fetched next to the first page's code
 * instead of inside the entry script. The weapp version is bundled-source.weapp.ts.
 */
export function importBundledFeed(): Promise<unknown> {
  return import(/* webpackChunkName: "feed" */ '../../../mock/feed.json').then((m) => m.default as unknown)
}
