import type { Figure, FigureKind, Source } from '@/services/feed/schema'

const BOUND_PREFIX: Record<NonNullable<Figure['bound']>, string> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  approx: '约',
}

/** Words shown beside a figure so an estimate or a target is never read as a final result. */
export const KIND_LABEL: Record<FigureKind, string> = {
  actual: '实际',
  estimate: '预计',
  target: '目标',
  cumulative: '累计',
}

/** Shown instead of a number that cannot be shown exactly (not finite, past 2^53, or below 1e-15). */
export const NO_NUMBER = '—'

/** Whether `value` can be shown digit for digit: finite, an exact integer part, not vanishingly small. */
export function isShowable(value: number): boolean {
  const size = Math.abs(value)
  return Number.isFinite(value) && size <= Number.MAX_SAFE_INTEGER && (size === 0 || size >= 1e-15)
}

/** The shortest decimal of `value` in positional notation ("1e-7" → "0.0000001"). */
function positional(value: number): string {
  const text = String(value)
  const small = /^(-?)(\d)(?:\.(\d+))?e-(\d+)$/.exec(text)
  if (!small) return text
  const [, sign, lead, rest = '', exponent] = small
  return `${sign}0.${'0'.repeat(Number(exponent) - 1)}${lead}${rest}`
}

/** 1234567.5 → "1,234,567.5"; keeps every decimal the source gave; NO_NUMBER when not showable. */
export function formatNumber(value: number): string {
  if (!isShowable(value)) return NO_NUMBER
  const [int, frac] = positional(value).split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac ? `${grouped}.${frac}` : grouped
}

/** The figure's value with its bound, e.g. "≥150", "约12", "331". */
export function formatValue(figure: Pick<Figure, 'value' | 'bound'>): string {
  if (!isShowable(figure.value)) return NO_NUMBER
  const prefix = figure.bound ? BOUND_PREFIX[figure.bound] : ''
  return `${prefix}${formatNumber(figure.value)}`
}

/** A growth or change with its sign, e.g. "+6.5%", "-1.2个百分点"; NO_NUMBER alone when not showable. */
export function formatSigned(figure: Pick<Figure, 'value' | 'unit' | 'bound'>): string {
  if (!isShowable(figure.value)) return NO_NUMBER
  const sign = figure.value > 0 ? '+' : ''
  return `${figure.bound ? BOUND_PREFIX[figure.bound] : ''}${sign}${formatNumber(figure.value)}${figure.unit}`
}

/** "2023" → "2023年", "2016/2021" → "2016—2021年", "2023-01/09" → "2023年1—9月", "2023-10" → "2023年10月". */
export function formatPeriod(period: string): string {
  const span = /^(\d{4})\/(\d{4})$/.exec(period)
  if (span) return `${span[1]}—${span[2]}年`
  const months = /^(\d{4})-(\d{2})(?:\/(\d{2}))?$/.exec(period)
  if (months) {
    const from = Number(months[2])
    const to = months[3] ? Number(months[3]) : undefined
    if (from === 1 && to === 9) return `${months[1]}年前三季度`
    return to ? `${months[1]}年${from}—${to}月` : `${months[1]}年${from}月`
  }
  return `${period}年`
}

/** A source date as precise as it is stated: "2023-02-08" → "2023年2月8日", "2024" → "2024年". */
export function formatDate(date: string): string {
  // The feed schema allows only YYYY, YYYY-MM and YYYY-MM-DD; dates are printed, never computed.
  const [year, month, day] = date.split('-')
  if (!month) return `${year}年`
  return day ? `${year}年${Number(month)}月${Number(day)}日` : `${year}年${Number(month)}月`
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))

/** A timestamp in the user's history, in local time, e.g. "11月21日 14:05". */
export function formatTimestamp(ms: number): string {
  const d = new Date(ms)
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad2(d.getHours())}:${pad2(d.getMinutes())}`
}

/** "《title》，outlet，2023年2月8日" — the line printed under every figure and chart. */
export function formatSourceLine(source: Pick<Source, 'title' | 'outlet' | 'date'>): string {
  return `《${source.title}》，${source.outlet}，${formatDate(source.date)}`
}

/** Direction overrides and isolates, zero-width and control characters: never shown from a link. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it removes
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g

/**
 * Text a link carried, fit to be quoted in the app's own words: control and direction characters
 * removed, spaces collapsed, at most `max` characters (then "…"), in “quotes”; '' when nothing is left.
 */
export function quoteQueryText(text: string, max = 12): string {
  const clean = text.replace(HIDDEN_CHARACTERS, '').replace(/\s+/g, ' ').trim()
  if (!clean) return ''
  const chars = Array.from(clean)
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}…` : clean}”`
}
