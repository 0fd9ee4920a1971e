import type { PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import './app.scss'

/** A shared link to a page that does not exist lands on a friendly page, never a blank screen. */
Taro.onPageNotFound?.(() => {
  void Taro.redirectTo({ url: '/pages/not-found/index' })
})

function App({ children }: PropsWithChildren) {
  return children
}

export default App
