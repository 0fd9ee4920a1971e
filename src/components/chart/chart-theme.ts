import { CHART_DARK, CHART_LIGHT, type ChartPalette } from '@/theme/tokens'
import type { ChartOption } from './types'

export type ColorScheme = 'light' | 'dark'

export const chartPalette = (scheme: ColorScheme): ChartPalette => (scheme === 'dark' ? CHART_DARK : CHART_LIGHT)

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
/** `defaults` under `value`: what the option says wins, one level deep per call. */
const under = (defaults: Obj, value: unknown): Obj => ({ ...defaults, ...(isObj(value) ? value : {}) })
const eachOf = <T>(value: T | T[] | undefined, f: (v: T) => T): T | T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value.map(f) : f(value)

/** A label drawn outside its bar or slice takes the text colour; one inside keeps echarts' contrast colour. */
const outsideLabel = (label: unknown, p: ChartPalette, pie: boolean): unknown => {
  if (!isObj(label)) return label
  const position = label.position
  const inside = position === 'inside' || position === 'insideTop' || (!pie && position === undefined)
  return inside ? label : under({ color: p.text }, label)
}

/**
 * The option in the mode's colours: axis labels and names, legend, value labels, gridlines (under
 * the labels, in the subtle grid colour) and tooltip take the palette, unless the option names its
 * own. Series colours (the data) stay as the feature chose them.
 */
export function themedOption(option: ChartOption, p: ChartPalette): ChartOption {
  const o = option as Obj
  const axis = (a: Obj): Obj => ({
    ...a,
    axisLabel: under({ color: p.text }, a.axisLabel),
    nameTextStyle: under({ color: p.textMuted }, a.nameTextStyle),
    axisLine: under({ lineStyle: { color: p.axisLine } }, a.axisLine),
    axisTick: under({ lineStyle: { color: p.axisLine } }, a.axisTick),
    splitLine: under({ lineStyle: { color: p.grid, width: 1 } }, a.splitLine),
    z: 0,
  })
  const series = eachOf(o.series as Obj | Obj[] | undefined, (s) => {
    const pie = s.type === 'pie'
    const data = Array.isArray(s.data)
      ? s.data.map((d: unknown) => (isObj(d) && isObj(d.label) ? { ...d, label: outsideLabel(d.label, p, pie) } : d))
      : s.data
    return { ...s, label: outsideLabel(s.label, p, pie), data }
  })
  return {
    ...o,
    textStyle: under({ color: p.text }, o.textStyle),
    legend: eachOf(o.legend as Obj | Obj[] | undefined, (l) => ({
      ...l,
      textStyle: under({ color: p.text }, l.textStyle),
      inactiveColor: p.axisLine,
    })),
    tooltip: eachOf(o.tooltip as Obj | Obj[] | undefined, (t) => ({
      ...t,
      backgroundColor: t.backgroundColor ?? p.tooltipBackground,
      borderColor: t.borderColor ?? p.tooltipBorder,
      textStyle: under({ color: p.text }, t.textStyle),
    })),
    xAxis: eachOf(o.xAxis as Obj | Obj[] | undefined, axis),
    yAxis: eachOf(o.yAxis as Obj | Obj[] | undefined, axis),
    series,
  } as ChartOption
}
