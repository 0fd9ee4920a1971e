import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Canvas, Image, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { albumRefused, ALBUM_SCOPE, SAVE_MESSAGES, saveToAlbum, type AlbumApi } from '@/features/share/save-to-album'
import { POSTER_MAX_RATIO, POSTER_SIZE } from '@/features/share/share-links'
import { drawToTempFile } from '@/features/share/components/weapp-canvas'
import { posterLink } from '@/features/share/poster-link'
import type { PosterMakerProps } from './types'
import './poster-maker.scss'

const CANVAS_ID = 'poster'
/** Taro's API as the save needs it (requirePrivacyAuthorize is WeChat's, passed through by Taro). */
const album = Taro as unknown as AlbumApi

/**
 * weapp: the poster drawn on `<Canvas type="2d">` (kept off screen), exported to a temp file and
 * shown as an image, with 预览 and 保存到相册. A refused privacy prompt, a privacy guide without
 * the album and a refused album permission each get a line that says what to do
 * (save-to-album.ts); the album one with a way to the settings.
 * https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.saveImageToPhotosAlbum.html
 */
export function PosterMaker({ item, singlePage = false }: PosterMakerProps) {
  const [path, setPath] = useState<string>()
  const [failed, setFailed] = useState(false)
  const [refused, setRefused] = useState(false)
  const [status, setStatus] = useState('')

  useEffect(() => {
    let cancelled = false
    setPath(undefined)
    setFailed(false)
    // The canvas node reaches the view layer only after this render.
    Taro.nextTick(() => {
      // A code only when the build names the H5 address (posterLink); else the poster says how to find the app.
      drawToTempFile(CANVAS_ID, item, 'poster', POSTER_MAX_RATIO, undefined, posterLink(item.path))
        .then((p) => !cancelled && setPath(p))
        .catch(() => !cancelled && setFailed(true))
    })
    if (!singlePage) void albumRefused(album).then((r) => !cancelled && setRefused(r))
    return () => {
      cancelled = true
    }
  }, [item, singlePage])

  const save = async () => {
    if (!path) return
    const outcome = await saveToAlbum(album, path)
    setRefused(outcome === 'album-refused')
    // The album refusal has its own note with 去设置 below.
    setStatus(outcome === 'album-refused' ? '' : SAVE_MESSAGES[outcome])
  }

  const openSetting = async () => {
    try {
      const { authSetting } = await Taro.openSetting()
      const allowed = (authSetting as Record<string, boolean | undefined>)[ALBUM_SCOPE] === true
      setRefused(!allowed)
      if (allowed) setStatus('已允许保存到相册，请再点一次“保存到相册”。')
    } catch {
      // The settings page did not open; the explanation stays.
    }
  }

  return (
    <View className='poster'>
      <Canvas
        type='2d'
        id={CANVAS_ID}
        style={{
          position: 'fixed',
          left: '-3000px',
          top: '0',
          width: `${POSTER_SIZE.width}px`,
          height: `${POSTER_SIZE.height}px`,
        }}
      />
      <View className='poster__frame'>
        {path ? (
          <Image
            className='poster__image'
            src={path}
            mode='widthFix'
            ariaLabel={`海报：${item.title}。${item.sourceLine}，数据截至${item.dataAsOf}。`}
            onClick={() => void Taro.previewImage({ urls: [path], current: path })}
          />
        ) : (
          <Text className='muted'>{failed ? '海报没能生成，请返回后再试一次。' : '正在生成海报…'}</Text>
        )}
      </View>
      <View className='poster__actions'>
        <Button
          className='tap'
          type='primary'
          fill='outline'
          disabled={!path}
          onClick={() => path && void Taro.previewImage({ urls: [path], current: path })}
        >
          预览
        </Button>
        {singlePage ? null : (
          <Button className='tap' type='primary' disabled={!path} onClick={() => void save()}>
            保存到相册
          </Button>
        )}
      </View>
      {singlePage ? (
        <Text className='poster__status muted'>从朋友圈打开时不能存图；进入小程序后就能保存到相册。</Text>
      ) : null}
      {refused && !singlePage ? (
        <View className='card link-note' role='alert'>
          <Text className='link-note__title'>需要允许“添加到相册”</Text>
          <Text className='muted' style={{ display: 'block' }}>
            {SAVE_MESSAGES['album-refused']}
          </Text>
          <Button className='tap' type='primary' style={{ marginTop: '12px' }} onClick={() => void openSetting()}>
            去设置
          </Button>
        </View>
      ) : null}
      {status ? <Text className='poster__status muted'>{status}</Text> : null}
    </View>
  )
}
