import { useEffect, type ReactElement } from 'react'
import { View } from '@tarojs/components'
import { Skeleton } from '@nutui/nutui-react-taro'
import { Button } from '@/components/button'
import { EMPTY_FEED } from '@/services/feed/empty-feed'
import { useAppStore } from '@/store'
import { EmptyState } from '@/components/empty-state'
import { PageShell } from './index'

/** Grey lines in the shape of cards while the feed arrives; screen readers hear one status line. */
function FeedLoading() {
  return (
    <View className='feed-loading' role='status' aria-label='正在载入数据'>
      {[0, 1, 2].map((i) => (
        <View key={i} className='card feed-loading__card' aria-hidden>
          <Skeleton rows={3} animated />
        </View>
      ))}
    </View>
  )
}

/** The feed could not be fetched at all (first open without network): say so and offer a retry. */
function FeedUnavailable() {
  const openFeed = useAppStore((s) => s.openFeed)
  return (
    <View className='feed-unavailable'>
      <EmptyState title='数据没有载入' description='请检查网络后重试；已收藏和关注的内容都还在。' glyph='!' />
      <Button type='primary' className='tap' onClick={() => void openFeed()}>
        重试
      </Button>
    </View>
  )
}

/**
 * Renders a page only once the feed is in the store, so no page ever works from the empty feed
 * that stands in while the bundled one loads (it would flash "没有找到" on a detail page, or
 * start a list's state from nothing). The feed is asked for here too, which is a no-op after the
 * launch has started it.
 */
export function withFeed(Page: () => ReactElement): () => ReactElement {
  function FeedPage() {
    const status = useAppStore((s) => s.feedStatus)
    const empty = useAppStore((s) => s.feed === EMPTY_FEED)
    const openFeed = useAppStore((s) => s.openFeed)
    useEffect(() => {
      void openFeed()
    }, [openFeed])

    if (status === 'loading')
      return (
        <PageShell>
          <FeedLoading />
        </PageShell>
      )
    if (status === 'fallback' && empty)
      return (
        <PageShell>
          <FeedUnavailable />
        </PageShell>
      )
    return <Page />
  }
  FeedPage.displayName = `withFeed(${Page.name})`
  return FeedPage
}
