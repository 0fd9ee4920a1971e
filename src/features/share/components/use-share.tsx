import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import type { ShareItem } from '@/features/share/share-item'
import { chatShare, timelineShare } from '@/features/share/share-handlers'
import { HOME_SHARE, type PageShare } from '@/features/share/page-shares'
import { cutText, queryOf, shareAppMessage, shareTimeline, TIMELINE_TITLE_MAX } from '@/features/share/share-payload'
import { FALLBACK_SHARE_IMAGES } from './fallback-images'
import { useShareImage } from './share-image'

export type UseShareOptions = {
  /** What the page shares when it has no item (default: home). */
  page?: PageShare
  /**
   * Moments opens the page the share was made on, with the query only: a page that shares an
   * item living elsewhere (the poster page) gives its own path for that item here.
   */
  timelinePath?: string
}

/**
 * Registers the page's chat and Moments shares for `item`, with the 5:4 and 1:1 images drawn for
 * it (the shipped images until they are). Without an item the page shares `page` (default: home),
 * so a page whose item is missing never shares a broken link. Returns the off-screen canvas the
 * page must render (null on H5). A page that calls this needs `enableShareAppMessage` and
 * `enableShareTimeline` in its index.config.ts (tests/features/share/share-config.test.ts).
 */
export function useShare(item: ShareItem | undefined, options: UseShareOptions = {}): JSX.Element | null {
  const { page = HOME_SHARE, timelinePath } = options
  const { images, canvas } = useShareImage(item)
  useShareAppMessage(() => chatShare(item ? shareAppMessage(item) : page, images(), FALLBACK_SHARE_IMAGES))
  useShareTimeline(() => {
    const moments = item
      ? shareTimeline(item)
      : { title: cutText(page.title, TIMELINE_TITLE_MAX), query: queryOf(page.path) }
    const query = timelinePath === undefined ? moments.query : queryOf(timelinePath)
    return timelineShare({ ...moments, query }, images(), FALLBACK_SHARE_IMAGES)
  })
  return canvas
}
