import type { PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import { useAppStore } from './store'
import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import './app.scss'

// The store (and with it the validated bundled feed) belongs to the app entry: every page reads
// it, and on H5 importing it only from pages copied the feed into each page's chunk.
const { feedStatus } = useAppStore.getState()
if (feedStatus === 'fallback') console.warn('[feed] 内置数据不可用，已使用备用数据')

/** A shared link to a page that does not exist lands on a friendly page, never a blank screen. */
Taro.onPageNotFound?.(() => {
  void Taro.redirectTo({ url: '/pages/not-found/index' })
})

function App({ children }: PropsWithChildren) {
  return children
}

export default App
