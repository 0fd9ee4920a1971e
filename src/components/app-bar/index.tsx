import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { APP_NAME } from './app-name'
import { isTabPath, PAGES } from '@/domain/routes'
import './app-bar.scss'

// NutUI's Button on H5 is not announced as a button without it (a prop its types do not list).
/**
 * The page's title as the H5 router keeps it: it writes each page's navigationBarTitleText, and
 * what Taro.setNavigationBarTitle sets later, into document.title.
 */
function usePageTitle(): string {
  const [title, setTitle] = useState(() => (typeof document === 'undefined' ? '' : document.title))
  useEffect(() => {
    const read = () => setTitle(document.title)
    read()
    const element = document.querySelector('title')
    if (!element || typeof MutationObserver === 'undefined') return
    const observer = new MutationObserver(read)
    observer.observe(element, { childList: true, characterData: true, subtree: true })
    return () => observer.disconnect()
  }, [])
  return title
}

/**
 * H5 only (weapp draws WeChat's own bar, with its back and home buttons): the bar at the top of
 * every page that is not a tab, so that a shared link opened alone leads on. 返回 when this run of
 * the app has a page to go back to, else 首页, which opens 资讯 afresh; and the app's name.
 * Taro's own H5 bar (navigationStyle 'default') is undocumented for H5 and draws 24 px icons with
 * no names, so it stays off.
 */
export function AppBar() {
  const { path } = useRouter()
  // The router puts a page on its stack before the page renders: more than one is history.
  const [canGoBack] = useState(() => (Taro.getCurrentPages?.().length ?? 0) > 1)
  const title = usePageTitle()
  if (isTabPath(path ?? '')) return null

  const page = title && title !== APP_NAME ? title : ''
  return (
    <View className='app-bar' role='navigation' aria-label='页面导航'>
      {canGoBack ? (
        <Button className='app-bar__action' aria-label='返回上一页' onClick={() => void Taro.navigateBack()}>
          ‹ 返回
        </Button>
      ) : (
        <Button
          className='app-bar__action'
          aria-label='回到首页'
          onClick={() => void Taro.reLaunch({ url: PAGES.news })}
        >
          首页
        </Button>
      )}
      <View className='app-bar__title'>
        <Text className='app-bar__name'>{APP_NAME}</Text>
        {page ? <Text className='app-bar__page'>{` · ${page}`}</Text> : null}
      </View>
    </View>
  )
}
