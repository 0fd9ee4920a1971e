import type { ShareItem } from '@/features/share/share-item'
import type { ShareImages } from '@/features/share/share-handlers'

const NONE: ShareImages = {}

/**
 * H5 (and tests): no share image is drawn, so the poster drawing code stays out of the detail
 * pages' bundles; share-image.weapp.tsx draws them for WeChat. Taro picks the file by platform.
 */
export function useShareImage(_item: ShareItem | undefined): { images: () => ShareImages; canvas: JSX.Element | null } {
  return { images: () => NONE, canvas: null }
}
