import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MinePage from '@/pages/mine/index'
import NewsDetailPage from '@/package-data/pages/news-detail/index'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { useAppStore } from '@/store'
import { formatDate } from '@/domain/format'
import { setRouter } from '../mocks/taro'
import { openFeed, resetUserData } from './helpers'

const { feed } = getBundledFeed()
const [first, second] = feed.news

beforeAll(openFeed)
beforeEach(resetUserData)

/** The block under a 我的 page heading such as 我的收藏（1）. */
const section = (heading: string) => screen.getByRole('heading', { name: heading }).parentElement!

test('lists a saved favourite under 我的收藏 and opens it when tapped', () => {
  useAppStore.setState({ favourites: [{ id: first.id, title: first.title, savedAt: Date.now() }] })
  render(<MinePage />)
  const favourites = section('我的收藏（1）')
  fireEvent.click(within(favourites).getByText(first.title))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/package-data/pages/news-detail/index?id=${first.id}` })
})

test('a news saved on its detail page shows up on 我的', () => {
  setRouter({ id: second.id })
  const detail = render(<NewsDetailPage />)
  fireEvent.click(screen.getByRole('button', { name: '收藏这条资讯' }))
  detail.unmount()

  render(<MinePage />)
  expect(within(section('我的收藏（1）')).getByText(second.title)).toBeInTheDocument()
  expect(within(section('浏览记录（1）')).getByText(second.title)).toBeInTheDocument()
})

test('keeps a favourite that has left the data, and says so instead of linking to it', () => {
  useAppStore.setState({ favourites: [{ id: 'news-gone', title: '一条已下线的资讯', savedAt: 1 }] })
  render(<MinePage />)
  const favourites = section('我的收藏（1）')
  expect(within(favourites).getByText('已不在当前数据中（保留记录）')).toBeInTheDocument()
  fireEvent.click(within(favourites).getByText('一条已下线的资讯'))
  expect(Taro.navigateTo).not.toHaveBeenCalled()
})

test('explains how to save when there are no favourites yet', () => {
  render(<MinePage />)
  expect(within(section('我的收藏（0）')).getByText('在资讯详情页点“收藏”，就会出现在这里。')).toBeInTheDocument()
  expect(within(section('浏览记录（0）')).getByText('还没有看过资讯或民生实事。')).toBeInTheDocument()
})

test('shows 数据截至, the data version and that all data passed validation', () => {
  render(<MinePage />)
  const asOf = `数据截至 ${formatDate(feed.dataAsOf)}`
  expect(screen.getByRole('note')).toHaveTextContent(asOf)
  expect(screen.getByText(`数据版本 ${feed.version} · ${asOf}`)).toBeInTheDocument()
  expect(screen.getByText(/全部数据通过校验。/)).toHaveTextContent(`共 ${feed.news.length} 条资讯`)
})

test('lists every source report of the data', () => {
  render(<MinePage />)
  for (const s of feed.sources)
    expect(screen.getByText(new RegExp(`《${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}》`))).toBeInTheDocument()
})

test('choosing 关怀模式 turns larger type on for every page, and 标准 turns it off', () => {
  const { container } = render(<MinePage />)
  const group = screen.getByRole('radiogroup', { name: '字号' })
  expect(within(group).getByRole('radio', { name: '标准' })).toHaveAttribute('aria-checked', 'true')
  fireEvent.click(within(group).getByRole('radio', { name: '关怀模式（大字）' }))
  expect(useAppStore.getState().careMode).toBe(true)
  expect(within(group).getByRole('radio', { name: '关怀模式（大字）' })).toHaveAttribute('aria-checked', 'true')
  expect(container.firstChild).toHaveClass('care')
  fireEvent.click(within(group).getByRole('radio', { name: '标准' }))
  expect(useAppStore.getState().careMode).toBe(false)
  expect(container.firstChild).not.toHaveClass('care')
})

test('with 5,000 favourites, 我的 shows the first 30 and 查看更多 adds the next 30', () => {
  const many = Array.from({ length: 5000 }, (_, i) => ({ id: `news-gone-${i}`, title: `收藏 ${i}`, savedAt: i + 1 }))
  useAppStore.setState({ favourites: many })
  render(<MinePage />)
  const favourites = section('我的收藏（5000）')
  expect(within(favourites).getAllByText(/^收藏 \d+$/)).toHaveLength(30)
  fireEvent.click(within(favourites).getByRole('button', { name: '查看更多（还有 4970 条）' }))
  expect(within(favourites).getAllByText(/^收藏 \d+$/)).toHaveLength(60)
  expect(within(favourites).getByText('收藏 59')).toBeInTheDocument()
})

test('an entry kept with a broken time or title still reads well', () => {
  useAppStore.setState({
    favourites: [
      { id: first.id, title: '', savedAt: 0 },
      { id: 'news-gone', title: '', savedAt: 0 },
    ],
  })
  render(<MinePage />)
  const favourites = section('我的收藏（2）')
  expect(within(favourites).getByText(first.title)).toBeInTheDocument()
  expect(within(favourites).getByText('时间不详')).toBeInTheDocument()
  expect(within(favourites).getByText('news-gone')).toBeInTheDocument()
})
