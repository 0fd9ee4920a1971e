/** @jest-environment node */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import Taro from '@tarojs/taro'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { CACHE_KEY } from '../../src/services/feed/refresh'
import { createAppStore } from '../../src/store'

const bundled = getBundledFeed().feed
let server: http.Server
let status = 200
let body = ''

// The feed URL is a build-time constant; here it points at the local server.
const config = { FEED_URL: '' }
jest.mock('../../src/services/feed/config', () => config)

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    res.statusCode = status
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  config.FEED_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
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
