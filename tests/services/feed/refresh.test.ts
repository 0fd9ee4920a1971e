/**
 * @jest-environment node
 *
 * The refreshable feed against a real HTTP server on 127.0.0.1: only a valid, newer feed that fits
 * the storage limit is swapped in; everything else keeps the current feed and says why.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import Taro from '@tarojs/taro'
import {
  CACHE_KEY,
  cacheFeedText,
  fetchNewerFeed,
  loadCachedFeed,
  MAX_FEED_BYTES,
  utf8Length,
} from '../../../src/services/feed/refresh'
import * as loaderSource from '../../../src/services/feed/loader-source'
import { getBundledFeed } from '../../fixtures/bundled-feed'

const bundled = getBundledFeed().feed
const newer = JSON.stringify({ ...bundled, version: bundled.version + 1, dataAsOf: '2024-06' })

let base = ''
let server: http.Server
const routes: Record<string, (res: http.ServerResponse) => void> = {
  '/newer.json': (res) => res.end(newer),
  '/same.json': (res) => res.end(JSON.stringify(bundled)),
  '/truncated.json': (res) => res.end(newer.slice(0, newer.length / 2)),
  '/not-json.json': (res) => res.end('<html>维护中</html>'),
  '/invalid.json': (res) => res.end(JSON.stringify({ ...bundled, version: 9, figures: [{ id: 'x' }] })),
  '/oversized.json': (res) =>
    res.end(JSON.stringify({ ...bundled, version: 9, padding: '字'.repeat(MAX_FEED_BYTES / 3 + 10) })),
  '/500.json': (res) => {
    res.statusCode = 500
    res.end('server error')
  },
  '/slow.json': (res) => {
    const timer = setTimeout(() => res.end(newer), 2000)
    res.on('close', () => clearTimeout(timer))
  },
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const route = routes[req.url ?? '']
    if (route) route(res)
    else {
      res.statusCode = 404
      res.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

test('swaps in a newer valid feed', async () => {
  const outcome = await fetchNewerFeed(`${base}/newer.json`, bundled)
  expect(outcome.status).toBe('updated')
  if (outcome.status !== 'updated') return
  expect(outcome.feed.version).toBe(bundled.version + 1)
  expect(outcome.feed.news).toHaveLength(bundled.news.length)
})

test.each([
  ['the same version', '/same.json', 'current', '已是最新'],
  ['a truncated body', '/truncated.json', 'failed', '不完整'],
  ['a body that is not JSON', '/not-json.json', 'failed', '不是 JSON'],
  ['a feed that fails the schema', '/invalid.json', 'failed', '校验未通过'],
  ['a body over the 1 MB storage limit', '/oversized.json', 'failed', '过大'],
  ['an HTTP 500', '/500.json', 'failed', '500'],
  ['a missing file', '/missing.json', 'failed', '404'],
])('keeps the current feed on %s', async (_name, path, status, words) => {
  const outcome = await fetchNewerFeed(`${base}${path}`, bundled)
  expect(outcome.status).toBe(status)
  expect(outcome.message).toContain(words)
  expect('feed' in outcome).toBe(false)
})

test('keeps the current feed when the served one is older than what the app already has', async () => {
  const outcome = await fetchNewerFeed(`${base}/newer.json`, { version: bundled.version + 5 })
  expect(outcome).toEqual({ status: 'current', message: '已是最新数据' })
})

test('keeps the current feed when the server is slower than the timeout', async () => {
  const started = Date.now()
  const outcome = await fetchNewerFeed(`${base}/slow.json`, bundled, undefined, 300)
  expect(outcome.status).toBe('failed')
  expect(outcome.message).toContain('timeout')
  expect(Date.now() - started).toBeLessThan(1500)
})

test('keeps the current feed when nothing listens at the address', async () => {
  const closed = http.createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as AddressInfo).port
  await new Promise((resolve) => closed.close(resolve))
  const outcome = await fetchNewerFeed(`http://127.0.0.1:${port}/feed.json`, bundled)
  expect(outcome.status).toBe('failed')
})

test('a cached newer feed is used on the next launch; a stale or broken cache is removed', async () => {
  expect(cacheFeedText(newer)).toBe(true)
  expect((await loadCachedFeed(bundled))?.version).toBe(bundled.version + 1)

  // After an app update the bundled feed may be newer than the cache.
  expect(await loadCachedFeed({ version: bundled.version + 2 })).toBeUndefined()
  expect(Taro.getStorageSync(CACHE_KEY)).toBe('')

  Taro.setStorageSync(CACHE_KEY, newer.slice(0, 100))
  expect(await loadCachedFeed(bundled)).toBeUndefined()
  expect(Taro.getStorageSync(CACHE_KEY)).toBe('')
})

describe('without the feed loader (weapp: its subpackage did not download)', () => {
  const noLoader = () =>
    jest.spyOn(loaderSource, 'importLoadFeed').mockRejectedValueOnce({ errMsg: 'loadSubpackage:fail network' })

  test('a cached feed that cannot be checked is not used, and kept for a later launch', async () => {
    cacheFeedText(newer)
    noLoader()
    expect(await loadCachedFeed(bundled)).toBeUndefined()
    expect(Taro.getStorageSync(CACHE_KEY)).toBe(newer)
    expect((await loadCachedFeed(bundled))?.version).toBe(bundled.version + 1)
  })

  test('a refresh keeps the current feed and says why', async () => {
    noLoader()
    const outcome = await fetchNewerFeed(`${base}/newer.json`, bundled)
    expect(outcome).toEqual({ status: 'failed', message: '更新失败：数据校验程序未能载入，继续显示已有数据' })
  })
})

test('a full storage costs only the cache', () => {
  jest.spyOn(Taro, 'setStorageSync').mockImplementationOnce(() => {
    throw new Error('setStorage:fail exceed storage max size 10MB')
  })
  expect(cacheFeedText(newer)).toBe(false)
})

test('counts UTF-8 bytes like the storage limit does', () => {
  expect(utf8Length('abc')).toBe(3)
  expect(utf8Length('市中区')).toBe(9)
  expect(utf8Length('é')).toBe(2)
  expect(utf8Length('😀')).toBe(4)
})
