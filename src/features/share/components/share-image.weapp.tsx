import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Canvas } from '@tarojs/components'
import type { ShareItem } from '../share-item'
import { SHARE_IMAGE_SIZE } from '../share-links'
import { drawToTempFile } from './weapp-canvas'
import './share.scss'

/**
 * weapp: the 5:4 chat share image drawn for exactly this item on a canvas kept off screen,
 * exported to a temp file once the page is shown. Until then the image is undefined and WeChat
 * falls back to a picture of the page.
 */
export function useShareImage(item: ShareItem | undefined): { imageUrl?: string; canvas: JSX.Element | null } {
  const [imageUrl, setImageUrl] = useState<string>()
  const id = 'share-image'
  const key = item ? `${item.kind}:${item.id}` : ''

  useEffect(() => {
    setImageUrl(undefined)
    if (!item) return
    let cancelled = false
    // The canvas node reaches the view layer only after this render.
    Taro.nextTick(() => {
      drawToTempFile(id, item, 'card')
        .then((path) => !cancelled && setImageUrl(path))
        .catch(() => undefined) // WeChat's own picture of the page is the fallback.
    })
    return () => {
      cancelled = true
    }
    // The item is rebuilt on every render; its kind and id say whether it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const canvas = item ? (
    <Canvas
      type='2d'
      id={id}
      className='share-image-canvas'
      style={{ width: `${SHARE_IMAGE_SIZE.width}px`, height: `${SHARE_IMAGE_SIZE.height}px` }}
      aria-hidden
    />
  ) : null
  return { imageUrl, canvas }
}
