import Taro from '@tarojs/taro'
import type { Figure } from '@/services/feed/schema'
import { useAppStore } from '@/store'
import { figureChartUrl } from '@/domain/figure-chart'
import { formatPeriod, KIND_LABEL } from '@/domain/format'
import { figureName, figureValueText } from '@/domain/figure-words'
import { activatable } from '@/utils/a11y'
import './figure-notes.scss'

/**
 * What a figure that opens its chart says besides itself, as its description (a screen reader reads
 * the figure as shown, then this): "查看地区生产总值的图表：2023年 331亿元 预计".
 */
export function chartLinkName(figure: Figure): string {
  const stage = figure.kind === 'actual' ? '' : ` ${KIND_LABEL[figure.kind]}`
  return `查看${figureName(figure)}的图表：${formatPeriod(figure.period)} ${figureValueText(figure)}${stage}`
}

export type FigureChartLink = {
  /** ' figure-link' to add to the element's class names, or '' for a figure without a chart. */
  className: string
  /** Spread on the View or Text that shows the figure: a link that opens the chart, or nothing. */
  props: object
}

const NO_LINK: FigureChartLink = { className: '', props: {} }

// WeChat's templates render no role or aria attribute (Taro leaves them out), so on weapp they
// would only add to every page's setData.
const WEB = process.env.TARO_ENV !== 'weapp'

/**
 * Makes the element showing a figure open that figure's chart (the topic page, at its period) in
 * one tap, when it has one; a figure without a chart is left as plain text, never made to look
 * tappable. No element is added, so a page of figures keeps its WeChat node and depth budgets.
 */
export function useFigureChartLink(figure: Figure | undefined): FigureChartLink {
  const figures = useAppStore((s) => s.feed.figures)
  const url = figure ? figureChartUrl(figure, figures) : undefined
  if (!figure || !url) return NO_LINK
  const open = () => void Taro.navigateTo({ url })
  return {
    className: ' figure-link',
    props: WEB
      ? // Named by what it shows (a spoken name must contain the visible words), described by where it leads.
        { role: 'link', title: chartLinkName(figure), onClick: open, ...activatable(open) }
      : { onClick: open },
  }
}
