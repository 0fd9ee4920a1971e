import { useEffect, useMemo } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { safeDecode } from '@/utils/query'
import { useAppStore } from './index'
import type { SaveResult } from './saved-slice'

/**
 * The item a detail page was opened on (its `id` in the link), or undefined when the feed has no
 * such item. Once found, it goes into 浏览记录 and the navigation bar takes `navTitle(item)`.
 */
export function useOpenedItem<T extends { id: string; title: string }>(
  items: readonly T[],
  navTitle: (item: T) => string,
): { id: string; item: T | undefined } {
  const { params } = useRouter()
  const id = safeDecode(params.id)
  const item = useMemo(() => items.find((x) => x.id === id), [items, id])
  const recordRead = useAppStore((s) => s.recordRead)
  const title = item ? navTitle(item) : undefined
  useEffect(() => {
    if (!item) return
    recordRead({ id: item.id, title: item.title })
    if (title) void Taro.setNavigationBarTitle({ title })
  }, [item, title, recordRead])
  return { id, item }
}

/**
 * Whether `item` is in 我的收藏 (`favourites`) or 我关注的 (`follows`), and the toggle that adds or
 * removes it there (saying whether the change was kept).
 */
export function useSaved(
  list: 'favourites' | 'follows',
  item: { id: string; title: string } | undefined,
): { saved: boolean; onToggle: () => SaveResult } {
  const saved = useAppStore((s) => !!item && s[list].some((x) => x.id === item.id))
  const toggle = useAppStore((s) => (list === 'favourites' ? s.toggleFavourite : s.toggleFollow))
  const onToggle = () => (item ? toggle({ id: item.id, title: item.title }) : NOTHING_TO_SAVE)
  return { saved, onToggle }
}

const NOTHING_TO_SAVE: SaveResult = { saved: true }
