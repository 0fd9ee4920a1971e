import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import NewsDetailPage from '@/package-data/pages/news-detail/index'
import ProjectDetailPage from '@/package-data/pages/project-detail/index'
import MinePage from '@/pages/mine/index'
import { useAppStore } from '@/store'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { setRouter } from '../mocks/taro'
import { openFeed, resetUserData } from '../pages/helpers'

const { feed } = getBundledFeed()

beforeAll(openFeed)
beforeEach(resetUserData)

const storageFull = () =>
  jest.mocked(Taro.setStorageSync).mockImplementationOnce(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })

/** Opens `Page` on item `id` and taps `button` while the storage is full. */
function tapWithStorageFull(Page: () => JSX.Element | null, id: string, button: string) {
  setRouter({ id })
  render(<Page />)
  storageFull()
  fireEvent.click(screen.getByRole('button', { name: button }))
}

test('收藏 with storage full: the button does not claim 已收藏 and a toast says why', () => {
  tapWithStorageFull(NewsDetailPage, feed.news[0].id, '收藏这条资讯')
  expect(screen.queryByText('★ 已收藏')).toBeNull()
  expect(screen.getByRole('button', { name: '收藏这条资讯' })).toBeInTheDocument()
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '收藏未保存：存储空间已满' }))
  expect(screen.getByRole('status')).toHaveTextContent('最近的更改没有保存')
})

test('关注 with storage full: the button does not claim 已关注 and a toast says why', () => {
  tapWithStorageFull(ProjectDetailPage, feed.projects[0].id, '关注这项民生实事')
  expect(screen.queryByText('✓ 已关注')).toBeNull()
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '关注未保存：存储空间已满' }))
})

test('关怀模式 with storage full still applies for this session and says it was not saved', () => {
  render(<MinePage />)
  storageFull()
  fireEvent.click(screen.getByRole('radio', { name: '关怀模式（大字）' }))
  expect(useAppStore.getState().careMode).toBe(true)
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '设置未保存：存储空间已满，本次有效' }))
})

test('a saved favourite shows no toast and no notice', () => {
  setRouter({ id: feed.news[1].id })
  render(<NewsDetailPage />)
  fireEvent.click(screen.getByRole('button', { name: '收藏这条资讯' }))
  expect(screen.getByText('★ 已收藏')).toBeInTheDocument()
  expect(Taro.showToast).not.toHaveBeenCalled()
  expect(screen.queryByText(/没有保存|保存已关闭/)).toBeNull()
})
