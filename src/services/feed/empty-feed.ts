import type { Feed } from './schema'

/** A feed with no items, for when neither the input nor a previous feed is usable. */
export const EMPTY_FEED: Feed = {
  schemaVersion: 1,
  version: 1,
  dataAsOf: '1970',
  title: '暂无数据',
  sources: [],
  figures: [],
  scorecards: [],
  news: [],
  projects: [],
  notes: [],
}
