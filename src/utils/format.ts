import type { Figure, FigureKind, Source } from '../services/feed/schema'

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

/** 1234567.5 → "1,234,567.5"; keeps every decimal the source gave. */
export function formatNumber(value: number): string {
  const [int, frac] = String(value).split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac ? `${grouped}.${frac}` : grouped
}

/** The figure's value with its bound, e.g. "≥150", "约12", "331". */
export function formatValue(figure: Pick<Figure, 'value' | 'bound'>): string {
  const prefix = figure.bound ? BOUND_PREFIX[figure.bound] : ''
  return `${prefix}${formatNumber(figure.value)}`
}

/** A growth or change with its sign, e.g. "+6.5%", "-1.2个百分点". */
export function formatSigned(figure: Pick<Figure, 'value' | 'unit' | 'bound'>): string {
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
