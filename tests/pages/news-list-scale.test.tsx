import { act, render, screen } from '@testing-library/react'
import NewsPage from '@/pages/index/index'
import { useAppStore } from '@/store'
import { PAGE_SIZE } from '@/utils/use-paged-list'
import { makeLargeFeed } from '../../scripts/perf/make-large-feed'
import { hookCallbacks } from '../mocks/taro'
import { openFeed } from './helpers'

const large = makeLargeFeed()
const original = useAppStore.getState().feed

beforeAll(openFeed)
afterAll(() => useAppStore.setState({ feed: original }))

test('with 10,000 news the list renders one page of cards, and one more each time the bottom is reached', () => {
  useAppStore.setState({ feed: large, careOffered: true })
  const { container } = render(<NewsPage />)
  expect(screen.getAllByTestId('news-card')).toHaveLength(PAGE_SIZE)
  const nodes = container.querySelectorAll('*').length
  expect(nodes).toBeLessThan(2000)

  act(() => hookCallbacks.useReachBottom.at(-1)!())
  expect(screen.getAllByTestId('news-card')).toHaveLength(2 * PAGE_SIZE)
  expect(screen.getByRole('button', { name: /再显示 30 条（还有 9940 条）/ })).toBeInTheDocument()
})
