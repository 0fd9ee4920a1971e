import { useEffect, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { drawPoster, type PosterContext } from '@/features/share/poster'
import { POSTER_MAX_RATIO, POSTER_SIZE, posterFileName } from '@/features/share/share-links'
import { posterLink } from '@/features/share/poster-link'
import { shareAppMessage } from '@/features/share/share-payload'
import type { PosterMakerProps } from './types'
import './poster-maker.scss'

type FileNavigator = Navigator & {
  canShare?: (data: { files?: File[] }) => boolean
  share?: (data: { files?: File[]; title?: string }) => Promise<void>
}

/** Draws the canvas and resolves to its PNG; fonts are awaited so Chinese text is measured right. */
async function drawToBlob(canvas: HTMLCanvasElement, item: PosterMakerProps['item']): Promise<Blob> {
  await document.fonts?.ready
  const ratio = Math.min(window.devicePixelRatio || 1, POSTER_MAX_RATIO)
  canvas.width = Math.round(POSTER_SIZE.width * ratio)
  canvas.height = Math.round(POSTER_SIZE.height * ratio)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2d context')
  // The code leads to this item under the build's H5 address, else under this page's own.
  const link = posterLink(item.path, window.location)
  drawPoster(ctx as unknown as PosterContext, item, { ...POSTER_SIZE, pixelRatio: ratio, layout: 'poster', link })
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob gave nothing'))), 'image/png'),
  )
}

/** H5: the poster on an HTML canvas, downloaded as a PNG, or shared as a file where the browser can. */
export function PosterMaker({ item }: PosterMakerProps) {
  const canvas = useRef<HTMLCanvasElement | null>(null)
  const [png, setPng] = useState<{ blob: Blob; url: string }>()
  const [failed, setFailed] = useState(false)
  const [status, setStatus] = useState('')
  const fileName = posterFileName(item)

  useEffect(() => {
    let url = ''
    let cancelled = false
    setPng(undefined)
    setFailed(false)
    if (canvas.current)
      drawToBlob(canvas.current, item)
        .then((blob) => {
          if (cancelled) return
          url = URL.createObjectURL(blob)
          setPng({ blob, url })
        })
        .catch(() => !cancelled && setFailed(true))
    return () => {
      cancelled = true
      if (url) URL.revokeObjectURL(url)
    }
  }, [item])

  const file = png ? new File([png.blob], fileName, { type: 'image/png' }) : undefined
  const nav = (typeof navigator === 'undefined' ? undefined : navigator) as FileNavigator | undefined
  const canShareFile = !!file && !!nav?.share && !!nav.canShare?.({ files: [file] })

  const download = () => {
    if (!png) return
    const a = document.createElement('a')
    a.href = png.url
    a.download = fileName
    document.body.appendChild(a)
    a.click()
    a.remove()
    setStatus(`海报已下载为 ${fileName}。`)
  }

  const shareFile = async () => {
    if (!file || !nav?.share) return
    try {
      await nav.share({ files: [file], title: shareAppMessage(item).title })
    } catch (e) {
      if ((e as { name?: string })?.name !== 'AbortError') setStatus('这次没能分享图片，可以先下载海报再发送。')
    }
  }

  return (
    <View className='poster'>
      <View className='poster__frame'>
        <canvas
          ref={canvas}
          className='poster__image'
          role='img'
          aria-label={`海报：${item.title}。${item.sourceLine}，数据截至${item.dataAsOf}。`}
          data-testid='poster-canvas'
          style={{
            width: '80%',
            maxWidth: '320px',
            height: 'auto',
            aspectRatio: `${POSTER_SIZE.width} / ${POSTER_SIZE.height}`,
          }}
        />
      </View>
      {failed ? (
        <View className='poster__status' role='alert'>
          这个浏览器没能画出海报。可以换一个浏览器，或直接发送链接。
        </View>
      ) : null}
      <View className='poster__actions'>
        {canShareFile ? (
          <Button className='tap' type='primary' onClick={() => void shareFile()}>
            分享图片
          </Button>
        ) : null}
        <Button
          className='tap'
          type='primary'
          disabled={!png}
          aria-label={png ? '下载海报' : '海报还在生成'}
          onClick={download}
        >
          {png ? '下载海报' : '正在生成…'}
        </Button>
      </View>
      {status ? (
        <View className='poster__status muted' role='status'>
          {status}
        </View>
      ) : null}
    </View>
  )
}
