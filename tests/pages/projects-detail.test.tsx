import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MinePage from '@/pages/mine/index'
import ProjectDetailPage from '@/package-data/pages/project-detail/index'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { useAppStore } from '@/store'
import { PERSIST_KEY } from '@/store/persisted'
import { projectShareItem } from '@/features/share/share-item'
import { shareAppMessage, shareTimeline } from '@/features/share/share-payload'
import { formatSourceLine } from '@/domain/format'
import { hookCallbacks, peekStorage, setRouter } from '../mocks/taro'
import { expectNotFoundWithWayHome, openFeed, resetUserData } from './helpers'

const { feed } = getBundledFeed()
const byId = (id: string) => feed.projects.find((p) => p.id === id)!
const canteens = byId('pj-rev-elderly-canteens')

beforeAll(openFeed)
beforeEach(resetUserData)

function open(id: string) {
  setRouter({ id }, '/package-data/pages/project-detail/index')
  return render(<ProjectDetailPage />)
}
/** The block under a heading, e.g. 历次报道（5 份）. */
const section = (name: string | RegExp) => screen.getByRole('heading', { name }).parentElement!

test('shows what the project is: title, category, region, period, quantity, status and summary', () => {
  open(canteens.id)
  expect(screen.getByRole('heading', { level: 1, name: '建成长者食堂' })).toBeInTheDocument()
  expect(screen.getByLabelText('数量 15处')).toHaveTextContent('15 处')
  expect(screen.getByText('状态：已完成。报道原文的说法是“建成”。')).toBeInTheDocument()
  for (const [name, value] of [
    ['类别', '养老'],
    ['地区', '市中区'],
    ['时间', '2023年'],
  ])
    expect(screen.getByText(name).parentElement).toHaveTextContent(`${name}${value}`)
  expect(screen.getByText(canteens.summary)).toBeInTheDocument()
})

test('keeps the source’s bound and names the place when the source gives one', () => {
  const sports = open('pj-rev-sports-facilities')
  expect(screen.getByLabelText('数量 ≥150处')).toBeInTheDocument()
  sports.unmount()
  open('pj-rev-urban-roads')
  expect(screen.getByText('地点').parentElement).toHaveTextContent('东盛路、市南九路等')
})

test('says so when the source gives no quantity', () => {
  open('pj-rev-remote-ecg')
  expect(screen.getByText('报道未给出数量')).toBeInTheDocument()
})

test('names the source report with title, outlet and date', () => {
  open(canteens.id)
  const source = feed.sources.find((s) => s.id === canteens.sourceId)!
  // The line as one element's text: its date is a child of its own, kept on one line.
  const line = formatSourceLine(source)
  expect(
    within(section('来源')).getByText(
      (_, el) => el?.classList.contains('muted') === true && el.textContent!.startsWith(line),
    ),
  ).toBeInTheDocument()
})

test('an item reported several times shows each report, oldest first, this one marked', () => {
  open('pj-q3-old-communities')
  const timeline = section('历次报道（5 份）')
  const steps = within(timeline).getAllByTestId('timeline-step')
  expect(steps.map((s) => s.textContent)).toEqual([
    expect.stringContaining('2022年1月17日 · 区第十次党代会报告2016—2021年352 个'),
    expect.stringContaining('2022—2026年计划（改造升级）'),
    expect.stringContaining('2023年2月8日 · 2023年区政府工作报告2022年33 个已完成（改造）'),
    expect.stringContaining('2023年11月 · 2023前三季度报道（本页）2023年55 个推进中（有序实施）'),
    expect.stringContaining('2024年 · 2023年终回顾2023年55 个已完成（改造）'),
  ])
  fireEvent.click(within(timeline).getByRole('link', { name: /^2024年 · 2023年终回顾/ }))
  expect(Taro.redirectTo).toHaveBeenCalledWith({
    url: '/package-data/pages/project-detail/index?id=pj-rev-old-communities',
  })
})

test('an item only one report names has no timeline', () => {
  open(canteens.id)
  expect(screen.queryByRole('heading', { name: /历次报道/ })).not.toBeInTheDocument()
})

test('lists related projects of the same category; one opens in place of this one', () => {
  open(canteens.id)
  const related = section('同类民生实事')
  const links = within(related).getAllByRole('link')
  expect(links.map((l) => l.querySelector('.project-row__title')?.textContent)).toEqual([
    '镇街综合养老服务中心',
    '新增护理型床位',
    '城镇居民养老保险全覆盖',
    '经济困难老年人补贴',
  ])
  fireEvent.click(links[0])
  expect(Taro.redirectTo).toHaveBeenCalledWith({
    url: '/package-data/pages/project-detail/index?id=pj-rev-elderly-service-centers',
  })
})

test('lists the news that name the project and opens one', () => {
  open(canteens.id)
  const news = feed.news.find((n) => n.id === 'news-elderly-care')!
  fireEvent.click(within(section('相关资讯')).getByRole('link', { name: new RegExp(`^${news.title}`) }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/package-data/pages/news-detail/index?id=news-elderly-care' })
})

test('关注 follows the project, persists it, and a second tap unfollows', () => {
  open(canteens.id)
  fireEvent.click(screen.getByRole('button', { name: '关注这项民生实事' }))
  expect(screen.getByRole('button', { name: '取消关注' })).toHaveTextContent('✓ 已关注')
  expect(useAppStore.getState().follows).toEqual([
    { id: canteens.id, title: canteens.title, savedAt: expect.any(Number) },
  ])
  expect(JSON.parse(peekStorage(PERSIST_KEY) as string).state.follows).toEqual([
    { id: canteens.id, title: canteens.title, savedAt: expect.any(Number) },
  ])

  fireEvent.click(screen.getByRole('button', { name: '取消关注' }))
  expect(useAppStore.getState().follows).toEqual([])
})

test('a followed project shows in 我的 and opens its detail page from there', () => {
  const detail = open(canteens.id)
  fireEvent.click(screen.getByRole('button', { name: '关注这项民生实事' }))
  detail.unmount()

  render(<MinePage />)
  const follows = screen.getByRole('heading', { name: '我关注的民生实事（1）' }).parentElement!
  fireEvent.click(within(follows).getByText(canteens.title))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/package-data/pages/project-detail/index?id=${canteens.id}` })
})

test('opening a project adds it to 浏览记录, which opens it again', () => {
  open(canteens.id).unmount()
  expect(useAppStore.getState().history[0]).toEqual({
    id: canteens.id,
    title: canteens.title,
    readAt: expect.any(Number),
  })
  expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '民生实事 · 养老' })

  render(<MinePage />)
  fireEvent.click(
    within(screen.getByRole('heading', { name: '浏览记录（1）' }).parentElement!).getByText(canteens.title),
  )
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/package-data/pages/project-detail/index?id=${canteens.id}` })
})

test('sharing passes a title with the figure and a link back to this project', () => {
  open(canteens.id)
  const item = projectShareItem(feed, canteens.id)!
  expect(hookCallbacks.useShareAppMessage.at(-1)!()).toEqual(shareAppMessage(item))
  expect(hookCallbacks.useShareAppMessage.at(-1)!()).toEqual({
    title: '建成长者食堂：15处，已完成（2023年）',
    path: `/package-data/pages/project-detail/index?id=${canteens.id}`,
  })
  expect(hookCallbacks.useShareTimeline.at(-1)!()).toEqual(shareTimeline(item))
})

test('an unknown id shows a not-found message with a way home, and records nothing', () => {
  open('pj-no-such-project')
  expectNotFoundWithWayHome('没有找到这项民生实事')
  // Nothing to share but the app itself: never a link that leads to this page again.
  expect(hookCallbacks.useShareAppMessage.at(-1)!()).toEqual({ title: '幸福微市中', path: '/pages/index/index' })
})

test('a link without an id also shows the not-found message', () => {
  setRouter({})
  render(<ProjectDetailPage />)
  expect(screen.getByText('没有找到这项民生实事')).toBeInTheDocument()
})
