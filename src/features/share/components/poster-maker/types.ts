import type { ShareItem } from '@/features/share/share-item'

export type PosterMakerProps = {
  item: ShareItem
  /** Opened from Moments (单页模式): saving to the album cannot work there. */
  singlePage?: boolean
}
