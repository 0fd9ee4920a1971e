import type { ShareItem } from '../share-item'

/**
 * H5 (and tests): no chat share image, so the poster drawing code stays out of the detail pages'
 * bundles; share-image.weapp.tsx draws one for WeChat. Taro picks the file by platform.
 */
export function useShareImage(_item: ShareItem | undefined): { imageUrl?: string; canvas: JSX.Element | null } {
  return { imageUrl: undefined, canvas: null }
}
