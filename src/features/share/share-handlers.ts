/**
 * What a page's onShareAppMessage / onShareTimeline return, with the image that goes with them.
 * The chat handler may return a `promise` (base library 2.12.0 and later): WeChat waits up to 3 s
 * for it and otherwise shares the returned defaults. Moments has no such field, so its image must
 * exist when the handler runs.
 * https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onShareAppMessage-Object-object
 * https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onShareTimeline
 */
import type { ChatSharePayload, TimelineSharePayload } from './share-payload'

/** Our promise settles by then, before WeChat's 3 s are over, so the share never waits on WeChat's timeout. */
export const SHARE_IMAGE_WAIT_MS = 2500

/** The chat payload as returned to WeChat: the defaults, and the drawn image's payload when it is still coming. */
export type ChatShare = ChatSharePayload & { promise?: Promise<ChatSharePayload> }

/** The share images of one item: the 5:4 chat card and the 1:1 Moments image, each once drawn. */
export type ShareImages = {
  card?: string
  square?: string
  /** Resolves to the card once drawn, or to undefined when drawing failed. */
  cardDrawing?: Promise<string | undefined>
}

/** Images shipped in the package, shared while an item's own image is not drawn (yet). */
export type FallbackImages = { card?: string; square?: string }

const withImage = <T extends { imageUrl?: string }>(payload: T, imageUrl: string | undefined): T => {
  const { imageUrl: _drop, ...rest } = payload
  return (imageUrl ? { ...rest, imageUrl } : rest) as T
}

/**
 * The chat share: the drawn card when it is there; else the fallback image as the default and a
 * promise that resolves with the drawn card, or with the defaults once `waitMs` have passed or
 * drawing failed.
 */
export function chatShare(
  payload: ChatSharePayload,
  images: ShareImages,
  fallback: FallbackImages,
  waitMs = SHARE_IMAGE_WAIT_MS,
): ChatShare {
  if (images.card) return withImage(payload, images.card)
  const defaults = withImage(payload, fallback.card)
  if (!images.cardDrawing) return defaults
  const drawing = images.cardDrawing
  const promise = new Promise<ChatSharePayload>((resolve) => {
    const timer = setTimeout(() => resolve(defaults), waitMs)
    const done = (card: string | undefined) => {
      clearTimeout(timer)
      resolve(card ? withImage(payload, card) : defaults)
    }
    drawing.then(done, () => done(undefined))
  })
  return { ...defaults, promise }
}

/** The Moments share: the drawn 1:1 image, else the shipped one (never a 5:4 image, which WeChat would crop). */
export function timelineShare(
  payload: TimelineSharePayload,
  images: ShareImages,
  fallback: FallbackImages,
): TimelineSharePayload {
  return withImage(payload, images.square ?? fallback.square)
}
