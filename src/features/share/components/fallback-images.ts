import type { FallbackImages } from '@/features/share/share-handlers'

/** H5 (and tests): WeChat's share images do not apply; fallback-images.weapp.ts ships them for WeChat. */
export const FALLBACK_SHARE_IMAGES: FallbackImages = {}
