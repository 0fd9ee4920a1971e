/** @jest-environment node */
import { figuresOfNews, newsTopics, relatedNews, sortNews } from '@/features/news/news-derive'
import { loadFeed } from '@/services/feed/load'
import type { News } from '@/services/feed/schema'
import { TOPICS } from '@/services/feed/vocabulary'
import validFeed from '../../fixtures/valid-feed.json'

const { feed } = loadFeed(validFeed)
const [review, q3] = feed.news
const card = (id: string, date: string, extra: Partial<News> = {}): News => ({ ...review, id, date, ...extra })

test('lists newest news first; a date given only as a year sorts after the dated news of that year', () => {
  const sorted = sortNews([card('a', '2023'), card('b', '2023-11'), card('c', '2024'), card('d', '2023-02-08')])
  expect(sorted.map((n) => n.id)).toEqual(['c', 'b', 'd', 'a'])
})

test('keeps feed order for news of the same date', () => {
  expect(sortNews([card('x', '2024'), card('y', '2024'), card('z', '2024')]).map((n) => n.id)).toEqual(['x', 'y', 'z'])
})

test('offers only topics that have news, in the usual topic order', () => {
  const news = [
    card('a', '2024', { topic: '民生' }),
    card('b', '2024', { topic: '经济运行' }),
    card('c', '2024', { topic: '民生' }),
  ]
  expect(newsTopics(news, TOPICS)).toEqual(['经济运行', '民生'])
})

test('suggests related news on the same topic before news that only share a report', () => {
  const sameTopic = card('same-topic', '2024', { sourceIds: ['src-q3'] })
  const sameReport = card('same-report', '2024', { topic: '民生' })
  const unrelated = card('unrelated', '2024', { topic: '民生', sourceIds: ['src-q3'] })
  expect(relatedNews([sameReport, unrelated, sameTopic, review], review).map((n) => n.id)).toEqual([
    'same-topic',
    'same-report',
  ])
})

test('lists every figure a card cites once, cover first', () => {
  expect(figuresOfNews(feed, review).map((f) => f.id)).toEqual([
    'rev-gdp-2023',
    'rev-gdp-growth-2023',
    'rev-elderly-centers-2023',
  ])
  expect(figuresOfNews(feed, q3).map((f) => f.id)).toEqual(['q3-gdp-2023-01-09'])
})
