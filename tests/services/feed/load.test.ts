/** @jest-environment node */
import bundledJson from '../../../mock/feed.json'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import { EMPTY_FEED } from '@/services/feed/empty-feed'
import { loadFeed, loadFeedInSlices } from '@/services/feed/load'
import * as nextTaskModule from '@/utils/next-task'
import duplicateId from '../../fixtures/duplicate-id.json'
import invalidHeader from '../../fixtures/invalid-header.json'
import missingUnit from '../../fixtures/missing-unit.json'
import notAnObject from '../../fixtures/not-an-object.json'
import unknownSource from '../../fixtures/unknown-source.json'
import validFeed from '../../fixtures/valid-feed.json'
import wrongType from '../../fixtures/wrong-type.json'

const ids = (items: { id: string }[]) => items.map((x) => x.id)
const paths = (issues: { path: string }[]) => issues.map((i) => i.path)

describe('the bundled feed', () => {
  test('validates with no issues and nothing skipped', () => {
    const { feed, issues, usedFallback } = loadFeed(bundledJson)
    expect(issues).toEqual([])
    expect(usedFallback).toBe(false)
    expect(feed.news.length).toBe(bundledJson.news.length)
    expect(feed.figures.length).toBe(bundledJson.figures.length)
    expect(feed.projects.length).toBe(bundledJson.projects.length)
  })

  test('has news to show, each with a data cover', () => {
    const { feed } = getBundledFeed()
    const figureIds = new Set(ids(feed.figures))
    expect(feed.news.length).toBeGreaterThan(0)
    for (const n of feed.news) expect(figureIds).toContain(n.coverFigureId)
  })
})

describe('a valid feed', () => {
  test('loads every item of every section', () => {
    const { feed, issues, usedFallback } = loadFeed(validFeed)
    expect(issues).toEqual([])
    expect(usedFallback).toBe(false)
    expect(feed.title).toBe('测试用小数据')
    expect(ids(feed.sources)).toEqual(['src-review', 'src-q3'])
    expect(ids(feed.figures)).toHaveLength(5)
    expect(ids(feed.news)).toEqual(['news-review', 'news-q3'])
    expect(ids(feed.projects)).toEqual(['pj-sports-venues'])
  })

  test('fills optional lists with empty ones', () => {
    const { feed } = loadFeed(validFeed)
    expect(feed.news[0].projectIds).toEqual([])
    expect(feed.projects[0].figureIds).toEqual(['rev-sports-venues-2023'])
  })

  test('treats a missing section as empty without reporting it', () => {
    const { projects: _projects, ...withoutProjects } = validFeed
    const { feed, issues } = loadFeed(withoutProjects)
    expect(feed.projects).toEqual([])
    expect(issues).toEqual([])
  })

  test('reports a section that is not a list and keeps the others', () => {
    const { feed, issues } = loadFeed({ ...validFeed, projects: { id: 'x' } })
    expect(feed.projects).toEqual([])
    expect(feed.news).toHaveLength(2)
    expect(issues).toEqual([{ path: '$.projects', message: '应为数组' }])
  })
})

describe('a feed with a bad item', () => {
  test('skips an item with a missing unit and reports its path', () => {
    const { feed, issues, usedFallback } = loadFeed(missingUnit)
    expect(usedFallback).toBe(false)
    expect(ids(feed.figures)).toEqual(['rev-gdp-2023'])
    expect(paths(issues)).toEqual(['$.figures[1].unit'])
  })

  test('skips an item whose value has the wrong type and reports its path', () => {
    const { feed, issues } = loadFeed(wrongType)
    expect(ids(feed.figures)).toEqual(['rev-gdp-2023'])
    expect(paths(issues)).toEqual(['$.figures[1].value'])
  })

  test('keeps the first of two items with the same id and reports the second', () => {
    const { feed, issues } = loadFeed(duplicateId)
    expect(feed.figures).toHaveLength(1)
    expect(feed.figures[0].metric).toBe('level')
    expect(issues).toEqual([{ path: '$.figures[1].id', message: '重复的 id：rev-gdp-2023' }])
  })

  test('reports an item whose text is only spaces', () => {
    const blankTitle = { ...validFeed, news: [{ ...validFeed.news[0], title: '   ' }] }
    const { feed, issues } = loadFeed(blankTitle)
    expect(feed.news).toEqual([])
    expect(issues).toEqual([{ path: '$.news[0].title', message: '不能为空' }])
  })

  test('reports a news summary that is too short to be useful', () => {
    const { issues } = loadFeed({ ...validFeed, news: [{ ...validFeed.news[0], summary: '太短了' }] })
    expect(issues).toEqual([{ path: '$.news[0].summary', message: '摘要至少 60 字' }])
  })
})

describe('a feed with unknown references', () => {
  const { feed, issues } = loadFeed(unknownSource)

  test('drops a figure whose source the feed does not hold', () => {
    expect(ids(feed.figures)).toEqual(['rev-gdp-2023'])
    expect(issues).toContainEqual({ path: '$.figures[1].sourceId', message: '未知来源：src-missing' })
  })

  test('drops a news card whose cover figure is missing and reports it', () => {
    expect(ids(feed.news)).not.toContain('news-cover-dropped')
    expect(issues).toContainEqual({
      path: '$.news[1].coverFigureId',
      message: '封面数字不存在：rev-elderly-centers-2023',
    })
  })

  test('drops a news card that cites an unknown source', () => {
    expect(ids(feed.news)).not.toContain('news-unknown-source')
    expect(issues).toContainEqual({ path: '$.news[2].sourceIds[0]', message: '未知来源：src-q3' })
  })

  test('keeps a card whose cover exists, drops the figure ids that are gone, and reports each', () => {
    expect(ids(feed.news)).toEqual(['news-kept'])
    expect(feed.news[0].sections[0].figureIds).toEqual(['rev-gdp-2023'])
    expect(issues).toContainEqual({
      path: '$.news[0].sections[0].figureIds[1]',
      message: '数字不存在：rev-gdp-growth-2023',
    })
  })

  test('drops a data note that cites an unknown source, and keeps a note on its known figures only', () => {
    expect(ids(feed.notes)).toEqual(['note-kept'])
    expect(feed.notes[0].figureIds).toEqual(['rev-gdp-2023'])
    expect(issues).toContainEqual({ path: '$.notes[0].figureIds[1]', message: '数字不存在：rev-elderly-centers-2023' })
    expect(issues).toContainEqual({ path: '$.notes[1].sourceIds[1]', message: '未知来源：src-q3' })
  })

  test('reports each dropped item and each dropped id once, at its path', () => {
    expect(paths(issues).sort()).toEqual([
      '$.figures[1].sourceId',
      '$.news[0].sections[0].figureIds[1]',
      '$.news[1].coverFigureId',
      '$.news[2].sourceIds[0]',
      '$.notes[0].figureIds[1]',
      '$.notes[1].sourceIds[1]',
    ])
  })
})

describe('a feed that is unusable as a whole', () => {
  test('falls back when the feed is not an object', () => {
    const result = loadFeed(notAnObject)
    expect(result.usedFallback).toBe(true)
    expect(result.feed).toBe(EMPTY_FEED)
    expect(result.issues).toEqual([{ path: '$', message: '数据不是 JSON 对象' }])
  })

  test.each([null, 'feed', 42, true])('falls back for %p', (raw) => {
    expect(loadFeed(raw).usedFallback).toBe(true)
  })

  test('falls back on an invalid header and reports each bad header field', () => {
    const { feed, issues, usedFallback } = loadFeed(invalidHeader)
    expect(usedFallback).toBe(true)
    expect(feed).toBe(EMPTY_FEED)
    expect(paths(issues).sort()).toEqual(['$.dataAsOf', '$.schemaVersion'])
  })

  test('returns the given fallback, e.g. the previous feed, instead of the empty one', () => {
    const previous = loadFeed(validFeed).feed
    const { feed, usedFallback } = loadFeed(invalidHeader, previous)
    expect(usedFallback).toBe(true)
    expect(feed).toBe(previous)
  })
})

describe('validating in slices', () => {
  afterEach(() => jest.restoreAllMocks())

  test.each([
    ['the bundled feed', bundledJson],
    ['a duplicate id', duplicateId],
    ['a missing unit', missingUnit],
    ['an unknown source', unknownSource],
    ['a wrong type', wrongType],
    ['an invalid header', invalidHeader],
    ['not an object', notAnObject],
  ])('gives what loadFeed gives, for %s', async (_, raw) => {
    await expect(loadFeedInSlices(raw, EMPTY_FEED)).resolves.toEqual(loadFeed(raw, EMPTY_FEED))
  })

  test('hands the thread back once a slice has taken its time, and not before', async () => {
    const pauses = jest.spyOn(nextTaskModule, 'nextTask')
    const items = Object.values(bundledJson as Record<string, unknown>).reduce<number>(
      (n, v) => n + (Array.isArray(v) ? v.length : 0),
      0,
    )
    // A clock that moves 1 ms each time it is read (once per item): a pause every 5 or so items.
    let t = 0
    await loadFeedInSlices(bundledJson, EMPTY_FEED, { sliceMs: 5, now: () => t++ })
    expect(pauses.mock.calls.length).toBeGreaterThan(items / 6)
    expect(pauses.mock.calls.length).toBeLessThan(items / 4)
    pauses.mockClear()
    // A clock that stands still: never a pause.
    await loadFeedInSlices(bundledJson, EMPTY_FEED, { sliceMs: 5, now: () => 0 })
    expect(pauses).not.toHaveBeenCalled()
  })

  test('other work runs between its slices', async () => {
    let ticks = 0
    let running = true
    const tick = () => {
      ticks++
      if (running) setImmediate(tick)
    }
    setImmediate(tick)
    let t = 0
    await loadFeedInSlices(bundledJson, EMPTY_FEED, { sliceMs: 5, now: () => t++ })
    running = false
    expect(ticks).toBeGreaterThan(10)
  })
})
