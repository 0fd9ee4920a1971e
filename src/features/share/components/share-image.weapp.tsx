import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import { Canvas } from '@tarojs/components'
import type { ShareItem } from '@/features/share/share-item'
import type { ShareImages } from '@/features/share/share-handlers'
import { SHARE_IMAGE_MAX_RATIO, SHARE_IMAGE_SIZE, SHARE_SQUARE_SIZE } from '@/features/share/share-links'
import { drawToTempFile } from './weapp-canvas'
import './share.scss'

const CANVAS_ID = 'share-image'

/** Images drawn this session, by item: reopening an item shares them at once (temp files last the session). */
const drawn = new Map<string, Required<Pick<ShareImages, 'card' | 'square'>>>()

/**
 * weapp: the 5:4 chat image and then the 1:1 Moments image, drawn for exactly this item on one
 * canvas kept off screen, once the page has rendered. `images()` is read when WeChat asks for a
 * share, so a finished drawing needs no re-render.
 */
export function useShareImage(item: ShareItem | undefined): { images: () => ShareImages; canvas: JSX.Element | null } {
  const state = useRef<ShareImages>({})
  const key = item ? `${item.kind}:${item.id}` : ''

  useEffect(() => {
    state.current = {}
    if (!item) return
    const done = drawn.get(key)
    if (done) {
      state.current = { ...done }
      return
    }
    let cancelled = false
    const set = (images: ShareImages) => {
      if (!cancelled) state.current = { ...state.current, ...images }
    }
    const cardDrawing = new Promise<string | undefined>((resolve) => {
      // The canvas node reaches the view layer only after this render.
      Taro.nextTick(() => {
        drawToTempFile(CANVAS_ID, item, 'card', SHARE_IMAGE_MAX_RATIO, SHARE_IMAGE_SIZE)
          .then(async (card) => {
            set({ card })
            resolve(card)
            const square = await drawToTempFile(CANVAS_ID, item, 'card', SHARE_IMAGE_MAX_RATIO, SHARE_SQUARE_SIZE)
            set({ square })
            drawn.set(key, { card, square })
          })
          .catch(() => {
            // The shipped images stand in (share-handlers.ts), with nothing left to wait for.
            set({ cardDrawing: undefined })
            resolve(undefined)
          })
      })
    })
    set({ cardDrawing })
    return () => {
      cancelled = true
    }
    // The item is rebuilt on every render; its kind and id say whether it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const canvas = item ? (
    <Canvas
      type='2d'
      id={CANVAS_ID}
      className='share-image-canvas'
      style={{ width: `${SHARE_SQUARE_SIZE.width}px`, height: `${SHARE_SQUARE_SIZE.height}px` }}
      aria-hidden
    />
  ) : null
  return { images: () => state.current, canvas }
}
