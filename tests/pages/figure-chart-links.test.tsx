import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import TopicPage from '@/package-charts/pages/topic/index'
import NewsDetailPage from '@/package-data/pages/news-detail/index'
import ScorecardsPage from '@/pages/scorecards/index'
import { figureChartUrl } from '@/domain/figure-chart'
import { useAppStore } from '@/store'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { setRouter } from '../mocks/taro'
import { openFeed, resetUserData } from './helpers'

const { feed } = getBundledFeed()
const byId = new Map(feed.figures.map((f) => [f.id, f]))
const topicPath = (topic: string) => `/package-charts/pages/topic/index?topic=${encodeURIComponent(topic)}`

beforeAll(openFeed)
beforeEach(() => {
  resetUserData()
  useAppStore.setState({ feed })
})

const cell = (indicator: string) =>
  screen.getAllByTestId('headline-cell').find((c) => c.getAttribute('data-indicator') === indicator)!

test('a headline figure opens its chart at its period in one tap, the amount and the growth each their own', () => {
  setRouter({}, '/pages/scorecards/index')
  render(<ScorecardsPage />)
  const gdp = cell('gdp')
  fireEvent.click(within(gdp).getByRole('link', { description: '查看地区生产总值的图表：2023年 331亿元 预计' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: `${topicPath('经济运行')}&indicator=gdp&period=2023&metric=level`,
  })
  fireEvent.click(within(gdp).getByRole('link', { description: /^查看地区生产总值增速的图表：2023年 6.5%/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: `${topicPath('经济运行')}&indicator=gdp&period=2023&metric=growth`,
  })
})

test('on 成绩单 exactly the figures with a chart look tappable, each a link with a name', () => {
  setRouter({}, '/pages/scorecards/index')
  render(<ScorecardsPage />)
  const rows = Array.from(document.querySelectorAll<HTMLElement>('[data-figure-id]'))
  expect(rows.length).toBeGreaterThan(20)
  let linked = 0
  for (const row of rows) {
    const figure = byId.get(row.getAttribute('data-figure-id')!)!
    const links = Array.from(row.querySelectorAll('.figure-link'))
    if (figureChartUrl(figure, feed.figures)) {
      linked++
      expect(links).toHaveLength(1)
      expect(links[0]).toHaveAttribute('role', 'link')
      // Named by the figure it shows (no aria-label over it), described by the chart it opens.
      expect(links[0]).not.toHaveAttribute('aria-label')
      expect(links[0]).toHaveAccessibleName(/\S/)
      expect(links[0].getAttribute('title')).toMatch(/^查看.+的图表：/)
    } else {
      expect(links).toHaveLength(0)
      expect(within(row).queryByRole('link')).toBeNull()
    }
  }
  expect(linked).toBeGreaterThan(0)
  expect(linked).toBeLessThan(rows.length)
})

test('a story figure opens its chart; a story figure without one is plain text', () => {
  const story = feed.news.find((n) =>
    n.sections.some((s) => s.figureIds.some((id) => figureChartUrl(byId.get(id)!, feed.figures))),
  )!
  setRouter({ id: story.id }, '/package-data/pages/news-detail/index')
  render(<NewsDetailPage />)
  const id = story.sections.flatMap((s) => s.figureIds).find((fid) => figureChartUrl(byId.get(fid)!, feed.figures))!
  const row = document.querySelector<HTMLElement>(`.figure-row[data-figure-id="${id}"]`)!
  fireEvent.click(within(row).getByRole('link', { description: /^查看.+的图表/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: figureChartUrl(byId.get(id)!, feed.figures) })
  for (const other of document.querySelectorAll<HTMLElement>('.figure-row[data-figure-id]')) {
    const figure = byId.get(other.getAttribute('data-figure-id')!)!
    expect(other.querySelector('.figure-link') !== null).toBe(figureChartUrl(figure, feed.figures) !== undefined)
  }
})

test('the chart page opened from a growth figure shows that chart first, with the period marked in its table', () => {
  setRouter(
    { topic: '经济运行', indicator: 'gdp', period: '2023', metric: 'growth' },
    '/package-charts/pages/topic/index',
  )
  render(<TopicPage />)
  const cards = screen.getAllByTestId('chart-card')
  const marked = cards.filter((c) => c.getAttribute('data-highlighted') === 'true')
  expect(marked).toHaveLength(1)
  expect(marked[0]).toBe(cards[0])
  expect(marked[0]).toHaveAttribute('data-focus-period', '2023')
  expect(within(marked[0]).getByRole('heading', { level: 2 })).toHaveTextContent(/^地区生产总值增速/)
  expect(marked[0]).toHaveTextContent('你点开的是2023年的数')
  expect(marked[0]).toHaveTextContent('▶ 2023年')
})
