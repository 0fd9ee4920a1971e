import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Table } from '@nutui/nutui-react-taro'
import { Chart } from '@/components/chart'
import type { ChartOption } from '@/components/chart/types'
import { chartHeight } from '@/features/charts/chart-options'
import './chart-card.scss'

export type ChartTableRow = { key: string; cells: string[] }

export type ChartCardProps = {
  id: string
  /** The finding, in words: what a reader should take away. */
  title: string
  unit: string
  option: ChartOption
  /** The same numbers as the chart, always shown under it (and what screen readers read). */
  columns: string[]
  rows: ChartTableRow[]
  sourceLines: string[]
  large?: boolean
  footer?: ReactNode
  /** The chart a shared link asked for: marked with a border and in words. */
  highlighted?: boolean
}

/** A chart with its finding as the title, its unit, the table of its numbers and its sources. */
export function ChartCard({
  id,
  title,
  unit,
  option,
  columns,
  rows,
  sourceLines,
  large,
  footer,
  highlighted = false,
}: ChartCardProps) {
  const keys = columns.map((_, i) => `c${i}`)
  return (
    <View
      className={highlighted ? 'card chart-card chart-card--highlighted' : 'card chart-card'}
      data-testid='chart-card'
      data-highlighted={highlighted ? 'true' : undefined}
    >
      {highlighted ? <Text className='chart-card__linked'>分享给你的这项指标</Text> : null}
      <View className='chart-card__title' role='heading' aria-level={2}>
        {title}
      </View>
      <Text className='chart-card__unit'>单位：{unit}</Text>
      <Chart id={id} option={option} height={chartHeight(option, { large })} summary={`${title}。具体数字见下表。`} />
      <View className='chart-card__table' aria-label={`${title}（表格）`}>
        <Table
          columns={columns.map((title, i) => ({ key: keys[i], title }))}
          data={rows.map((r) => Object.fromEntries([['key', r.key], ...r.cells.map((c, i) => [keys[i], c])]))}
          striped
        />
      </View>
      {footer}
      {sourceLines.map((line) => (
        <Text key={line} className='chart-card__source'>
          来源：{line}
        </Text>
      ))}
    </View>
  )
}
