import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setRouter } from '../mocks/taro'
import { PageShell } from '@/components/page-shell'
import { NotFound, notFoundText } from '@/components/not-found'
import { PAGES, newsUrl } from '@/domain/routes'

type PagesStub = { getCurrentPages?: () => unknown[] }
const taro = Taro as unknown as PagesStub

/** As if the router's stack held `count` pages when this one rendered. */
function withHistory(count: number) {
  taro.getCurrentPages = () => Array.from({ length: count }, () => ({}))
}

afterEach(() => {
  delete taro.getCurrentPages
  document.title = ''
})

const bar = () => screen.getByRole('navigation', { name: '页面导航' })

test('a detail page opened alone shows 首页 and the app name, and 首页 opens 资讯 afresh', () => {
  withHistory(1)
  document.title = '资讯详情'
  setRouter({ id: 'x' }, newsUrl('x'))
  render(<PageShell>内容</PageShell>)
  expect(bar()).toHaveTextContent('幸福微市中 · 资讯详情')
  expect(within(bar()).queryByRole('button', { name: '返回上一页' })).toBeNull()
  fireEvent.click(within(bar()).getByRole('button', { name: '回到首页' }))
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: PAGES.news })
})

test('a page opened from another one shows 返回, which goes back', () => {
  withHistory(2)
  setRouter({ region: '全区' }, PAGES.projectStats)
  render(<PageShell>内容</PageShell>)
  fireEvent.click(within(bar()).getByRole('button', { name: '返回上一页' }))
  expect(Taro.navigateBack).toHaveBeenCalled()
  expect(Taro.reLaunch).not.toHaveBeenCalled()
})

test('a title set later (Taro.setNavigationBarTitle writes document.title on H5) shows in the bar', async () => {
  setRouter({ topic: '经济运行' }, PAGES.topic)
  render(<PageShell>内容</PageShell>)
  expect(bar()).toHaveTextContent(/^首页幸福微市中$/)
  document.title = '经济运行 · 图表'
  await screen.findByText(' · 经济运行 · 图表', { normalizer: (s) => s })
})

test.each([PAGES.news, PAGES.scorecards, PAGES.projects, PAGES.mine])(
  'the tab %s has no bar: its tab bar leads on',
  (path) => {
    setRouter({}, path)
    render(<PageShell>内容</PageShell>)
    expect(screen.queryByRole('navigation')).toBeNull()
  },
)

test('opened from Moments (单页模式), a page says how to open the whole app; otherwise it does not', () => {
  setRouter({}, PAGES.news)
  const { unmount } = render(<PageShell>内容</PageShell>)
  expect(screen.queryByRole('note')).toBeNull()
  unmount()
  jest.mocked(Taro.getEnterOptionsSync).mockReturnValue({ scene: 1154 } as ReturnType<typeof Taro.getEnterOptionsSync>)
  render(<PageShell>内容</PageShell>)
  expect(screen.getByRole('note')).toHaveTextContent('点底部「前往小程序」，打开完整的幸福微市中。')
})

test.each([
  ['页面', '没有找到这个页面'],
  ['专题', '没有找到这个专题'],
  ['资讯', '没有找到这条资讯'],
  ['民生实事', '没有找到这项民生实事'],
  ['内容', '没有找到这项内容'],
])('a missing %s reads “%s”', (what, title) => {
  expect(notFoundText(what).title).toBe(title)
  render(<NotFound what={what} />)
  expect(screen.getByRole('alert')).toHaveTextContent(title)
  expect(screen.getByRole('alert')).not.toHaveTextContent(/这条(页面|专题)/)
})
