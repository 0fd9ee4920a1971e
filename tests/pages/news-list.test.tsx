import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { sortNews } from '@/features/news/news-derive'
import NewsPage from '@/pages/index/index'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { synonymsOf } from '@/services/feed/synonyms'
import type { News } from '@/services/feed/schema'
import { formatDate } from '@/domain/format'
import { useAppStore } from '@/store'
import { hookCallbacks } from '../mocks/taro'
import { openFeed, resetUserData } from './helpers'

const { feed } = getBundledFeed()
const newest = sortNews(feed.news)
const textOf = (n: News) => [n.title, n.summary, ...n.sections.flatMap((s) => [s.heading, s.text])].join('\n')

beforeAll(openFeed)
beforeEach(resetUserData)

/** The card whose title link has this name. */
const cardNamed = (name: string | RegExp) =>
  screen.getByRole('link', { name }).closest('[data-testid="news-card"]') as HTMLElement
const list = () => screen.getByRole('list', { name: '资讯列表' })
const cards = () => within(list()).queryAllByTestId('news-card')
const cardTitles = () => cards().map((c) => c.querySelector('.news-card__title')?.textContent)
/** A topic is a radio in the 话题 group. */
const topicTab = (name: string) => within(screen.getByRole('radiogroup', { name: '话题' })).getByRole('radio', { name })
const typeQuery = (text: string) =>
  fireEvent.change(screen.getByPlaceholderText('搜索资讯、数字和民生实事'), { target: { value: text } })

test('shows every news card, newest first, each with a data cover', () => {
  render(<NewsPage />)
  expect(cardTitles()).toEqual(newest.map((n) => n.title))
  const figures = new Map(feed.figures.map((f) => [f.id, f]))
  cards().forEach((card, i) => {
    const cover = figures.get(newest[i].coverFigureId)!
    expect(within(card).getByLabelText((label) => label.startsWith(`${cover.label} `))).toBeInTheDocument()
  })
})

test('the year review card shows its headline figure large, with its unit and stage', () => {
  render(<NewsPage />)
  const card = cardNamed('市中区2023年回顾：GDP预计331亿元')
  const cover = within(card).getByLabelText('地区生产总值 331亿元，预计')
  expect(within(cover).getByText('331')).toBeInTheDocument()
  expect(within(cover).getByText('亿元')).toBeInTheDocument()
  expect(cover).toHaveTextContent('2023年地区生产总值 · 预计')
})

test('says how old the data is', () => {
  render(<NewsPage />)
  expect(screen.getByRole('note')).toHaveTextContent(`数据截至 ${formatDate(feed.dataAsOf)}`)
})

test('choosing a topic tab shows only the news on that topic, and 全部 shows all again', () => {
  render(<NewsPage />)
  fireEvent.click(topicTab('民生'))
  const livelihood = newest.filter((n) => n.topic === '民生')
  expect(livelihood.length).toBeGreaterThan(0)
  expect(cardTitles()).toEqual(livelihood.map((n) => n.title))

  fireEvent.click(topicTab('全部'))
  expect(cards()).toHaveLength(feed.news.length)
})

test('offers a tab only for topics that have news', () => {
  render(<NewsPage />)
  for (const topic of new Set(feed.news.map((n) => n.topic))) expect(topicTab(topic)).toBeInTheDocument()
  expect(screen.queryByText('生态环境')).not.toBeInTheDocument()
})

test('typing in the search box keeps only the matching news (synonyms included) and highlights the words', () => {
  render(<NewsPage />)
  typeQuery('养老')
  const words = synonymsOf('养老')
  const matching = feed.news.filter((n) => words.some((w) => textOf(n).includes(w)))
  expect(matching.length).toBeGreaterThan(feed.news.filter((n) => textOf(n).includes('养老')).length)
  expect(cardTitles().sort()).toEqual(matching.map((n) => n.title).sort())
  const marks = within(list()).getAllByText('养老')
  expect(marks.length).toBeGreaterThan(0)
  for (const mark of marks) expect(mark).toHaveClass('hl')
})

test('a search for two words finds news that has both, even when one is in the title and one in the body', () => {
  render(<NewsPage />)
  typeQuery('GDP 老旧小区')
  const matching = feed.news.filter((n) => textOf(n).includes('GDP') && textOf(n).includes('老旧小区'))
  expect(cardTitles().sort()).toEqual(matching.map((n) => n.title).sort())
  // 峄城's overview has GDP only in its title and 老旧小区 only in its body. (The highlighted
  // word is its own element, so the computed name may have spaces around it.)
  expect(screen.getByRole('link', { name: /^峄城区：前三季度\s*GDP\s*138\.74亿元$/ })).toBeInTheDocument()
})

test('a word found only in the body shows the passage around it, highlighted', () => {
  render(<NewsPage />)
  typeQuery('老旧小区')
  const card = cardNamed('峄城区：前三季度GDP138.74亿元')
  expect(within(card).getByText('正文：')).toBeInTheDocument()
  expect(within(card).getByText('老旧小区')).toHaveClass('hl')
})

test('search and topic filter together', () => {
  render(<NewsPage />)
  typeQuery('GDP')
  fireEvent.click(topicTab('经济运行'))
  const expected = feed.news.filter((n) => n.topic === '经济运行' && /gdp/i.test(textOf(n)))
  expect(cardTitles().sort()).toEqual(expected.map((n) => n.title).sort())
})

test('a search with no result says so and suggests other words', () => {
  render(<NewsPage />)
  typeQuery('高铁站')
  expect(cards()).toHaveLength(0)
  expect(screen.getByText('没有找到“高铁站”')).toBeInTheDocument()
  expect(screen.getByText(/换个词试试/)).toBeInTheDocument()
})

test('the one search lists figures and projects above the stories, with counts per kind', () => {
  render(<NewsPage />)
  typeQuery('养老')
  const counts = screen.getByTestId('search-counts')
  expect(counts.textContent).toMatch(/^找到 资讯 \d+ · 数字 \d+ · 民生实事 \d+$/)
  expect(counts).toHaveTextContent(`资讯 ${cards().length}`)
  const projects = within(screen.getByRole('list', { name: '找到的民生实事' })).getAllByTestId('project-row')
  expect(projects).toHaveLength(3)
  fireEvent.click(screen.getByRole('button', { name: /^显示全部 \d+ 项民生实事$/ }))
  const all = within(screen.getByRole('list', { name: '找到的民生实事' })).getAllByTestId('project-row')
  expect(all.some((r) => r.textContent?.includes('长者食堂'))).toBe(true)
  expect(counts).toHaveTextContent(`民生实事 ${all.length}`)
  const figure = within(screen.getByRole('list', { name: '找到的数字' })).getAllByTestId('figure-result')[0]
  fireEvent.click(figure)
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: expect.stringMatching(/^\/package-charts\/pages\/topic\/index\?topic=.+&indicator=/),
  })
})

test('a figure of another region, which no topic page shows, is found with its value and is not a link', () => {
  render(<NewsPage />)
  typeQuery('养老')
  const found = within(screen.getByRole('list', { name: '找到的数字' })).getAllByTestId('figure-result')
  const elsewhere = found.filter((f) => f.textContent?.includes('峄城区'))
  expect(elsewhere.length).toBeGreaterThan(0)
  for (const f of elsewhere) {
    expect(f).not.toHaveAttribute('role', 'link')
    expect(f.textContent).not.toMatch(/看图表|看数字/)
    expect(f.textContent).toMatch(/\d/)
  }
  expect(found.filter((f) => f.getAttribute('role') === 'link').length).toBeGreaterThan(0)
})

test('a search with nothing in the chosen topic names the topic and widens to every topic', () => {
  render(<NewsPage />)
  fireEvent.click(topicTab('经济运行'))
  typeQuery('长者食堂')
  expect(cards()).toHaveLength(0)
  expect(screen.getByText('在「经济运行」里没有找到“长者食堂”')).toBeInTheDocument()
  expect(screen.queryByText(/例如.*长者食堂/)).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '在全部资讯里搜索' }))
  expect(cards().length).toBeGreaterThan(0)
})

test('the words offered after nothing found never include the word searched', () => {
  render(<NewsPage />)
  typeQuery('养老院')
  expect(screen.queryByText(/例如.*“养老”/)).toBeNull()
})

test('clearing the search shows every card again', () => {
  render(<NewsPage />)
  typeQuery('养老')
  typeQuery('')
  expect(cards()).toHaveLength(feed.news.length)
})

test('tapping a card opens its detail page', () => {
  render(<NewsPage />)
  fireEvent.click(screen.getByRole('link', { name: newest[0].title }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/package-data/pages/news-detail/index?id=${newest[0].id}` })
})

test('pulling down stops the spinner and says the bundled data is the newest', async () => {
  render(<NewsPage />)
  await act(async () => {
    await hookCallbacks.usePullDownRefresh.at(-1)!()
  })
  expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
  expect(Taro.showToast).toHaveBeenCalledWith(
    expect.objectContaining({ title: expect.stringMatching(/使用随应用发布的数据.*数据截至2023年12月/) }),
  )
})

test('the first launch offers 关怀模式 in the page, not as a pop-up, and answering hides the offer for good', () => {
  const { container, unmount } = render(<NewsPage />)
  const offer = screen.getByRole('region', { name: '关怀模式' })
  fireEvent.click(within(offer).getByText('开启关怀模式'))
  expect(useAppStore.getState().careMode).toBe(true)
  expect(useAppStore.getState().careOffered).toBe(true)
  expect(screen.queryByRole('region', { name: '关怀模式' })).not.toBeInTheDocument()
  expect(container.firstChild).toHaveClass('care')
  unmount()
  render(<NewsPage />)
  expect(screen.queryByRole('region', { name: '关怀模式' })).not.toBeInTheDocument()
})
