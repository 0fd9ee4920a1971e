/** @jest-environment node */
import { chatShare, SHARE_IMAGE_WAIT_MS, timelineShare } from '@/features/share/share-handlers'
import { newsTabShare, projectStatsShare, projectsTabShare } from '@/features/share/page-shares'
import { getBundledFeed } from '../../fixtures/bundled-feed'

const chat = {
  title: '2023年市中区GDP 331亿元，增长6.5%',
  path: '/package-charts/pages/topic/index?topic=x&indicator=gdp',
}
const moments = { title: chat.title, query: 'topic=x&indicator=gdp' }
const shipped = { card: '/features/share/assets/share-card.png', square: '/features/share/assets/share-square.png' }

beforeEach(() => jest.useFakeTimers())
afterEach(() => jest.useRealTimers())

/** A drawing that finishes (or fails) only when the test says so. */
function pendingDrawing() {
  let finish!: (path: string | undefined) => void
  const cardDrawing = new Promise<string | undefined>((resolve) => (finish = resolve))
  return { cardDrawing, finish }
}

describe('sending to a chat', () => {
  test('a drawn card is shared at once, with no promise to wait for', () => {
    expect(chatShare(chat, { card: 'wxfile://card.png' }, shipped)).toEqual({ ...chat, imageUrl: 'wxfile://card.png' })
  })

  test('while the card is drawing, the shipped image is the default and the promise brings the drawn card', async () => {
    const { cardDrawing, finish } = pendingDrawing()
    const share = chatShare(chat, { cardDrawing }, shipped)
    expect(share).toMatchObject({ ...chat, imageUrl: shipped.card })
    jest.advanceTimersByTime(800)
    finish('wxfile://card.png')
    await expect(share.promise).resolves.toEqual({ ...chat, imageUrl: 'wxfile://card.png' })
  })

  test('a drawing that never finishes: the promise settles with the shipped image before WeChat’s 3 s', async () => {
    const { cardDrawing } = pendingDrawing()
    const share = chatShare(chat, { cardDrawing }, shipped)
    let settled: unknown
    void share.promise!.then((p) => (settled = p))
    await jest.advanceTimersByTimeAsync(SHARE_IMAGE_WAIT_MS - 1)
    expect(settled).toBeUndefined()
    await jest.advanceTimersByTimeAsync(1)
    expect(settled).toEqual({ ...chat, imageUrl: shipped.card })
    expect(SHARE_IMAGE_WAIT_MS).toBeLessThan(3000)
  })

  test('a drawing that fails settles with the shipped image at once', async () => {
    const share = chatShare(chat, { cardDrawing: Promise.reject(new Error('no canvas')) }, shipped)
    await expect(share.promise).resolves.toEqual({ ...chat, imageUrl: shipped.card })
  })

  test('with neither a drawing nor a shipped image (H5), the payload carries no image', () => {
    expect(chatShare(chat, {}, {})).toEqual(chat)
  })
})

describe('sharing to Moments', () => {
  test('takes the drawn 1:1 image, else the shipped one, never the 5:4 card', () => {
    expect(timelineShare(moments, { card: 'c.png', square: 's.png' }, shipped)).toEqual({
      ...moments,
      imageUrl: 's.png',
    })
    expect(timelineShare(moments, { card: 'c.png' }, shipped)).toEqual({ ...moments, imageUrl: shipped.square })
  })
})

describe('pages that show a list share a title with a figure and their own path', () => {
  const { feed } = getBundledFeed()

  test('the 资讯 tab names the story it shows first: the newest, first in the feed among equals', () => {
    const latest = feed.news
      .map((n) => n.date)
      .sort()
      .at(-1)
    const newest = feed.news.find((n) => n.date === latest)!
    const share = newsTabShare(feed)
    expect(share.path).toBe('/pages/index/index')
    expect(share.title).toContain(newest.title.slice(0, 8))
  })

  test('the 民生实事 tab counts the district’s projects and those done', () => {
    const local = feed.projects.filter((p) => p.region === '市中区')
    const done = local.filter((p) => p.status === 'done').length
    expect(projectsTabShare(feed)).toEqual({
      title: `市中区${local.length}项民生实事中，${done}项已完成`,
      path: '/pages/projects/index',
    })
  })

  test('the 分类统计图 page keeps the region in its path', () => {
    expect(projectStatsShare('t', '薛城区').path).toBe(
      `/package-charts/pages/project-stats/index?region=${encodeURIComponent('薛城区')}`,
    )
  })
})
