import type { Feed } from '@/services/feed/schema'
import type { ListTab } from './use-tab-share'

/**
 * H5: there is no WeChat share menu to fill, and the share titles' code (share-item.ts) stays out
 * of the home page's first-screen chunk. Taro picks this file on H5, use-tab-share.tsx elsewhere.
 */
export function useTabShare(_tab: ListTab, _feed: Feed): void {}
