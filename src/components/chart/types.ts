import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components'

/** The options our charts may use: exactly the parts registered in `echarts-setup.ts`. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>

export type ChartProps = {
  /** A pure option built by a feature's option builder; charts differ only by this. */
  option: ChartOption
  /** Height in CSS px; the width follows the container. */
  height: number
  /** What a screen reader hears instead of the drawing (the table beside it has the numbers).
   * Not named ariaLabel: Taro's H5 compile rewrites any ariaLabel prop to aria-label. */
  summary: string
  /** Stable id, unique on the page (the weapp canvas is found by it). */
  id: string
}
