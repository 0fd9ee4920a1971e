/**
 * What a page returns from Taro's `useShareAppMessage` and `useShareTimeline`, built from a ShareItem.
 * https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onShareAppMessage-Object-object
 * https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onShareTimeline
 */
import { joinTitle, type ShareItem, type TitlePart } from './share-item'

/**
 * Title limits, in characters (a Latin letter or digit counts as one, like a Chinese character).
 * WeChat documents no limit but cuts a long title with "…" wherever the line ends, which can be in
 * the middle of a number. A chat card shows the title in two lines of about 16 characters on a
 * 375-pt-wide phone, so ≤ 32 is shown whole. In Moments the title sits beside a square thumbnail,
 * a narrower column, so ≤ 28 there.
 */
export const CHAT_TITLE_MAX = 32
export const TIMELINE_TITLE_MAX = 28
/** A shortened label or context keeps at least this many characters before its "…". */
const MIN_KEPT = 4

export type ChatSharePayload = { title: string; path: string; imageUrl?: string }
export type TimelineSharePayload = { title: string; query: string; imageUrl?: string }

const length = (text: string) => [...text].length
const join = joinTitle
/** A number with its bound, sign, separators and %, else one character: the units a cut may fall between. */
const ATOM = /[≥≤>约+\-−]?\d[\d,.]*%?|[\s\S]/gu

/** `text` cut to at most `max` characters ending in "…", never inside a number. */
export function cutText(text: string, max: number): string {
  if (length(text) <= max) return text
  let out = ''
  for (const atom of text.match(ATOM) ?? []) {
    if (length(out) + length(atom) + 1 > max) break
    out += atom
  }
  return `${out.replace(/[，、：（《“\s]+$/u, '')}…`
}

/** Shortens the parts of one role with "…" so the title loses `over` characters; each keeps `minKept`. */
function shorten(parts: TitlePart[], role: TitlePart['role'], max: number, minKept = MIN_KEPT): TitlePart[] {
  return parts.map((p) => {
    if (p.role !== role) return p
    const over = length(join(parts)) - max
    const tail = /[：:]$/.test(p.text) ? p.text.slice(-1) : ''
    const body = tail ? p.text.slice(0, -1) : p.text
    const keep = Math.max(minKept, length(body) - over - 1)
    return keep < length(body) ? { ...p, text: `${cutText(body, keep + 1)}${tail}` } : p
  })
}

/**
 * The title within `max` characters, shortened step by step until it fits: drop the home region
 * (市中区), use the label's short name (地区生产总值 → GDP), drop the growth clause, shorten the
 * context (a card's or story's name) and then the label with "…", drop the context. The figure
 * and its stage word are never shortened; only a title that still does not fit is cut, and never
 * inside a number.
 */
export function fitTitle(parts: readonly TitlePart[], max: number = CHAT_TITLE_MAX): string {
  const steps: ((ps: TitlePart[]) => TitlePart[])[] = [
    (ps) => ps.filter((p) => p.role !== 'region'),
    (ps) => ps.map((p) => (p.role === 'label' && p.short ? { ...p, text: p.short } : p)),
    (ps) => ps.filter((p) => p.role !== 'extra'),
    (ps) => shorten(ps, 'context', max),
    (ps) => shorten(ps, 'label', max),
    (ps) => ps.filter((p) => p.role !== 'context'),
    (ps) => shorten(ps, 'label', max, 2),
  ]
  let current = [...parts]
  for (const step of steps) {
    if (length(join(current)) <= max) break
    current = step(current)
  }
  return cutText(join(current), max)
}

/** The query string of a path, without "?": what `onShareTimeline` takes. */
export function queryOf(path: string): string {
  const at = path.indexOf('?')
  return at < 0 ? '' : path.slice(at + 1)
}

/** For `useShareAppMessage`: the item's title within CHAT_TITLE_MAX, its path, and the share image when given (5:4). */
export function shareAppMessage(item: ShareItem, imageUrl?: string): ChatSharePayload {
  return { title: fitTitle(item.titleParts, CHAT_TITLE_MAX), path: item.path, ...(imageUrl ? { imageUrl } : {}) }
}

/** For `useShareTimeline` (朋友圈): the title within TIMELINE_TITLE_MAX and the path's query; the page is the current one. */
export function shareTimeline(item: ShareItem, imageUrl?: string): TimelineSharePayload {
  return {
    title: fitTitle(item.titleParts, TIMELINE_TITLE_MAX),
    query: queryOf(item.path),
    ...(imageUrl ? { imageUrl } : {}),
  }
}
