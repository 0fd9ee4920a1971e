import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { isSinglePageMode } from '@/utils/launch-scene'
import type { ShareItem } from '@/features/share/share-item'
import { posterUrl, webUrl } from '@/domain/routes'
import { shareAppMessage } from '@/features/share/share-payload'
import './share.scss'

export type ShareActionsProps = { item: ShareItem }

/** One of the choices in the opened panel: a primary button with its spoken name. */
function Choice({ label, onClick, children }: { label: string; onClick: () => void; children: string }) {
  return (
    <Button className='tap' type='primary' aria-label={label} onClick={onClick}>
      {children}
    </Button>
  )
}

type WebNavigator = Navigator & { share?: (data: ShareData) => Promise<void> }

/**
 * H5: the Web Share API where the browser has it, else the link copied to the clipboard.
 * Returns what to tell the user ('' when the system sheet said it all).
 */
export async function sendLinkOnWeb(item: ShareItem): Promise<string> {
  const url = webUrl(item.path, window.location)
  const { title } = shareAppMessage(item)
  const nav = (typeof navigator === 'undefined' ? undefined : navigator) as WebNavigator | undefined
  if (nav?.share) {
    try {
      await nav.share({ title, url })
      return ''
    } catch (e) {
      if ((e as { name?: string })?.name === 'AbortError') return ''
      // Not allowed here (e.g. no user gesture left): fall back to copying.
    }
  }
  try {
    await Taro.setClipboardData({ data: `${title} ${url}` })
    return '链接已复制，粘贴到聊天里就能发给朋友。'
  } catch {
    return `没能自动复制，请长按复制这个链接：${url}`
  }
}

/**
 * 分享 with both choices in the page itself, never in a pop-up: 发送给朋友 (WeChat's own share
 * button on weapp, the Web Share API or a copied link on H5) and 生成海报. Opened from Moments
 * (单页模式) neither can work, so one line says where they do.
 */
export function ShareActions({ item }: ShareActionsProps) {
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState('')
  const panelId = `share-choices-${item.kind}-${item.id}`.replace(/[^\w-]/g, '_')

  if (isSinglePageMode()) {
    return <Text className='single-page-note muted'>从朋友圈打开时不能分享或生成海报；进入小程序后就可以。</Text>
  }

  const weapp = process.env.TARO_ENV === 'weapp'
  return (
    <View className='share-actions'>
      <Button
        className='tap'
        fill='outline'
        type='primary'
        aria-label={`分享“${item.name}”`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {open ? '分享 ▲' : '分享 ▼'}
      </Button>
      <View id={panelId} className='share-actions__choices' role='group' aria-label='分享方式' hidden={!open}>
        {open ? (
          <>
            {weapp ? (
              <Button className='tap' type='primary' openType='share' aria-label='发送给微信好友或群聊'>
                发送给朋友
              </Button>
            ) : (
              <Choice label='发送链接给朋友' onClick={() => void sendLinkOnWeb(item).then(setStatus)}>
                发送给朋友
              </Choice>
            )}
            <Choice label={`为“${item.name}”生成海报`} onClick={() => void Taro.navigateTo({ url: posterUrl(item) })}>
              生成海报
            </Choice>
          </>
        ) : null}
      </View>
      {status ? (
        <View className='share-actions__status muted' role='status'>
          {status}
        </View>
      ) : null}
    </View>
  )
}
