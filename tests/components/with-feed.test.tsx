import { act, fireEvent, render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { withFeed } from '@/components/page-shell/with-feed'
import { EMPTY_FEED } from '@/services/feed/empty-feed'
import { useAppStore } from '@/store'

// The store's own action, kept before the tests below replace it with stand-ins.
const { openFeed: realOpenFeed } = useAppStore.getState()

const Page = withFeed(function DemoPage() {
  const count = useAppStore((s) => s.feed.news.length)
  return <Text>共 {count} 条资讯</Text>
})

test('while the feed loads, a page shows a skeleton with one status line and none of its own content', () => {
  const openFeed = jest.fn(() => new Promise<void>(() => {}))
  useAppStore.setState({ feed: EMPTY_FEED, feedStatus: 'loading', openFeed })
  render(<Page />)
  expect(screen.getByRole('status', { name: '正在载入数据' })).toBeInTheDocument()
  expect(screen.queryByText(/条资讯/)).toBeNull()
  expect(openFeed).toHaveBeenCalledTimes(1)
})

test('when the feed could not be fetched, the page says so and 重试 asks for it again', () => {
  const openFeed = jest.fn(() => Promise.resolve())
  useAppStore.setState({ feed: EMPTY_FEED, feedStatus: 'fallback', openFeed })
  render(<Page />)
  expect(screen.getByText('数据没有载入')).toBeInTheDocument()
  expect(screen.getByText(/已收藏和关注的内容都还在/)).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(openFeed).toHaveBeenCalledTimes(2)
})

test('once the feed is there the page renders, and it swaps in without a reload', async () => {
  useAppStore.setState({ feed: EMPTY_FEED, feedStatus: 'loading', openFeed: realOpenFeed })
  render(<Page />)
  expect(screen.getByRole('status', { name: '正在载入数据' })).toBeInTheDocument()
  await act(() => realOpenFeed())
  expect(useAppStore.getState().feedStatus).toBe('ready')
  expect(screen.getByText(`共 ${useAppStore.getState().feed.news.length} 条资讯`)).toBeInTheDocument()
})
