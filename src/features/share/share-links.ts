/**
 * What a poster link (`?kind=&id=`) names, and the sizes posters and share images are drawn at.
 * The links themselves are built in @/domain/routes (posterUrl, webUrl).
 */
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
import { APP_NAME } from './page-shares'

/** The builder of each kind of share item, by the kind a poster link names. */
export const SHARE_ITEM_OF: Record<ShareKind, (feed: Feed, id: string) => ShareItem | undefined> = {
  news: newsShareItem,
  'scorecard-year': scorecardYearShareItem,
  scorecard: scorecardShareItem,
  topic: topicShareItem,
  indicator: indicatorShareItem,
  project: projectShareItem,
}

export const SHARE_KINDS = Object.keys(SHARE_ITEM_OF) as readonly ShareKind[]

export function isShareKind(value: unknown): value is ShareKind {
  return typeof value === 'string' && (SHARE_KINDS as readonly string[]).includes(value)
}

/** A poster file name from the item: `幸福微市中-scorecard-sc-2023-1.png`. */
export function posterFileName(item: Pick<ShareItem, 'kind' | 'id'>): string {
  return `${APP_NAME}-${item.kind}-${item.id.replace(/[^\w.-]+/g, '_')}.png`
}

/** The item a poster link names (`?kind=&id=`), or undefined for an unknown kind or id. */
export function shareItemFor(feed: Feed, kind: string, id: string): ShareItem | undefined {
  return isShareKind(kind) && id ? SHARE_ITEM_OF[kind](feed, id) : undefined
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
