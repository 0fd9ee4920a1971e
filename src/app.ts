import type { PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import { FEED_URL } from './services/feed/config'
import { useAppStore } from './store'
import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import './app.scss'

// The store (and with it the validated bundled feed) belongs to the app entry: every page reads
// it, and on H5 importing it only from pages copied the feed into each page's chunk.
const { feedStatus, refreshFeed } = useAppStore.getState()
if (feedStatus === 'fallback') console.warn('[feed] 内置数据不可用，已使用备用数据')
// A configured feed URL is checked in the background after the first screen; failures are quiet.
if (FEED_URL) setTimeout(() => void refreshFeed(), 1500)

/** A shared link to a page that does not exist lands on a friendly page, never a blank screen. */
Taro.onPageNotFound?.(() => {
  void Taro.redirectTo({ url: '/pages/not-found/index' })
})

function App({ children }: PropsWithChildren) {
  return children
}

export default App
