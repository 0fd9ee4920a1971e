import { useState } from 'react'

/** Rows a list renders at first and adds each time the reader reaches its end. */
export const PAGE_SIZE = 30

/**
 * The first `pages × pageSize` items of a list, and a way to show the next page. Going back to
 * one page whenever `items` is a new array (a new filter or search), without an extra render.
 */
export function usePagedList<T>(items: readonly T[], pageSize = PAGE_SIZE) {
  const [state, setState] = useState({ items, pages: 1 })
  const pages = state.items === items ? state.pages : 1
  const visible = items.slice(0, pages * pageSize)
  return {
    visible,
    remaining: items.length - visible.length,
    showMore: () => {
      if (visible.length < items.length) setState({ items, pages: pages + 1 })
    },
  }
}
