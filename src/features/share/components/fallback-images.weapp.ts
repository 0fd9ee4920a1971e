import type { FallbackImages } from '@/features/share/share-handlers'
// Drawn by scripts/make-share-fallback.ts. Larger than Taro's 2 KiB inline limit, so webpack emits
// them as files of the main package and the import is their package path.
import card from '@/features/share/assets/share-card.png'
import square from '@/features/share/assets/share-square.png'

/** weapp: the app's own 5:4 and 1:1 images, shared while an item's image is not drawn yet. */
export const FALLBACK_SHARE_IMAGES: FallbackImages = { card: card as string, square: square as string }
