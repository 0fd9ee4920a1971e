import Taro from '@tarojs/taro'
import type { loadFeed } from './load'
import { importLoadFeed } from './loader-source'
import type { Feed } from './schema'

/** WeChat allows 1 MB per storage key; a larger feed could not be cached, so it is refused. */
export const MAX_FEED_BYTES = 1024 * 1024
export const FETCH_TIMEOUT_MS = 8000
export const CACHE_KEY = 'xfwsz:feed-cache'

export type HttpResponse = { status: number; body: string }
/** GETs a URL as text; rejects on a network error or timeout. */
export type Transport = (url: string, timeoutMs: number) => Promise<HttpResponse>

export type RefreshOutcome =
  { status: 'updated'; feed: Feed; text: string; message: string } | { status: 'current' | 'failed'; message: string }

/** Taro.request on both targets (wx.request on weapp, fetch on H5), body kept as text. */
export const taroTransport: Transport = (url, timeoutMs) =>
  new Promise((resolve, reject) => {
    void Taro.request({
      url,
      method: 'GET',
      timeout: timeoutMs,
      dataType: '其他',
      responseType: 'text',
      success: (res) =>
        resolve({ status: res.statusCode, body: typeof res.data === 'string' ? res.data : JSON.stringify(res.data) }),
      fail: (err) => reject(new Error(err.errMsg || '网络请求失败')),
    })
  })

/** Bytes of a string in UTF-8, without TextEncoder (older WeChat base libraries lack it). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}

/**
 * Parses and validates a feed text with the app's one loader. Only a feed with no problem at all
 * is accepted: a partly broken remote feed never replaces a complete one.
 */
export function acceptFeedText(text: string, load: typeof loadFeed): { feed?: Feed; reason?: string } {
  if (utf8Length(text) > MAX_FEED_BYTES) return { reason: '数据文件过大' }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { reason: '数据不完整或不是 JSON' }
  }
  const { feed, issues, usedFallback } = load(raw)
  if (usedFallback || issues.length > 0) return { reason: `数据校验未通过（${issues.length} 处问题）` }
  return { feed }
}

/** The loader, or undefined when it cannot be had now (weapp: its subpackage did not download). */
async function loader(): Promise<typeof loadFeed | undefined> {
  try {
    return (await importLoadFeed()).loadFeed
  } catch {
    return undefined
  }
}

/**
 * Fetches the feed at `url` and returns it only when it is valid and newer than `current`.
 * Never throws: a timeout, an HTTP error, a truncated, oversized or invalid body, or an older
 * version all keep the current feed, with a short message that says why.
 */
export async function fetchNewerFeed(
  url: string,
  current: Pick<Feed, 'version'>,
  transport: Transport = taroTransport,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<RefreshOutcome> {
  let response: HttpResponse
  try {
    response = await transport(url, timeoutMs)
  } catch (error) {
    return { status: 'failed', message: `更新失败：${(error as Error).message}，继续显示已有数据` }
  }
  if (response.status < 200 || response.status >= 300) {
    return { status: 'failed', message: `更新失败：服务器返回 ${response.status}，继续显示已有数据` }
  }
  const load = await loader()
  if (!load) return { status: 'failed', message: '更新失败：数据校验程序未能载入，继续显示已有数据' }
  const { feed, reason } = acceptFeedText(response.body, load)
  if (!feed) return { status: 'failed', message: `更新失败：${reason}，继续显示已有数据` }
  if (feed.version <= current.version) return { status: 'current', message: '已是最新数据' }
  return { status: 'updated', feed, text: response.body, message: `已更新到第 ${feed.version} 版数据` }
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
 * The cached feed when it is valid and newer than the bundled one; a stale or bad cache is removed.
 * A cache that cannot be checked now (no loader) is kept for a later launch and not used.
 */
export async function loadCachedFeed(bundled: Pick<Feed, 'version'>): Promise<Feed | undefined> {
  let text: unknown
  try {
    text = Taro.getStorageSync(CACHE_KEY)
  } catch {
    return undefined
  }
  if (typeof text !== 'string' || text === '') return undefined
  const load = await loader()
  if (!load) return undefined
  const { feed } = acceptFeedText(text, load)
  if (feed && feed.version > bundled.version) return feed
  try {
    Taro.removeStorageSync(CACHE_KEY)
  } catch {
    // Nothing to clean up.
  }
  return undefined
}
