import type { Region } from '@/services/feed/vocabulary'

/** The district this app is for: the region a figure, chart or share falls back to. */
export const HOME_REGION: Region = '市中区'
