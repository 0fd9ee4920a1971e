/** @jest-environment node */
import Taro from '@tarojs/taro'
import { importBundledFeed } from '@/services/feed/bundled-source'
import { loadBundledFeed, resetBundledFeed } from '@/services/feed/bundled'
import { EMPTY_FEED } from '@/services/feed/empty-feed'
import * as loaderSource from '@/services/feed/loader-source'
import { CACHE_KEY } from '@/services/feed/refresh'
import { createAppStore } from '@/store'
import { getBundledFeed } from '../fixtures/bundled-feed'

// The real module imports mock/feed.json; each test decides what the "download" does.
jest.mock('@/services/feed/bundled-source', () => ({ importBundledFeed: jest.fn() }))
const importer = jest.mocked(importBundledFeed)
const bundled = getBundledFeed().feed
const raw = () => JSON.parse(JSON.stringify(bundled)) as unknown

beforeEach(() => {
  resetBundledFeed()
  importer.mockReset()
})

describe('loadBundledFeed', () => {
  test('fetches and validates the feed once, however many pages ask', async () => {
    importer.mockResolvedValue(raw())
    const [a, b] = await Promise.all([loadBundledFeed(), loadBundledFeed()])
    expect(a).toBe(b)
    expect(a.feed.news).toHaveLength(bundled.news.length)
    expect(a.usedFallback).toBe(false)
    await loadBundledFeed()
    expect(importer).toHaveBeenCalledTimes(1)
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

  test('a feed loader that cannot be downloaded counts as a failed download, and a retry recovers', async () => {
    importer.mockResolvedValue(raw())
    jest.spyOn(loaderSource, 'importLoadFeed').mockRejectedValueOnce({ errMsg: 'loadSubpackage:fail network' })
    const store = createAppStore()
    await store.getState().openFeed()
    expect(store.getState().feedStatus).toBe('fallback')
    expect(store.getState().feed).toBe(EMPTY_FEED)
    expect(store.getState().feedIssues[0].message).toBe('内置数据未能载入：loadSubpackage:fail network')

    await store.getState().openFeed()
    expect(store.getState().feedStatus).toBe('ready')
    expect(store.getState().feed.news).toHaveLength(bundled.news.length)
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
