/**
 * The one schema of the bundled feed. Types come from it (`v.InferOutput`), the loader and the
 * `feed:check` CLI validate with it. Valibot was chosen by measured size: the same schema bundled
 * to 1.9 KiB gzip with valibot 1.x, 6.3 KiB with zod/mini 4 and 92 KiB with full zod 4.
 */
import * as v from 'valibot'
import {
  BOUNDS,
  FIGURE_KINDS,
  METRICS,
  NOTE_KINDS,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
  REGIONS,
  TOPICS,
} from './vocabulary'

/**
 * The rules every feed string follows, so that nothing the app lays out is blank or unbounded:
 * at least one visible character (not only spaces, zero-width or other invisible marks), no
 * control or text-direction characters, and at most LIMITS characters (the real feed's longest
 * label, title and paragraph are 19, 32 and 167).
 */
export const LIMITS = { id: 64, label: 40, title: 80, text: 600 } as const
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
/**
 * A character that shows: not a space, nor a mark that is invisible on its own (Default_Ignorable
 * code points, and both halves of the invisible tag characters U+E0000–E0FFF). Listed as code
 * points, not graphemes; a test for the first such character, so most strings stop at their first.
 */
const VISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[^\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\udb40\udc00-\udfff]/
const visible = (s: string) => s === '' || VISIBLE.test(s)

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, '不能为空'),
    v.maxLength(max, `至多 ${max} 字`),
    v.check(visible, '没有可见的文字'),
    v.check((s) => !CONTROL.test(s), '含有控制字符或文字方向控制符'),
  )
const optionalText = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max, `至多 ${max} 字`)))
const label = text(LIMITS.label)
const title = text(LIMITS.title)
const paragraph = text(LIMITS.text)

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'id 只能用小写字母、数字和连字符'),
  v.maxLength(LIMITS.id, `id 至多 ${LIMITS.id} 字`),
)

/** Years a date or period may name. */
const YEARS = { min: 1900, max: 2100 }
const inYears = (year: number) => year >= YEARS.min && year <= YEARS.max
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** True for a date that exists: 2024-02-29 does, 2023-02-29 and 2023-13-45 do not. */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number)
  if (!inYears(year)) return false
  if (month === undefined) return true
  if (month < 1 || month > 12) return false
  return day === undefined || (day >= 1 && day <= daysIn(year, month))
}

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/

/** A calendar date as precise as the source states it: 2023, 2023-02 or 2023-02-08. */
const isoDate = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, '日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD'),
  // Only a well-formed date is checked against the calendar: one problem, one message.
  v.check((date) => !DATE_PATTERN.test(date) || isCalendarDate(date), '不是真实的日期'),
)

/**
 * The period a figure covers: `2023` (a year), `2016/2021` (a span of years, e.g. a five-year
 * total), `2023-01/09` (months of one year, e.g. the first three quarters), `2026` for a goal year.
 */
export const PERIOD_PATTERN = /^\d{4}(\/\d{4}|-(0[1-9]|1[0-2])(\/(0[1-9]|1[0-2]))?)?$/

/** True when a span ends after it starts (2016/2021, 2023-01/09) and its years are plausible. */
export function isOrderedPeriod(period: string): boolean {
  const [start, end] = period.split('/')
  const year = Number(start.slice(0, 4))
  if (!inYears(year) || end === undefined) return inYears(year)
  const from = start.length > 4 ? Number(start.slice(5)) : year
  return Number(end) > from && (end.length === 2 || inYears(Number(end)))
}
const period = v.pipe(
  v.string(),
  v.regex(PERIOD_PATTERN, '期间格式应为 2023、2016/2021 或 2023-01/09'),
  v.check((p) => !PERIOD_PATTERN.test(p) || isOrderedPeriod(p), '期间应先早后晚，年份在 1900 到 2100 之间'),
)

/** Amounts as large as a district's figures can be (亿元 up to 10^12 leaves room for 元). */
const amount = v.pipe(
  v.number(),
  v.finite('应为有限的数'),
  v.minValue(-1e12, '数值超出 ±10^12'),
  v.maxValue(1e12, '数值超出 ±10^12'),
)

export const SourceSchema = v.object({
  id,
  /** A short name of the report for cards and chart footers, e.g. 2023年终回顾. */
  short: text(12),
  /** The report's own title, as published. */
  title,
  outlet: label,
  date: isoDate,
  /** Byline as printed (reporters, correspondents), if any. */
  byline: optionalText(LIMITS.title),
  region: v.picklist(REGIONS),
  /** What span the report covers, in our words, e.g. "2023年全年". */
  covers: title,
})

export const FigureSchema = v.object({
  id,
  /** Series key shared by the same indicator across periods and sources, e.g. `gdp`. */
  indicator: id,
  /** Display name of the indicator, e.g. 地区生产总值. */
  label,
  /** level: an amount; growth: year-on-year %; share: a proportion; change: 百分点 or other delta. */
  metric: v.picklist(METRICS),
  value: amount,
  unit: label,
  period,
  kind: v.picklist(FIGURE_KINDS),
  /** The source's certainty words: 以上/超/突破/余 → gte, 左右/约 → approx. */
  bound: v.optional(v.picklist(BOUNDS)),
  region: v.picklist(REGIONS),
  topic: v.picklist(TOPICS),
  sourceId: id,
  /** Short qualifier in our words when the label alone is ambiguous (e.g. 分别增长 of which item). */
  note: optionalText(LIMITS.title),
})

export const ScorecardSchema = v.object({
  id,
  year: v.pipe(v.number(), v.integer(), v.minValue(YEARS.min), v.maxValue(YEARS.max)),
  order: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  title,
  summary: paragraph,
  figureIds: v.array(id),
  sourceId: id,
})

export const NewsSectionSchema = v.object({
  heading: title,
  text: paragraph,
  figureIds: v.optional(v.array(id), []),
})

export const NewsSchema = v.object({
  id,
  title,
  summary: v.pipe(text(120), v.minLength(60, '摘要至少 60 字')),
  topic: v.picklist(TOPICS),
  date: isoDate,
  sourceIds: v.pipe(v.array(id), v.minLength(1, '至少要有一个来源')),
  /** The figure drawn large as the card's "data cover". */
  coverFigureId: id,
  sections: v.pipe(v.array(NewsSectionSchema), v.minLength(1, '至少要有一节正文')),
  projectIds: v.optional(v.array(id), []),
})

export const ProjectSchema = v.object({
  id,
  title,
  category: v.picklist(PROJECT_CATEGORIES),
  region: v.picklist(REGIONS),
  period,
  quantity: v.optional(amount),
  unit: v.optional(label),
  bound: v.optional(v.picklist(BOUNDS)),
  place: v.optional(title),
  status: v.picklist(PROJECT_STATUSES),
  /** The source's own status words, e.g. 建成投用, 开工, 力争完成. */
  statusWords: label,
  summary: paragraph,
  sourceId: id,
  figureIds: v.optional(v.array(id), []),
  /** Set on items of the district's yearly 十件惠民实事 list. */
  flagship: v.optional(v.boolean()),
})

export const DataNoteSchema = v.object({
  id,
  /** What the note is about (see NOTE_KINDS); optional so that older feeds stay valid. */
  kind: v.optional(v.picklist(NOTE_KINDS)),
  text: paragraph,
  figureIds: v.optional(v.array(id), []),
  sourceIds: v.pipe(v.array(id), v.minLength(1)),
})

/** Sections whose items are validated one by one: a bad item is skipped, not fatal. */
export const ITEM_SCHEMAS = {
  sources: SourceSchema,
  figures: FigureSchema,
  scorecards: ScorecardSchema,
  news: NewsSchema,
  projects: ProjectSchema,
  notes: DataNoteSchema,
} as const

/** The largest feed version: whole numbers counted up by one per published feed. */
export const MAX_FEED_VERSION = 9_999_999

export const FeedHeaderSchema = v.object({
  schemaVersion: v.literal(1),
  /**
   * The feed's revision: a whole number from 1 to MAX_FEED_VERSION, counted up by one for each
   * published feed (not a date or a timestamp: a 202412011200 would make every later correct feed
   * "older"). A refresh only replaces a feed with a larger one (see replacement.ts).
   */
  version: v.pipe(
    v.number(),
    v.integer('版本应为整数'),
    v.minValue(1, '版本至少为 1'),
    v.maxValue(MAX_FEED_VERSION, `版本至多为 ${MAX_FEED_VERSION}（逐版加一，不用日期或时间戳）`),
  ),
  /** 数据截至: the newest date any figure in the feed speaks of. */
  dataAsOf: isoDate,
  title,
})

export type Source = v.InferOutput<typeof SourceSchema>
export type Figure = v.InferOutput<typeof FigureSchema>
export type Scorecard = v.InferOutput<typeof ScorecardSchema>
export type NewsSection = v.InferOutput<typeof NewsSectionSchema>
export type News = v.InferOutput<typeof NewsSchema>
export type Project = v.InferOutput<typeof ProjectSchema>
export type DataNote = v.InferOutput<typeof DataNoteSchema>
export type FeedHeader = v.InferOutput<typeof FeedHeaderSchema>
export type { FigureKind, NoteKind, ProjectCategory, ProjectStatus, Region, Topic } from './vocabulary'

export type Feed = FeedHeader & {
  sources: Source[]
  figures: Figure[]
  scorecards: Scorecard[]
  news: News[]
  projects: Project[]
  notes: DataNote[]
}
