// First: on weapp it installs the built-ins older phones lack (polyfills.weapp.ts).
import './polyfills'
import type { PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import { configure as configureIcons } from '@nutui/icons-react-taro'
import { PAGES } from './domain/routes'
import { FEED_URL } from './services/feed/config'
import { useAppStore } from './store'
import { renderHtmlTagsAsViews } from './utils/html-tags'
// H5 production: the offline service worker, registered once the first screen has settled (weapp: nothing).
import './utils/service-worker'
import './app.scss'

// NutUI's icons render as an <i> element by default, for which the mini program has no template:
// the search and clear icons were blank on weapp. A view takes the same mask style.
if (process.env.TARO_ENV !== 'h5') configureIcons({ tag: 'view' })
renderHtmlTagsAsViews()

// The bundled feed is fetched at launch, in parallel with the first page's code (it is a chunk
// of its own on H5 and a subpackage file on weapp); pages show a skeleton until it is there.
const { openFeed, refreshFeed } = useAppStore.getState()
void openFeed().then(() => {
  if (useAppStore.getState().feedStatus === 'fallback') console.warn('[feed] 内置数据不可用，已使用备用数据')
  // A configured feed URL is checked in the background after the first screen; failures are quiet.
  if (FEED_URL) setTimeout(() => void refreshFeed(), 1500)
})

/** A shared link to a page that does not exist lands on a friendly page, never a blank screen. */
Taro.onPageNotFound?.(() => {
  void Taro.redirectTo({ url: PAGES.notFound })
})

function App({ children }: PropsWithChildren) {
  return children
}

export default App
