/**
 * @jest-environment node
 *
 * The refreshable feed against a real HTTP server on 127.0.0.1: only a valid, newer feed that fits
 * the storage limit is swapped in; everything else keeps the current feed and says why.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import Taro from '@tarojs/taro'
import { MAX_FEED_BYTES, utf8Length } from '@/services/feed/feed-text'
import { CACHE_KEY, cacheFeedText, fetchNewerFeed, loadCachedFeed } from '@/services/feed/refresh'
import * as nextTaskModule from '@/utils/next-task'
import * as sources from '@/services/feed/sources'
import { getBundledFeed } from '../../fixtures/bundled-feed'

const bundled = getBundledFeed().feed
const newer = JSON.stringify({ ...bundled, version: bundled.version + 1, dataAsOf: '2024-06' })
const newerWith = (changes: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(newer), ...changes })
const json = { 'content-type': 'application/json; charset=utf-8' }
/** 128 MiB of spaces inside a JSON string, gzipped to about 130 KB. */
const bomb = gzipSync(Buffer.concat([Buffer.from('{"a":"'), Buffer.alloc(128 * 1024 * 1024, ' '), Buffer.from('"}')]))
/** Every id of a section with a new name, references included: a feed of other things. */
const renamed = newer.replace(/"(news|pj)-/g, '"x$1-')

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
  '/trickle.json': (res) => {
    res.writeHead(200, json)
    res.write(newer.slice(0, 100))
    let at = 100
    const timer = setInterval(() => res.write(newer.slice(at, ++at)), 20)
    res.on('close', () => clearInterval(timer))
  },
  '/bomb.json': (res) => {
    res.writeHead(200, { ...json, 'content-encoding': 'gzip', 'content-length': bomb.length })
    // In pieces, so that a client that stops reading stops the server too.
    let at = 0
    const next = () => {
      if (at >= bomb.length) return res.end()
      const piece = bomb.subarray(at, (at += 4096))
      if (res.write(piece)) setImmediate(next)
      else res.once('drain', next)
    }
    res.on('close', () => (at = bomb.length))
    next()
  },
  '/announced-oversized.json': (res) => {
    res.writeHead(200, { ...json, 'content-length': 5 * MAX_FEED_BYTES })
    res.write('{')
    const timer = setInterval(() => res.write(' '), 50)
    res.on('close', () => clearInterval(timer))
  },
  '/html.json': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(newer)
  },
  '/not-modified.json': (res) => {
    res.statusCode = 304
    res.end()
  },
  '/bom.json': (res) => res.end('\ufeff' + newer),
  '/header-only.json': (res) =>
    res.end(JSON.stringify({ schemaVersion: 1, version: bundled.version + 1, dataAsOf: '2024-06', title: '空' })),
  '/half-the-news.json': (res) =>
    res.end(newerWith({ news: bundled.news.slice(0, Math.floor(bundled.news.length / 2)) })),
  '/renamed.json': (res) => res.end(renamed),
  '/timestamp-version.json': (res) => res.end(newerWith({ version: 202412011200 })),
  '/huge-version.json': (res) => res.end(newer.replace(`"version":${bundled.version + 1}`, '"version":1e300')),
  '/misspelled-figure.json': (res) =>
    res.end(
      newerWith({
        scorecards: bundled.scorecards.map((s, i) => (i === 0 ? { ...s, figureIds: [...s.figureIds, 'gpd-2023'] } : s)),
      }),
    ),
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
  ['an HTML page served instead of the feed', '/html.json', 'failed', 'text/html'],
  ['304 Not Modified', '/not-modified.json', 'current', '已是最新'],
  ['a feed with no items at all', '/header-only.json', 'failed', '没有任何'],
  ['a feed that drops half the news', '/half-the-news.json', 'failed', '资讯'],
  ['a feed that renames every news and project id', '/renamed.json', 'failed', '资讯'],
  ['a version written as a timestamp', '/timestamp-version.json', 'failed', '版本'],
  ['a version of 1e300', '/huge-version.json', 'failed', '版本'],
  ['a misspelled figure id in a scorecard', '/misspelled-figure.json', 'failed', 'gpd-2023'],
])('keeps the current feed on %s', async (_name, path, status, words) => {
  const outcome = await fetchNewerFeed(`${base}${path}`, bundled)
  expect(outcome.status).toBe(status)
  expect(outcome.message).toContain(words)
  expect('feed' in outcome).toBe(false)
})

test('keeps the current feed when the served one is older than what the app already has', async () => {
  const outcome = await fetchNewerFeed(`${base}/newer.json`, { ...bundled, version: bundled.version + 5 })
  expect(outcome).toEqual({ status: 'current', message: '已是最新数据' })
})

test('a feed file saved with a UTF-8 BOM is read like one without', async () => {
  const outcome = await fetchNewerFeed(`${base}/bom.json`, bundled)
  expect(outcome.status).toBe('updated')
  if (outcome.status === 'updated') expect(outcome.text).toBe(newer)
})

test.each([
  ['keeps the current feed when the server is slower than the timeout', 'slow.json'],
  ['the timeout covers the whole body: a server that trickles it is cut off', 'trickle.json'],
])('%s', async (_, file) => {
  const started = Date.now()
  const outcome = await fetchNewerFeed(`${base}/${file}`, bundled, undefined, 300)
  expect(outcome.status).toBe('failed')
  expect(outcome.message).toContain('超时')
  expect(Date.now() - started).toBeLessThan(1500)
})

test('a body announced as larger than the limit is refused at its headers', async () => {
  const started = Date.now()
  const outcome = await fetchNewerFeed(`${base}/announced-oversized.json`, bundled, undefined, 3000)
  expect(outcome.message).toContain('过大')
  expect(Date.now() - started).toBeLessThan(1000)
})

test('a small gzip that inflates to 128 MiB is cut off once 1 MB has arrived, without blocking the thread', async () => {
  // The longest the event loop stood still while the refresh ran.
  let longest = 0
  let last = performance.now()
  const probe = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 5)
  const started = performance.now()
  const outcome = await fetchNewerFeed(`${base}/bomb.json`, bundled, undefined, 5000)
  clearInterval(probe)
  expect(outcome.status).toBe('failed')
  expect(outcome.message).toContain('过大')
  // Reading all of it took 2.2 s for 64 MiB in Node before the fix; stopping at 1 MB takes 0.1–0.3 s.
  expect(longest).toBeLessThan(500)
  expect(performance.now() - started).toBeLessThan(2000)
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
  expect(await loadCachedFeed({ ...bundled, version: bundled.version + 2 })).toBeUndefined()
  expect(Taro.getStorageSync(CACHE_KEY)).toBe('')

  Taro.setStorageSync(CACHE_KEY, newer.slice(0, 100))
  expect(await loadCachedFeed(bundled)).toBeUndefined()
  expect(Taro.getStorageSync(CACHE_KEY)).toBe('')
})

test('a cached feed saved with a UTF-8 BOM is used like one without', async () => {
  Taro.setStorageSync(CACHE_KEY, '\ufeff' + newer)
  expect((await loadCachedFeed(bundled))?.version).toBe(bundled.version + 1)
})

test('a cached feed is validated in short tasks, not in one long one', async () => {
  const pauses = jest.spyOn(nextTaskModule, 'nextTask')
  // A clock that moves 2 ms each time it is read: a slice of 8 ms ends every few items.
  let t = 0
  jest.spyOn(Date, 'now').mockImplementation(() => (t += 2))
  cacheFeedText(newer)
  expect((await loadCachedFeed(bundled))?.version).toBe(bundled.version + 1)
  jest.restoreAllMocks()
  expect(pauses.mock.calls.length).toBeGreaterThan(bundled.figures.length / 10)
})

test.each([
  ['has no items', JSON.stringify({ schemaVersion: 1, version: bundled.version + 1, dataAsOf: '2024', title: '空' })],
  ['lost most of the projects', newerWith({ projects: bundled.projects.slice(0, 10) })],
  ['has a timestamp for a version', newerWith({ version: 202412011200 })],
])('a cached feed that %s is not used, and is removed', async (_name, text) => {
  Taro.setStorageSync(CACHE_KEY, text)
  expect(await loadCachedFeed(bundled)).toBeUndefined()
  expect(Taro.getStorageSync(CACHE_KEY)).toBe('')
})

describe('without the feed loader (weapp: its subpackage did not download)', () => {
  const noLoader = () =>
    jest.spyOn(sources, 'importLoadFeed').mockRejectedValueOnce({ errMsg: 'loadSubpackage:fail network' })

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
