import { useEffect, useRef, type PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { useAppStore } from '@/store'
import { removeBootShell } from '@/utils/boot-shell'
import { systemPrefersLargeText } from '@/utils/system-font'
import { SavingNotice } from '@/components/saving-notice'
import { AppBar } from '@/components/app-bar'
import { SinglePageNote } from '@/components/app-bar/single-page-note'

export type PageShellProps = PropsWithChildren<{ className?: string }>

/**
 * Every page's root: applies the theme and 关怀模式 through CSS variables in one place. Large type
 * is on when the user chose 关怀模式 here or set WeChat's own text size larger than standard.
 * Every page that is not a tab leads on: on H5 an app bar (返回 or 首页, and the app's name); on
 * weapp WeChat's own bar does that, and a page opened from Moments says how to open the whole app.
 */
export function PageShell({ className, children }: PageShellProps) {
  const careMode = useAppStore((s) => s.careMode)
  const large = careMode || systemPrefersLargeText()
  const root = useRef<HTMLElement>(null)

  useEffect(() => {
    // On H5 each page scrolls inside Taro's `.taro_page` element; make it focusable so a keyboard
    // can scroll pages that have little else to focus (a page of charts and tables).
    if (process.env.TARO_ENV !== 'h5') return
    // The first page to render takes over from index.html's loading shell.
    removeBootShell()
    const scroller = root.current?.closest?.('.taro_page')
    if (scroller && !scroller.hasAttribute('tabindex')) scroller.setAttribute('tabindex', '0')
  }, [])

  return (
    <View ref={root as never} className={['page', large ? 'care' : '', className ?? ''].join(' ').trim()}>
      <AppBar />
      <SinglePageNote />
      <SavingNotice />
      {children}
    </View>
  )
}
