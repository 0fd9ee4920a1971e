/**
 * How a figure is named and how a growth or change is worded, once for every page, share and chart,
 * in the convention of the district's own reports: 增长6.5% / 下降2.1% for a growth rate, 提高2个百分点
 * for a share, 增加98家 / 减少3家 for a count, 翻一番 for a doubling, 持平 when nothing changed.
 */
import type { Figure } from '@/services/feed/schema'
import { formatValue, isShowable, NO_NUMBER } from './format'

type Named = Pick<Figure, 'label' | 'metric'>
type Worded = Pick<Figure, 'metric' | 'unit' | 'value' | 'bound'>

/** A label that already names a rate or share: 城镇化率, 民生支出占一般公共预算支出比重. */
const RATE_NAME = /(率|比重|比例|占比)$/
/** A label that already names a growth: 增速, 增幅. */
const GROWTH_NAME = /(增速|增幅)$/
const SMALL_NUMERALS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十']

/**
 * What a figure is called when it stands alone, so a rate never reads like a level: 地区生产总值 (an
 * amount), 地区生产总值增速, 民生支出占比, 城镇化率. A change keeps its label: its verb goes with its
 * number (空气质量优良天数 增加9天), as the reports write it.
 */
export function figureName(figure: Named): string {
  if (figure.metric === 'growth') return GROWTH_NAME.test(figure.label) ? figure.label : `${figure.label}增速`
  if (figure.metric === 'share') return RATE_NAME.test(figure.label) ? figure.label : `${figure.label}占比`
  return figure.label
}

/**
 * The verb of a growth or change by its sign and unit: 增长/下降 (growth rate), 提高/降低 (个百分点),
 * 翻 (番), 增加/减少 (an amount), 变化 for a change in % whose direction the number does not tell,
 * 持平 for zero.
 */
export function changeVerb(figure: Worded): string {
  if (figure.value === 0) return '持平'
  const up = figure.value > 0
  if (figure.metric === 'growth') return up ? '增长' : '下降'
  if (figure.unit === '番') return '翻'
  if (figure.unit === '个百分点') return up ? '提高' : '降低'
  if (figure.unit === '%') return '变化'
  return up ? '增加' : '减少'
}

export type FigureAmount = {
  /** The verb of a change, '' for an amount, a rate or a share. */
  verb: string
  /** The number as shown large, with its bound: 331, ≥150, 一 (of 翻一番). */
  number: string
  unit: string
}

/**
 * A figure's value in three parts for a row: a level, rate or share as it is ("6.5" "%"); a change
 * with its verb and its size ("增加" "98" "家", "翻" "一" "番", "持平" "" "").
 */
export function figureAmount(figure: Worded): FigureAmount {
  if (figure.metric !== 'change' || !isShowable(figure.value)) {
    return { verb: '', number: formatValue(figure), unit: figure.unit }
  }
  const verb = changeVerb(figure)
  if (verb === '持平') return { verb, number: '', unit: '' }
  const size = Math.abs(figure.value)
  if (figure.unit === '番' && Number.isInteger(size) && size < SMALL_NUMERALS.length && !figure.bound) {
    return { verb, number: SMALL_NUMERALS[size], unit: '番' }
  }
  return { verb, number: formatValue({ value: size, bound: figure.bound }), unit: figure.unit }
}

/** The figure's value as one phrase: "331亿元", "6.5%", "增加98家", "翻一番", "提高2个百分点". */
export function figureValueText(figure: Worded): string {
  const { verb, number, unit } = figureAmount(figure)
  return `${verb}${number}${unit}`
}

/**
 * A growth or change as the reports word it: "增长6.5%", "下降2.1%", "持平", "提高2个百分点",
 * "增加98家", "翻一番"; a level or share as its value.
 */
export function changePhrase(figure: Worded): string {
  if (figure.metric !== 'growth') return figureValueText(figure)
  if (!isShowable(figure.value)) return NO_NUMBER
  const verb = changeVerb(figure)
  if (verb === '持平') return verb
  return `${verb}${formatValue({ value: Math.abs(figure.value), bound: figure.bound })}${figure.unit}`
}

/**
 * A share stated in a sentence: a rate or share by name "为" its value (城镇化率为78%), any other
 * part "占" its value (服务业占55.25%), so no sentence says 处理率占100% or 比重占比.
 */
export function shareSentence(figure: Pick<Figure, 'label' | 'value' | 'bound' | 'unit'>): string {
  const verb = RATE_NAME.test(figure.label) ? '为' : '占'
  return `${figure.label}${verb}${formatValue(figure)}${figure.unit}`
}
