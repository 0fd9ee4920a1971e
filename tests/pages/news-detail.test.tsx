import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { relatedNews } from '@/features/news/news-derive'
import { newsShareItem } from '@/features/share/share-item'
import { shareAppMessage, shareTimeline } from '@/features/share/share-payload'
import NewsDetailPage from '@/package-data/pages/news-detail/index'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { useAppStore } from '@/store'
import { formatSourceLine } from '@/domain/format'
import { hookCallbacks, setRouter } from '../mocks/taro'
import { expectNotFoundWithWayHome, openFeed, resetUserData } from './helpers'

const { feed } = getBundledFeed()
const sources = new Map(feed.sources.map((s) => [s.id, s]))
/** A card citing more than one report, so every source line is checked. */
const news = feed.news.find((n) => n.sourceIds.length > 1) ?? feed.news[0]

beforeAll(openFeed)
beforeEach(resetUserData)

function open(id: string) {
  setRouter({ id }, '/package-data/pages/news-detail/index')
  return render(<NewsDetailPage />)
}

test('shows the title, the data cover and every section of the news', () => {
  open(news.id)
  expect(screen.getByRole('heading', { level: 1, name: news.title })).toBeInTheDocument()
  const cover = feed.figures.find((f) => f.id === news.coverFigureId)!
  expect(screen.getByLabelText((label) => label.startsWith(`${cover.label} `))).toBeInTheDocument()
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
    news.sections.map((s) => s.heading),
  )
  for (const section of news.sections) expect(screen.getByText(section.text)).toBeInTheDocument()
})

test('names every source report under the news, with title, outlet and date', () => {
  open(news.id)
  for (const id of news.sourceIds) {
    const source = sources.get(id)!
    const line = screen.getByText(
      (_, el) => el?.tagName === 'SPAN' && el.textContent!.startsWith(formatSourceLine(source)),
    )
    expect(line).toHaveTextContent(/^《.+》，.+，\d{4}年/)
  }
  expect(screen.getByText('正文为本应用依据来源报道撰写的摘要，数字以来源原文为准。')).toBeInTheDocument()
})

test('the favourite button saves the news to 我的收藏 and a second tap removes it', () => {
  open(news.id)
  fireEvent.click(screen.getByRole('button', { name: '收藏这条资讯' }))
  expect(screen.getByRole('button', { name: '取消收藏' })).toHaveTextContent('★ 已收藏')
  expect(useAppStore.getState().favourites).toEqual([{ id: news.id, title: news.title, savedAt: expect.any(Number) }])

  fireEvent.click(screen.getByRole('button', { name: '取消收藏' }))
  expect(screen.getByRole('button', { name: '收藏这条资讯' })).toHaveTextContent('☆ 收藏')
  expect(useAppStore.getState().favourites).toEqual([])
})

test('shows a news saved earlier as already saved', () => {
  useAppStore.setState({ favourites: [{ id: news.id, title: news.title, savedAt: 1 }] })
  open(news.id)
  expect(screen.getByRole('button', { name: '取消收藏' })).toBeInTheDocument()
})

test('opening a news adds it to the reading history and titles the page with its topic', () => {
  open(news.id)
  expect(useAppStore.getState().history[0]).toEqual({ id: news.id, title: news.title, readAt: expect.any(Number) })
  expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: news.topic })
})

test('sharing passes the share core payload: the title with its figure and a link back to this news', () => {
  open(news.id)
  const item = newsShareItem(feed, news.id)!
  expect(hookCallbacks.useShareAppMessage.at(-1)!()).toEqual(shareAppMessage(item))
  expect(hookCallbacks.useShareAppMessage.at(-1)!()).toMatchObject({
    path: `/package-data/pages/news-detail/index?id=${news.id}`,
  })
  expect(hookCallbacks.useShareTimeline.at(-1)!()).toEqual(shareTimeline(item))
})

test('lists related news, and a related news opens in place of this one', () => {
  open(news.id)
  const related = relatedNews(feed.news, news)
  expect(related.length).toBeGreaterThan(0)
  // The story's figures are links too, to their charts (described 查看…的图表).
  const stories = screen.getAllByRole('link').filter((l) => !/^查看.*的图表/.test(l.getAttribute('title') ?? ''))
  expect(stories.map((l) => l.getAttribute('aria-label'))).toEqual(related.map((r) => r.title))
  fireEvent.click(screen.getByRole('link', { name: related[0].title }))
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/package-data/pages/news-detail/index?id=${related[0].id}` })
})

test('explains the data behind the figures when the feed has a note on them', () => {
  const noted = feed.news.find((n) =>
    feed.notes.some((note) =>
      note.figureIds.some((f) => f === n.coverFigureId || n.sections.some((s) => s.figureIds.includes(f))),
    ),
  )
  expect(noted).toBeDefined()
  open(noted!.id)
  expect(within(screen.getByRole('note')).getByText('数据说明')).toBeInTheDocument()
})

test('an unknown id shows a not-found message with a way back home', () => {
  open('no-such-news')
  expectNotFoundWithWayHome('没有找到这条资讯')
})

test('a link without an id also shows the not-found message', () => {
  setRouter({})
  render(<NewsDetailPage />)
  expect(screen.getByText('没有找到这条资讯')).toBeInTheDocument()
})
