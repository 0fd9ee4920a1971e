import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import type { ShareItem } from '../share-item'
import { shareAppMessage, shareTimeline } from '../share-payload'
import { useShareImage } from './share-image'

const HOME = { title: '幸福微市中', path: '/pages/index/index' }

/**
 * Registers the page's chat and Moments shares for `item`, with the 5:4 image drawn for it.
 * Returns the off-screen canvas the page must render (null on H5). A page whose item is missing
 * shares the home page rather than a broken link.
 */
export function useShare(item: ShareItem | undefined): JSX.Element | null {
  const { imageUrl, canvas } = useShareImage(item)
  useShareAppMessage(() => (item ? shareAppMessage(item, imageUrl) : HOME))
  useShareTimeline(() => (item ? shareTimeline(item, imageUrl) : { title: HOME.title, query: '' }))
  return canvas
}
