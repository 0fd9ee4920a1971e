import type { DataNote, Figure } from '@/services/feed/schema'
import { formatNumber } from '@/domain/format'
import { figureName } from '@/domain/figure-words'
import { HOME_REGION } from '@/domain/region'

/**
 * How far a result may fall short of a "约 / 左右" (approx) target and still count as met:
 * 0.5 percentage points for rates and shares (unit % or 个百分点), 5% of the target for amounts.
 * So a growth target of about 12% is met by 11.5% or more and missed by 7.2%; about 100亿元 is met by
 * 95亿元 or more. A result above an approximate target is always met.
 */
export const APPROX_TOLERANCE = { percentagePoints: 0.5, relative: 0.05 } as const

const PERCENT_UNITS = new Set(['%', '个百分点'])
/** Room for binary rounding (11.5 must equal 12 − 0.5). */
const EPSILON = 1e-9

export type Verdict = 'met' | 'not-met' | 'unknown'

export type TargetCheck = { verdict: Verdict; reason?: string }

/** The tolerance an approximate target allows, in the target's unit. */
export function approxTolerance(target: Pick<Figure, 'value' | 'unit'>): number {
  return PERCENT_UNITS.has(target.unit)
    ? APPROX_TOLERANCE.percentagePoints
    : Math.abs(target.value) * APPROX_TOLERANCE.relative
}

/** What a stated result says about the true value: "≥ 550" is [550, ∞), "≤ 4.5" is (−∞, 4.5]. */
function resultRange(result: Pick<Figure, 'value' | 'bound'>): [number, number] {
  switch (result.bound) {
    case 'gte':
    case 'gt':
      return [result.value, Infinity]
    case 'lte':
      return [-Infinity, result.value]
    default:
      return [result.value, result.value]
  }
}

/**
 * Whether a result meets a target, respecting both bounds. A target without a bound, "以上" (gte),
 * "突破/超" (gt) or "左右" (approx, see APPROX_TOLERANCE) is a floor; "以内/不超过" (lte) is a ceiling.
 * When the result's own bound leaves both answers open (a floor checked against "不超过 X"), it says so.
 */
export function checkTarget(
  target: Pick<Figure, 'value' | 'unit' | 'bound'>,
  result: Pick<Figure, 'value' | 'unit' | 'bound'>,
): TargetCheck {
  if (target.unit !== result.unit) return { verdict: 'unknown', reason: `单位不同（${target.unit}与${result.unit}）` }
  const [low, high] = resultRange(result)
  if (target.bound === 'lte') {
    if (high <= target.value + EPSILON) return { verdict: 'met' }
    if (low > target.value + EPSILON) return { verdict: 'not-met' }
    return { verdict: 'unknown', reason: '结果只给出了下限' }
  }
  const floor = target.bound === 'approx' ? target.value - approxTolerance(target) : target.value
  const strict = target.bound === 'gt'
  const reaches = strict ? low > floor + EPSILON : low >= floor - EPSILON
  if (reaches) return { verdict: 'met' }
  const falls = strict ? high <= floor + EPSILON : high < floor - EPSILON
  if (falls) return { verdict: 'not-met' }
  return { verdict: 'unknown', reason: '结果只给出了上限' }
}

export type TargetRow = {
  target: Figure
  /** The year's result of the same indicator and metric, if the review gives one. */
  result?: Figure
  verdict: Verdict
  /** True when the result is an estimate (预计): the verdict is provisional. */
  provisional: boolean
  /** Why there is no verdict. */
  reason?: string
  /** result − target in the target's unit, when both are plain numbers in the same unit. */
  gap?: number
  /** Data notes that touch both figures: the two may not measure quite the same thing. */
  caveats: DataNote[]
}

export type TargetCheckOptions = {
  year: string
  /** The report that set the targets. */
  targetSourceId: string
  /** The report whose full-year figures are the results; year-to-date reports are never used. */
  resultSourceId: string
}

/** The 2023 targets of the 2023 government work report, judged against the 2023 year review. */
export const TARGETS_2023: TargetCheckOptions = {
  year: '2023',
  targetSourceId: 'src-2023-gov-report',
  resultSourceId: 'src-2023-review',
}

const RESULT_KINDS: ReadonlySet<Figure['kind']> = new Set(['actual', 'estimate'])

const round = (x: number) => Number(x.toFixed(6))

/**
 * Each target of a year beside the result of the same indicator and metric, with a verdict:
 * rows with a result first, then those the results cannot answer, each group in the report's order.
 */
export function targetVsActual(
  figures: readonly Figure[],
  notes: readonly DataNote[] = [],
  options: TargetCheckOptions = TARGETS_2023,
): TargetRow[] {
  const ours = figures.filter((f) => f.region === HOME_REGION && f.period === options.year)
  const targets = ours.filter((f) => f.kind === 'target' && f.sourceId === options.targetSourceId)
  const results = ours.filter((f) => RESULT_KINDS.has(f.kind) && f.sourceId === options.resultSourceId)

  const rows = targets.map((target): TargetRow => {
    const result = results.find((r) => r.indicator === target.indicator && r.metric === target.metric)
    if (!result) {
      return { target, verdict: 'unknown', provisional: false, reason: '年度回顾没有给出这一项的全年结果', caveats: [] }
    }
    const { verdict, reason } = checkTarget(target, result)
    const plain = !result.bound && target.unit === result.unit
    return {
      target,
      result,
      verdict,
      reason,
      provisional: result.kind === 'estimate',
      gap: plain ? round(result.value - target.value) : undefined,
      caveats: notes.filter((n) => n.figureIds.includes(target.id) && n.figureIds.includes(result.id)),
    }
  })
  return [...rows.filter((r) => r.result), ...rows.filter((r) => !r.result)]
}

/** The verdict in words, provisional when the result is only an estimate. */
export function verdictWords(row: Pick<TargetRow, 'verdict' | 'provisional'>): string {
  if (row.verdict === 'unknown') return '无法判断'
  const words = row.verdict === 'met' ? '达成' : '未达成'
  return row.provisional ? `预计${words}` : words
}

/** A mark that carries the verdict without colour: √ met, × not met, ？ cannot tell. */
export function verdictMark(verdict: Verdict): string {
  return verdict === 'met' ? '√' : verdict === 'not-met' ? '×' : '？'
}

export type TargetSummary = { met: number; notMet: number; unknown: number; provisional: number }

export function summarizeTargets(rows: readonly TargetRow[]): TargetSummary {
  return {
    met: rows.filter((r) => r.verdict === 'met').length,
    notMet: rows.filter((r) => r.verdict === 'not-met').length,
    unknown: rows.filter((r) => r.verdict === 'unknown').length,
    provisional: rows.filter((r) => r.verdict !== 'unknown' && r.provisional).length,
  }
}

export type TargetBesideBaseline = {
  target: Figure
  /**
   * The same indicator in the period the report looked back on: the same metric if given, else its
   * amount (the start of a "翻一番" or "新增" goal). A growth rate is no baseline for an amount.
   */
  baseline: Figure[]
}

/**
 * The targets a report set right after looking back on `period` (e.g. the 2023 targets of the report
 * that gave the 2022 results), each beside that period's figures of the same indicator. Targets the
 * period has nothing to compare with come last, with an empty baseline.
 */
export function targetsAfter(figures: readonly Figure[], period: string): TargetBesideBaseline[] {
  const ours = figures.filter((f) => f.region === HOME_REGION)
  const past = ours.filter((f) => f.period === period && f.kind !== 'target')
  const reports = new Set(past.map((f) => f.sourceId))
  const year = Number(period.slice(0, 4))
  const targets = ours.filter(
    (f) => f.kind === 'target' && reports.has(f.sourceId) && Number(f.period.slice(0, 4)) > year,
  )
  const rows = targets.map((target) => {
    const same = past.filter((f) => f.indicator === target.indicator)
    const sameMetric = same.filter((f) => f.metric === target.metric)
    const levels = same.filter((f) => f.metric === 'level')
    return { target, baseline: sameMetric.length > 0 ? sameMetric : levels }
  })
  return [...rows.filter((r) => r.baseline.length > 0), ...rows.filter((r) => r.baseline.length === 0)]
}

/** Which measure of the indicator a figure is: "地区生产总值增速", "民生支出占比" (figureName). */
export function measureLabel(figure: Pick<Figure, 'label' | 'metric'>): string {
  return figureName(figure)
}

/** How far the result is from the target, in words: "低于目标4.8个百分点", "比目标少1,218万美元". */
export function gapWords(row: Pick<TargetRow, 'gap' | 'verdict' | 'target'>): string | undefined {
  const { gap, target } = row
  if (gap === undefined) return undefined
  if (gap === 0) return '与目标持平'
  const size = formatNumber(Math.abs(gap))
  const words = PERCENT_UNITS.has(target.unit)
    ? `${gap > 0 ? '高于' : '低于'}目标${size}个百分点`
    : `比目标${gap > 0 ? '多' : '少'}${size}${target.unit}`
  const withinTolerance = target.bound === 'approx' && gap < 0 && row.verdict === 'met'
  return withinTolerance ? `${words}，在“左右”允许的范围内` : words
}
