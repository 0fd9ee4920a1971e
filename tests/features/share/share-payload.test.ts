/** @jest-environment node */
import type { ShareItem, TitlePart } from '@/features/share/share-item'
import {
  CHAT_TITLE_MAX,
  cutText,
  fitTitle,
  queryOf,
  shareAppMessage,
  shareTimeline,
  TIMELINE_TITLE_MAX,
} from '@/features/share/share-payload'
import { TOPICS } from '@/services/feed/vocabulary'
import { appPages } from '../../domain/app-pages'
import { shareFixtures } from '../../helpers/share-fixtures'
import { PERIOD_VIEWS } from '@/domain/period-views'

const { feed, items, item: itemOf } = shareFixtures()
const IMAGE = 'wxfile://tmp/share-card.png'
const PAGES = appPages()

/** Which query keys each page reads; nothing else may be in a shared path. */
const QUERY_KEYS: Record<string, string[][]> = {
  '/package-data/pages/news-detail/index': [['id']],
  '/package-data/pages/project-detail/index': [['id']],
  '/pages/scorecards/index': [['year'], ['card']],
  '/package-charts/pages/topic/index': [['topic'], ['topic', 'indicator']],
}
const ID = /^[a-z0-9][a-z0-9-]*$/
const idLike = (key: string, value: string) =>
  key === 'year'
    ? /^\d{4}$/.test(value) || PERIOD_VIEWS.some((v) => v.key === value)
    : key === 'topic'
      ? (TOPICS as readonly string[]).includes(value)
      : ID.test(value)

const length = (s: string) => [...s].length
const digitsOf = (value: string) => value.replace(/[^\d.]/g, '')
/** Whether the title states the number whole (thousands separators ignored). */
function statesNumber(title: string, value: string): boolean {
  const plain = title.replace(/(\d),(\d)/g, '$1$2')
  const n = digitsOf(value).replace(/\./g, '\\.')
  return new RegExp(`(^|[^\\d.])${n}($|[^\\d]|\\.(?!\\d))`).test(plain)
}
/** Turns a shared path back into the item, as the page will on a cold start. */
function openPath(path: string): ShareItem {
  const [page, query] = path.split('?')
  const q = new URLSearchParams(query)
  if (page === '/package-data/pages/news-detail/index') return itemOf('news', q.get('id')!)
  if (page === '/package-data/pages/project-detail/index') return itemOf('project', q.get('id')!)
  if (page === '/pages/scorecards/index')
    return q.has('card') ? itemOf('scorecard', q.get('card')!) : itemOf('scorecard-year', q.get('year')!)
  if (q.has('indicator')) return itemOf('indicator', q.get('indicator')!)
  return itemOf('topic', q.get('topic')!)
}

test('the bundled feed has share items of every kind', () => {
  const kinds = new Set(items.map((i) => i.kind))
  expect([...kinds].sort()).toEqual(['indicator', 'news', 'project', 'scorecard', 'scorecard-year', 'topic'])
  expect(items.filter((i) => i.kind === 'news')).toHaveLength(feed.news.length)
  expect(items.filter((i) => i.kind === 'project')).toHaveLength(feed.projects.length)
  expect(items.filter((i) => i.kind === 'scorecard')).toHaveLength(8)
})

describe.each(items.map((item) => [`${item.kind} ${item.id}`, item] as const))('sharing %s', (_, item) => {
  const chat = shareAppMessage(item, IMAGE)
  const timeline = shareTimeline(item, IMAGE)

  test('titles fit WeChat: ≤ 32 characters in a chat, ≤ 28 in Moments', () => {
    expect(length(chat.title)).toBeLessThanOrEqual(CHAT_TITLE_MAX)
    expect(length(timeline.title)).toBeLessThanOrEqual(TIMELINE_TITLE_MAX)
    expect(chat.title.trim()).not.toBe('')
  })

  test('the title carries the main figure, whole, with its stage when not final', () => {
    const main = item.figures[0]
    if (!main) return
    for (const title of [chat.title, timeline.title]) {
      expect(statesNumber(title, main.value)).toBe(true)
      if (item.kind === 'project') expect(title).toContain(item.status!)
      else if (main.stage !== '实际') expect(title).toContain(main.stage)
    }
  })

  test('the path opens a page of app.config.ts with only the item id in the query', () => {
    expect(chat.path.startsWith('/')).toBe(true)
    const [page, query] = chat.path.split('?')
    expect(PAGES.has(page)).toBe(true)
    const params = [...new URLSearchParams(query)]
    expect(QUERY_KEYS[page]).toContainEqual(params.map(([k]) => k))
    for (const [key, value] of params) expect(idLike(key, value)).toBe(true)
  })

  test('the path leads back to the same item', () => {
    expect(openPath(chat.path)).toEqual(item)
  })

  test('the Moments query is the path query, and the image is passed on', () => {
    expect(timeline.query).toBe(queryOf(chat.path))
    expect(timeline.query).not.toBe('')
    expect(chat.imageUrl).toBe(IMAGE)
    expect(timeline.imageUrl).toBe(IMAGE)
  })
})

test('every shared path is different', () => {
  const paths = items.map((i) => i.path)
  expect(new Set(paths).size).toBe(paths.length)
})

test('without an image the payload leaves imageUrl out, so WeChat uses its own screenshot', () => {
  const item = items[0]
  expect(shareAppMessage(item)).toEqual({ title: expect.any(String), path: item.path })
  expect(shareTimeline(item)).toEqual({ title: expect.any(String), query: queryOf(item.path) })
})

test('the 2023 scorecard share reads like the brief: GDP with its estimate word and growth', () => {
  const year = itemOf('scorecard-year', 2023)
  expect(shareAppMessage(year).title).toBe('2023年市中区地区生产总值331亿元（预计），增长6.5%')
  expect(shareAppMessage(year).path).toBe('/pages/scorecards/index?year=2023')
  expect(shareTimeline(year)).toMatchObject({
    title: '2023年地区生产总值331亿元（预计），增长6.5%',
    query: 'year=2023',
  })
})

describe('fitTitle shortens the words, never the figure', () => {
  const parts: TitlePart[] = [
    { text: '2023年', role: 'fixed' },
    { text: '市中区', role: 'region' },
    { text: '地区生产总值', role: 'label', short: 'GDP' },
    { text: '331亿元（预计）', role: 'figure' },
    { text: '，增长6.5%', role: 'extra' },
  ]

  test('keeps the whole title when it fits', () => {
    expect(fitTitle(parts, 40)).toBe('2023年市中区地区生产总值331亿元（预计），增长6.5%')
  })

  test('drops the home region first, then uses the short label, then drops the growth', () => {
    expect(fitTitle(parts, 27)).toBe('2023年地区生产总值331亿元（预计），增长6.5%')
    expect(fitTitle(parts, 25)).toBe('2023年GDP 331亿元（预计），增长6.5%')
    expect(fitTitle(parts, 18)).toBe('2023年GDP 331亿元（预计）')
  })

  test('then shortens a long label with … and keeps the figure whole', () => {
    const long: TitlePart[] = [
      { text: '2023年', role: 'fixed' },
      { text: '泉为新能源项目异质结电池规划年产能', role: 'label' },
      { text: '15GW（目标）', role: 'figure' },
    ]
    const title = fitTitle(long, 20)
    expect(title).toBe('2023年泉为新能源项…15GW（目标）')
    expect(length(title)).toBeLessThanOrEqual(20)
  })

  test('a card or story name is shortened before the figure label, and dropped before the figure is touched', () => {
    const card: TitlePart[] = [
      { text: '2023年', role: 'fixed' },
      { text: '政府效能显著提升：', role: 'context' },
      { text: '来信办理', role: 'label' },
      { text: '71,765件', role: 'figure' },
    ]
    expect(fitTitle(card, 24)).toBe('2023年政府效能显著…：来信办理71,765件')
    expect(fitTitle(card, 20)).toBe('2023年来信办理71,765件')
  })
})

test('cutText never cuts inside a number', () => {
  expect(cutText('收入达到39,252元，增长6.6%', 8)).toBe('收入达到…')
  expect(cutText('收入达到39,252元，增长6.6%', 11)).toBe('收入达到39,252…')
  expect(cutText('短标题', 8)).toBe('短标题')
})
