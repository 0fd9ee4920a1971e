/**
 * The one schema of the bundled feed. Types come from it (`v.InferOutput`), the loader and the
 * `feed:check` CLI validate with it. Valibot was chosen by measured size: the same schema bundled
 * to 1.9 KiB gzip with valibot 1.x, 6.3 KiB with zod/mini 4 and 92 KiB with full zod 4.
 */
import * as v from 'valibot'
import { BOUNDS, FIGURE_KINDS, METRICS, PROJECT_CATEGORIES, PROJECT_STATUSES, REGIONS, TOPICS } from './vocabulary'

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, '不能为空'))
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'id 只能用小写字母、数字和连字符'))
/** A calendar date as precise as the source states it: 2023, 2023-02 or 2023-02-08. */
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD'))

/**
 * The period a figure covers: `2023` (a year), `2016/2021` (a span of years, e.g. a five-year
 * total), `2023-01/09` (months of one year, e.g. the first three quarters), `2026` for a goal year.
 */
export const PERIOD_PATTERN = /^\d{4}(\/\d{4}|-(0[1-9]|1[0-2])(\/(0[1-9]|1[0-2]))?)?$/
const period = v.pipe(v.string(), v.regex(PERIOD_PATTERN, '期间格式应为 2023、2016/2021 或 2023-01/09'))

export const SourceSchema = v.object({
  id,
  /** A short name of the report for cards and chart footers, e.g. 2023年终回顾. */
  short: v.pipe(nonEmpty, v.maxLength(12)),
  /** The report's own title, as published. */
  title: nonEmpty,
  outlet: nonEmpty,
  date: isoDate,
  /** Byline as printed (reporters, correspondents), if any. */
  byline: v.optional(v.string()),
  region: v.picklist(REGIONS),
  /** What span the report covers, in our words, e.g. "2023年全年". */
  covers: nonEmpty,
})

export const FigureSchema = v.object({
  id,
  /** Series key shared by the same indicator across periods and sources, e.g. `gdp`. */
  indicator: id,
  /** Display name of the indicator, e.g. 地区生产总值. */
  label: nonEmpty,
  /** level: an amount; growth: year-on-year %; share: a proportion; change: 百分点 or other delta. */
  metric: v.picklist(METRICS),
  value: v.pipe(v.number(), v.finite()),
  unit: nonEmpty,
  period,
  kind: v.picklist(FIGURE_KINDS),
  /** The source's certainty words: 以上/超/突破/余 → gte, 左右/约 → approx. */
  bound: v.optional(v.picklist(BOUNDS)),
  region: v.picklist(REGIONS),
  topic: v.picklist(TOPICS),
  sourceId: id,
  /** Short qualifier in our words when the label alone is ambiguous (e.g. 分别增长 of which item). */
  note: v.optional(v.string()),
})

export const ScorecardSchema = v.object({
  id,
  year: v.pipe(v.number(), v.integer()),
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: nonEmpty,
  summary: nonEmpty,
  figureIds: v.array(id),
  sourceId: id,
})

export const NewsSectionSchema = v.object({
  heading: nonEmpty,
  text: nonEmpty,
  figureIds: v.optional(v.array(id), []),
})

export const NewsSchema = v.object({
  id,
  title: nonEmpty,
  summary: v.pipe(nonEmpty, v.minLength(60, '摘要至少 60 字'), v.maxLength(120, '摘要至多 120 字')),
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
  title: nonEmpty,
  category: v.picklist(PROJECT_CATEGORIES),
  region: v.picklist(REGIONS),
  period,
  quantity: v.optional(v.pipe(v.number(), v.finite())),
  unit: v.optional(nonEmpty),
  bound: v.optional(v.picklist(BOUNDS)),
  place: v.optional(nonEmpty),
  status: v.picklist(PROJECT_STATUSES),
  /** The source's own status words, e.g. 建成投用, 开工, 力争完成. */
  statusWords: nonEmpty,
  summary: nonEmpty,
  sourceId: id,
  figureIds: v.optional(v.array(id), []),
  /** Set on items of the district's yearly 十件惠民实事 list. */
  flagship: v.optional(v.boolean()),
})

export const DataNoteSchema = v.object({
  id,
  text: nonEmpty,
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

export const FeedHeaderSchema = v.object({
  schemaVersion: v.literal(1),
  /** Monotonic feed revision; a refresh only replaces a feed with a larger one. */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** 数据截至: the newest date any figure in the feed speaks of. */
  dataAsOf: isoDate,
  title: nonEmpty,
})

export type Source = v.InferOutput<typeof SourceSchema>
export type Figure = v.InferOutput<typeof FigureSchema>
export type Scorecard = v.InferOutput<typeof ScorecardSchema>
export type NewsSection = v.InferOutput<typeof NewsSectionSchema>
export type News = v.InferOutput<typeof NewsSchema>
export type Project = v.InferOutput<typeof ProjectSchema>
export type DataNote = v.InferOutput<typeof DataNoteSchema>
export type FeedHeader = v.InferOutput<typeof FeedHeaderSchema>
export type { FigureKind, ProjectCategory, ProjectStatus, Region, Topic } from './vocabulary'

export type Feed = FeedHeader & {
  sources: Source[]
  figures: Figure[]
  scorecards: Scorecard[]
  news: News[]
  projects: Project[]
  notes: DataNote[]
}
