/** @jest-environment node */
import Taro from '@tarojs/taro'
import { loadBundledFeed, resetBundledFeed } from '@/services/feed/bundled'
import { EMPTY_FEED } from '@/services/feed/empty-feed'
import * as sources from '@/services/feed/sources'
import type { Feed } from '@/services/feed/schema'
import { CACHE_KEY } from '@/services/feed/refresh'
import { createAppStore } from '@/store'
import { getBundledFeed } from '../fixtures/bundled-feed'

// The real module imports mock/feed.json; each test decides what the "download" does. The feed
// loader is the real one.
jest.mock('@/services/feed/sources', () => ({
  __esModule: true,
  importBundledFeed: jest.fn(),
  importLoadFeed: jest.requireActual('@/services/feed/sources').importLoadFeed,
}))
const importer = jest.mocked(sources.importBundledFeed)
const bundled = getBundledFeed().feed
/** The bundled feed as the build gives it: checked, in the loader's output form. */
const raw = () => JSON.parse(JSON.stringify(bundled)) as Feed
const noLoader = () =>
  jest.spyOn(sources, 'importLoadFeed').mockRejectedValueOnce({ errMsg: 'loadSubpackage:fail network' })

beforeEach(() => {
  resetBundledFeed()
  importer.mockReset()
})

describe('loadBundledFeed', () => {
  test('fetches the feed once, however many pages ask', async () => {
    importer.mockResolvedValue(raw())
    const [a, b] = await Promise.all([loadBundledFeed(), loadBundledFeed()])
    expect(a).toBe(b)
    expect(a.feed.news).toHaveLength(bundled.news.length)
    expect(a.usedFallback).toBe(false)
    await loadBundledFeed()
    expect(importer).toHaveBeenCalledTimes(1)
  })

  test('uses the feed as the build checked it, without loading the schema or the loader', async () => {
    const feed = raw()
    importer.mockResolvedValue(feed)
    const loader = jest.spyOn(sources, 'importLoadFeed')
    const result = await loadBundledFeed()
    expect(result).toEqual({ feed, issues: [], usedFallback: false })
    expect(result.feed).toBe(feed)
    expect(loader).not.toHaveBeenCalled()
  })

  test('a failed download resolves to the empty feed with the reason, and the next call tries again', async () => {
    importer.mockRejectedValueOnce({ errMsg: 'loadSubpackage:fail network', mod: './package-data/feed.js' })
    const failed = await loadBundledFeed()
    expect(failed.usedFallback).toBe(true)
    expect(failed.feed).toBe(EMPTY_FEED)
    expect(failed.issues[0].message).toBe('内置数据未能载入：loadSubpackage:fail network')

    importer.mockResolvedValueOnce(raw())
    const retried = await loadBundledFeed()
    expect(retried.usedFallback).toBe(false)
    expect(importer).toHaveBeenCalledTimes(2)
  })
})

describe('the store while the feed arrives', () => {
  test('starts loading with the empty feed, then holds the bundled one', async () => {
    importer.mockResolvedValue(raw())
    const store = createAppStore()
    expect(store.getState().feedStatus).toBe('loading')
    expect(store.getState().feed).toBe(EMPTY_FEED)
    await store.getState().openFeed()
    expect(store.getState().feedStatus).toBe('ready')
    expect(store.getState().feedOrigin).toBe('bundled')
    expect(store.getState().feed.projects).toHaveLength(bundled.projects.length)
  })

  test('a failed download keeps what the user saved, reports fallback, and a retry recovers', async () => {
    importer.mockRejectedValueOnce(new Error('ChunkLoadError'))
    const store = createAppStore()
    store.getState().toggleFollow({ id: 'pj-1', title: '一项民生实事' })
    await store.getState().openFeed()
    expect(store.getState().feedStatus).toBe('fallback')
    expect(store.getState().feed).toBe(EMPTY_FEED)
    expect(store.getState().feedIssues[0].message).toContain('ChunkLoadError')
    expect(store.getState().follows.map((f) => f.id)).toEqual(['pj-1'])

    importer.mockResolvedValueOnce(raw())
    await store.getState().openFeed()
    expect(store.getState().feedStatus).toBe('ready')
    expect(store.getState().feed.news).toHaveLength(bundled.news.length)
    expect(store.getState().follows.map((f) => f.id)).toEqual(['pj-1'])
  })

  test('a launch without a cached feed never loads the feed loader', async () => {
    importer.mockResolvedValue(raw())
    const loader = jest.spyOn(sources, 'importLoadFeed')
    const store = createAppStore()
    await store.getState().openFeed()
    expect(store.getState().feedStatus).toBe('ready')
    expect(store.getState().feedOrigin).toBe('bundled')
    expect(loader).not.toHaveBeenCalled()
  })

  test('a feed loader that cannot be downloaded still shows the bundled feed; the cached one waits for a launch that can check it', async () => {
    importer.mockResolvedValue(raw())
    const cached = JSON.stringify({ ...bundled, version: bundled.version + 1, dataAsOf: '2024-01' })
    Taro.setStorageSync(CACHE_KEY, cached)
    noLoader()
    const store = createAppStore()
    await store.getState().openFeed()
    expect(store.getState().feedStatus).toBe('ready')
    expect(store.getState().feedOrigin).toBe('bundled')
    expect(store.getState().feed.news).toHaveLength(bundled.news.length)
    expect(Taro.getStorageSync(CACHE_KEY)).toBe(cached)

    resetBundledFeed()
    const next = createAppStore()
    await next.getState().openFeed()
    expect(next.getState().feedOrigin).toBe('cached')
    expect(next.getState().feed.dataAsOf).toBe('2024-01')
  })

  test('a cached feed is checked in full: one with a single bad item is not shown, and is removed', async () => {
    importer.mockResolvedValue(raw())
    const broken = { ...bundled, version: bundled.version + 1, dataAsOf: '2024-01' }
    broken.figures = [{ ...broken.figures[0], unit: undefined as unknown as string }, ...broken.figures.slice(1)]
    Taro.setStorageSync(CACHE_KEY, JSON.stringify(broken))
    const loader = jest.spyOn(sources, 'importLoadFeed')
    const store = createAppStore()
    await store.getState().openFeed()
    expect(loader).toHaveBeenCalled()
    expect(store.getState().feedOrigin).toBe('bundled')
    expect(store.getState().feed.dataAsOf).toBe(bundled.dataAsOf)
    expect(Taro.getStorageSync(CACHE_KEY)).toBe('')
  })

  test('without the bundled feed, a valid cached feed from an earlier refresh is shown', async () => {
    Taro.setStorageSync(CACHE_KEY, JSON.stringify({ ...bundled, dataAsOf: '2024-01' }))
    importer.mockRejectedValueOnce(new Error('offline'))
    const store = createAppStore()
    await store.getState().openFeed()
    expect(store.getState().feedStatus).toBe('ready')
    expect(store.getState().feedOrigin).toBe('cached')
    expect(store.getState().feed.dataAsOf).toBe('2024-01')
  })
})
