import Taro from '@tarojs/taro'
import { MAX_FEED_BYTES, type HttpResponse, type Transfer, type Transport } from './http'
import type * as Load from './load'
import { importLoadFeed } from './sources'
import type { Feed } from './schema'
import { defaultTransport } from './transport'

export type { HttpResponse, Transport }
export const FETCH_TIMEOUT_MS = 8000
export const CACHE_KEY = 'xfwsz:feed-cache'

export type RefreshOutcome =
  { status: 'updated'; feed: Feed; text: string; message: string } | { status: 'current' | 'failed'; message: string }

/**
 * Content types a feed may be served as: JSON, or the plain text and octet-stream that static
 * hosts give a file they do not know. An HTML page (a login portal, an error page) is refused.
 */
const FEED_TYPES = /^\s*(application\/([\w.+-]+\+)?json|text\/(json|plain)|application\/octet-stream)\s*(;|$)/i

/** The loader, or undefined when it cannot be had now (weapp: its subpackage did not download). */
async function loader(): Promise<typeof Load | undefined> {
  try {
    return await importLoadFeed()
  } catch {
    return undefined
  }
}

/** The transfer's response, or a rejection once `ms` have passed, the transfer then stopped. */
function withDeadline({ response, abort }: Transfer, ms: number): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      abort()
      reject(new Error(`${ms / 1000} 秒内未收完（超时）`))
    }, ms)
    response.then(
      (res) => (clearTimeout(timer), resolve(res)),
      (error: unknown) => (clearTimeout(timer), reject(error as Error)),
    )
  })
}

const failed = (why: string): RefreshOutcome => ({ status: 'failed', message: `更新失败：${why}，继续显示已有数据` })
const UP_TO_DATE: RefreshOutcome = { status: 'current', message: '已是最新数据' }

/**
 * Fetches the feed at `url` and returns it only when it passes the rules against `current` (see
 * judgeFeedText in load.ts). Never throws: a timeout over the whole download, an HTTP error, a body that is
 * not JSON, truncated, oversized or invalid, or one that would lose most of the data all keep the
 * current feed, with a short message that says why; 304 Not Modified and an older version are
 * "already up to date".
 */
export async function fetchNewerFeed(
  url: string,
  current: Feed,
  transport: Transport = defaultTransport,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<RefreshOutcome> {
  let response: HttpResponse
  try {
    response = await withDeadline(transport(url, { maxBytes: MAX_FEED_BYTES, timeoutMs }), timeoutMs)
  } catch (error) {
    return failed((error as Error | undefined)?.message ?? '网络请求失败')
  }
  if (response.status === 304) return UP_TO_DATE
  if (response.status < 200 || response.status >= 300) return failed(`服务器返回 ${response.status}`)
  const type = response.contentType
  if (type && !FEED_TYPES.test(type)) return failed(`服务器返回的不是 JSON 数据（${type.split(';')[0]}）`)
  const load = await loader()
  if (!load) return failed('数据校验程序未能载入')
  const verdict = await load.judgeFeedText(response.body, current)
  if (verdict.kind === 'same') return UP_TO_DATE
  if (verdict.kind === 'refused') return failed(verdict.reason)
  const { feed, text } = verdict
  return { status: 'updated', feed, text, message: `已更新到第 ${feed.version} 版数据` }
}

/** Keeps the accepted feed text for the next launch; a full storage only costs the cache. */
export function cacheFeedText(text: string): boolean {
  try {
    Taro.setStorageSync(CACHE_KEY, text)
    return true
  } catch {
    return false
  }
}

/**
 * The cached feed when it passes the rules against the bundled one (newer, valid, keeping most of
 * it), validated in short tasks; a stale or bad cache is removed. A cache that cannot be read or
 * checked now (no loader) is kept for a later launch and not used. Never throws.
 */
export async function loadCachedFeed(bundled: Feed): Promise<Feed | undefined> {
  let text: unknown
  try {
    text = Taro.getStorageSync(CACHE_KEY)
  } catch {
    return undefined
  }
  if (typeof text !== 'string' || text === '') return undefined
  const load = await loader()
  if (!load) return undefined
  const verdict = await load.judgeFeedText(text, bundled)
  if (verdict.kind === 'newer') return verdict.feed
  try {
    Taro.removeStorageSync(CACHE_KEY)
  } catch {
    // Nothing to clean up.
  }
  return undefined
}
