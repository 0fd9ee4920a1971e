import { themedOption } from '@/components/chart/chart-theme'
import type { ChartOption } from '@/components/chart/types'
import { seriesOption, shareOption, statusStackOption } from '@/features/charts/chart-options'
import { CHART_DARK, CHART_LIGHT } from '@/theme/tokens'

/** WCAG contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    const f = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl)
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

const figure = {
  id: 'f',
  label: '地区生产总值',
  metric: 'level',
  unit: '亿元',
  period: '2023',
  kind: 'actual',
  value: 300,
  sourceId: 's',
} as never

test.each([
  ['light', CHART_LIGHT],
  ['dark', CHART_DARK],
])('chart text reads at 4.5:1 or more on the %s card; gridlines stay subtle', (_mode, p) => {
  expect(contrast(p.text, p.background)).toBeGreaterThanOrEqual(4.5)
  expect(contrast(p.textMuted, p.background)).toBeGreaterThanOrEqual(4.5)
  expect(contrast(p.grid, p.background)).toBeLessThan(1.6)
})

test('axis labels, names, legend, value labels and tooltip take the dark palette; data colours stay', () => {
  const o = themedOption(
    seriesOption({ label: 'GDP', metric: 'level', unit: '亿元', points: [figure] }),
    CHART_DARK,
  ) as never as {
    textStyle: { color: string }
    xAxis: { axisLabel: { color: string }; splitLine: { lineStyle: { color: string } } }
    yAxis: {
      axisLabel: { color: string }
      nameTextStyle: { color: string }
      splitLine: { lineStyle: { color: string } }
    }
    tooltip: { backgroundColor: string; textStyle: { color: string } }
    series: { data: { label: { color: string }; itemStyle: { color: string } }[] }[]
  }
  expect(o.textStyle.color).toBe(CHART_DARK.text)
  expect(o.xAxis.axisLabel.color).toBe(CHART_DARK.text)
  expect(o.yAxis.axisLabel.color).toBe(CHART_DARK.text)
  expect(o.yAxis.nameTextStyle.color).toBe(CHART_DARK.textMuted)
  expect(o.yAxis.splitLine.lineStyle.color).toBe(CHART_DARK.grid)
  expect(o.tooltip.backgroundColor).toBe(CHART_DARK.tooltipBackground)
  expect(o.tooltip.textStyle.color).toBe(CHART_DARK.text)
  expect(o.series[0].data[0].label.color).toBe(CHART_DARK.text)
  expect(o.series[0].data[0].itemStyle.color).toBe('#c8161d')
})

test("labels inside stacked bars keep echarts' own contrast colour; legends take the text colour", () => {
  const o = themedOption(
    statusStackOption([{ name: '教育', done: 1, inProgress: 1, planned: 0 }]),
    CHART_DARK,
  ) as never as {
    legend: { textStyle: { color: string } }
    series: { label: { color?: string } }[]
  }
  expect(o.legend.textStyle.color).toBe(CHART_DARK.text)
  expect(o.series.map((s) => s.label.color)).toEqual([undefined, undefined, undefined])
})

test('an option that names its own colour keeps it', () => {
  const own: ChartOption = { xAxis: { type: 'category', axisLabel: { color: '#123456' } } }
  expect((themedOption(own, CHART_DARK).xAxis as { axisLabel: { color: string } }).axisLabel.color).toBe('#123456')
})

test('a share of 100% is one whole ring, not drawn against a 其余 0% slice; labels sit in the ring, not on the legend', () => {
  type Donut = {
    series: { data: { name: string; label: { position?: string; show: boolean } }[] }[]
    legend: { bottom: number }
  }
  const shareOf = (value: number, label: string) =>
    shareOption({ ...(figure as object), metric: 'share', unit: '%', value, label } as never) as Donut
  const whole = shareOf(100, '生态环境')
  expect(whole.series[0].data.map((d) => d.name)).toEqual(['生态环境 100%'])
  expect(whole.series[0].data[0].label.position).toBe('center')
  const part = shareOf(55.25, '服务业')
  expect(part.series[0].data.map((d) => d.name)).toEqual(['服务业 55.25%', '其余（按100%推算） 44.75%'])
  expect(part.series[0].data.filter((d) => d.label.show && d.label.position !== 'center')).toEqual([])
})
