/** @jest-environment ./tests/services/feed/unhandled-rejections-env.js */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import Taro from '@tarojs/taro'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { CACHE_KEY } from '@/services/feed/refresh'
import { createAppStore } from '@/store'

const bundled = getBundledFeed().feed
let server: http.Server
let status = 200
let body = ''
let contentType = 'application/json'
let delayMs = 0
let requests = 0

// The feed URL is a build-time constant; here it points at the local server.
const config = { FEED_URL: '' }
jest.mock('@/services/feed/config', () => config)

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    requests++
    const timer = setTimeout(() => {
      res.writeHead(status, { 'content-type': contentType })
      res.end(body)
    }, delayMs)
    res.on('close', () => clearTimeout(timer))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  config.FEED_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  status = 200
  contentType = 'application/json'
  delayMs = 0
  requests = 0
})

/** A new launch of the app: a new store over the same device storage, with its feed opened. */
async function freshStore() {
  const store = createAppStore()
  await store.getState().openFeed()
  return store
}

test('a newer feed from the configured URL replaces the shown feed, is cached, and is used on the next launch', async () => {
  status = 200
  body = JSON.stringify({ ...bundled, version: bundled.version + 1, dataAsOf: '2024-06' })
  const useAppStore = await freshStore()
  useAppStore.getState().toggleFavourite({ id: bundled.news[0].id, title: bundled.news[0].title })

  const refresh = await useAppStore.getState().refreshFeed()
  expect(refresh.state).toBe('updated')
  expect(useAppStore.getState().feed.dataAsOf).toBe('2024-06')
  expect(useAppStore.getState().feedOrigin).toBe('remote')
  expect(Taro.getStorageSync(CACHE_KEY)).toBe(body)

  const next = await freshStore()
  expect(next.getState().feed.dataAsOf).toBe('2024-06')
  expect(next.getState().feedOrigin).toBe('cached')
  expect(next.getState().favourites.map((f) => f.id)).toEqual([bundled.news[0].id])
})

test('a failed refresh keeps the feed and what the user saved, and says so', async () => {
  status = 500
  body = 'oops'
  const useAppStore = await freshStore()
  useAppStore.getState().toggleFavourite({ id: bundled.news[1].id, title: bundled.news[1].title })
  const before = useAppStore.getState().feed

  const refresh = await useAppStore.getState().refreshFeed()
  expect(refresh.state).toBe('failed')
  expect(refresh.message).toContain('继续显示已有数据')
  expect(useAppStore.getState().feed).toBe(before)
  expect(useAppStore.getState().favourites.map((f) => f.id)).toEqual([bundled.news[1].id])
})

test('a refresh asked for while one runs joins it instead of opening another request', async () => {
  body = JSON.stringify({ ...bundled, version: bundled.version + 1 })
  delayMs = 300
  const useAppStore = await freshStore()
  const first = useAppStore.getState().refreshFeed()
  const second = useAppStore.getState().refreshFeed()
  expect(second).toBe(first)
  expect((await first).state).toBe('updated')
  expect(requests).toBe(1)
  // Once it has finished, the next refresh asks again.
  await useAppStore.getState().refreshFeed()
  expect(requests).toBe(2)
})

test('a feed that would lose half the news is refused: the user keeps the shown feed and is told', async () => {
  body = JSON.stringify({ ...bundled, version: bundled.version + 1, news: bundled.news.slice(0, 3) })
  const useAppStore = await freshStore()
  const before = useAppStore.getState().feed

  const refresh = await useAppStore.getState().refreshFeed()
  expect(refresh.state).toBe('failed')
  expect(refresh.message).toContain(`现有 ${bundled.news.length} 条资讯中的 3 条`)
  expect(useAppStore.getState().feed).toBe(before)
  expect(useAppStore.getState().feedRefresh.state).not.toBe('updated')
  expect(Taro.getStorageSync(CACHE_KEY)).toBe('')
})

test('304 Not Modified is "already up to date", not a failure', async () => {
  status = 304
  body = ''
  const useAppStore = await freshStore()
  expect(await useAppStore.getState().refreshFeed()).toEqual({ state: 'current', message: '已是最新数据' })
})

/** Taro's H5 request: calls `fail`, and also rejects the promise it returns (`void` leaves it unhandled). */
function taroLikeRequest(options: { url: string; success?: (r: unknown) => void; fail?: (e: unknown) => void }) {
  return fetch(options.url).then(
    async (res) => {
      const r = { statusCode: res.status, data: await res.text(), header: {} }
      options.success?.(r)
      return r
    },
    (error: Error) => {
      options.fail?.({ errMsg: error.message })
      return Promise.reject(error)
    },
  )
}

test('no failed refresh leaves an unhandled promise rejection', async () => {
  jest.spyOn(Taro, 'request').mockImplementation(taroLikeRequest as unknown as typeof Taro.request)
  const unhandled: unknown[] = []
  const listener = (reason: unknown) => unhandled.push(reason)
  process.on('unhandledRejection', listener)
  try {
    const useAppStore = await freshStore()
    const cases: Array<() => void> = [
      () => ((status = 500), (body = 'oops')),
      () => ((status = 200), (contentType = 'text/html'), (body = '<html></html>')),
      () => ((contentType = 'application/json'), (body = '{"version":')),
      () => (config.FEED_URL = config.FEED_URL.replace(/:\d+\//, ':1/')),
    ]
    for (const setUp of cases) {
      setUp()
      expect((await useAppStore.getState().refreshFeed()).state).toBe('failed')
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(unhandled).toEqual([])
  } finally {
    process.off('unhandledRejection', listener)
    config.FEED_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`
  }
})
