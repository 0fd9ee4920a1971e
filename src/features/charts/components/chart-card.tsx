import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Table } from '@nutui/nutui-react-taro'
import { Chart } from '@/components/chart'
import type { ChartOption } from '@/components/chart/types'
import { asOfText, sourceTexts, unitText, type ChartCaption } from '@/domain/chart-caption'
import { chartHeight } from '@/features/charts/chart-options'
import './chart-card.scss'

export type ChartTableRow = { key: string; cells: string[] }

/** A chart card's content, as the builders of chart-cards.ts make it. */
export type ChartCardModel = {
  id: string
  /** The finding as the title, the unit and the sources: the same caption a share image paints. */
  caption: ChartCaption
  option: ChartOption
  /** The same numbers as the chart, always shown under it (and what screen readers read). */
  columns: string[]
  rows: ChartTableRow[]
  /** The chart a shared link asked for: marked with a border and in words. */
  highlighted?: boolean
}

export type ChartCardProps = ChartCardModel & {
  large?: boolean
  footer?: ReactNode
}

/** A chart with its finding as the title, its unit, the table of its numbers and its sources. */
export function ChartCard({ id, caption, option, columns, rows, large, footer, highlighted = false }: ChartCardProps) {
  const keys = columns.map((_, i) => `c${i}`)
  const unit = unitText(caption)
  const asOf = asOfText(caption)
  return (
    <View
      className={highlighted ? 'card chart-card chart-card--highlighted' : 'card chart-card'}
      data-testid='chart-card'
      data-highlighted={highlighted ? 'true' : undefined}
    >
      {highlighted ? <Text className='chart-card__linked'>分享给你的这项指标</Text> : null}
      <View className='chart-card__title' role='heading' aria-level={2}>
        {caption.title}
      </View>
      {unit ? <Text className='chart-card__unit'>{unit}</Text> : null}
      <Chart
        id={id}
        option={option}
        height={chartHeight(option, { large })}
        summary={`${caption.title}。具体数字见下表。`}
      />
      <View className='chart-card__table' aria-label={`${caption.title}（表格）`}>
        <Table
          columns={columns.map((title, i) => ({ key: keys[i], title }))}
          data={rows.map((r) => Object.fromEntries([['key', r.key], ...r.cells.map((c, i) => [keys[i], c])]))}
          striped
        />
      </View>
      {footer}
      {sourceTexts(caption).map((line) => (
        <Text key={line} className='chart-card__source'>
          {line}
        </Text>
      ))}
      {asOf ? <Text className='chart-card__source'>{asOf}</Text> : null}
    </View>
  )
}
