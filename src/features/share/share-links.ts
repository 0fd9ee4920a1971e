/** Where the share actions lead: the poster page of an item and the H5 address of a share path. */
import type { Feed } from '@/services/feed/schema'
import {
  indicatorShareItem,
  newsShareItem,
  projectShareItem,
  scorecardShareItem,
  scorecardYearShareItem,
  topicShareItem,
  type ShareItem,
  type ShareKind,
} from './share-item'

export const POSTER_PAGE = '/package-share/pages/poster/index'

export const SHARE_KINDS: readonly ShareKind[] = [
  'news',
  'scorecard-year',
  'scorecard',
  'topic',
  'indicator',
  'project',
]

export function isShareKind(value: unknown): value is ShareKind {
  return typeof value === 'string' && (SHARE_KINDS as readonly string[]).includes(value)
}

/** The poster page for an item: only its kind and id go in the query. */
export function posterUrl(item: Pick<ShareItem, 'kind' | 'id'>): string {
  return `${POSTER_PAGE}?kind=${encodeURIComponent(item.kind)}&id=${encodeURIComponent(item.id)}`
}

/** The H5 address of a mini-program path, for the hash router: `https://host/app/#/pages/…?id=…`. */
export function webUrl(path: string, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}#${path.startsWith('/') ? path : `/${path}`}`
}

/** A poster file name from the item: `幸福微市中-scorecard-sc-2023-1.png`. */
export function posterFileName(item: Pick<ShareItem, 'kind' | 'id'>): string {
  return `幸福微市中-${item.kind}-${item.id.replace(/[^\w.-]+/g, '_')}.png`
}

/** The item a poster link names (`?kind=&id=`), or undefined for an unknown kind or id. */
export function shareItemFor(feed: Feed, kind: string, id: string): ShareItem | undefined {
  if (!isShareKind(kind) || !id) return undefined
  switch (kind) {
    case 'news':
      return newsShareItem(feed, id)
    case 'scorecard-year':
      return scorecardYearShareItem(feed, id)
    case 'scorecard':
      return scorecardShareItem(feed, id)
    case 'topic':
      return topicShareItem(feed, id)
    case 'indicator':
      return indicatorShareItem(feed, id)
    case 'project':
      return projectShareItem(feed, id)
  }
}

/** The tall poster's size in CSS pixels, and the largest pixel ratio it is drawn at (keeps the file and memory modest). */
export const POSTER_SIZE = { width: 750, height: 1334 }
export const POSTER_MAX_RATIO = 2

/** The chat share image's size in CSS pixels: 5:4, as WeChat shows it. */
export const SHARE_IMAGE_SIZE = { width: 500, height: 400 }
/** The Moments share image's size in CSS pixels: 1:1, as WeChat shows it beside the title. */
export const SHARE_SQUARE_SIZE = { width: 500, height: 500 }
/** Share images are shown small: twice their CSS size is sharp enough and keeps each file modest. */
export const SHARE_IMAGE_MAX_RATIO = 2
