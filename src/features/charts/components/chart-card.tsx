import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
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
  /** The words on a highlighted card, when not 分享给你的这项指标 (a figure tapped elsewhere says which period). */
  linkedLabel?: string
  /** The period a tapped figure opened the chart at, marked in the chart and the table (data-focus-period). */
  focusPeriod?: string
}

export type ChartCardProps = ChartCardModel & {
  large?: boolean
  footer?: ReactNode
}

/**
 * The chart's numbers as a table that reflows instead of clipping: a row per line, its first cell
 * as the row's heading and every other cell as "column: value", stacked on a phone and in 关怀模式,
 * side by side where the card is wide (chart-card.scss). Each cell carries its column's name in
 * words, so a screen reader reads "来源 《…》" and no header row is needed to understand it.
 */
function ChartTable({ title, columns, rows }: { title: string; columns: string[]; rows: ChartTableRow[] }) {
  return (
    <View className='chart-table' role='table' aria-label={`${title}（表格）`}>
      {rows.map((row) => (
        <View key={row.key} className='chart-table__row' role='row'>
          {row.cells.map((cell, i) =>
            i === 0 ? (
              <View key={i} className='chart-table__head' role='rowheader'>
                <Text className='chart-table__key'>{columns[0]}</Text>
                <Text className='chart-table__value'>{cell}</Text>
              </View>
            ) : (
              <View key={i} className='chart-table__cell' role='cell'>
                <Text className='chart-table__key'>{columns[i]}</Text>
                <Text className='chart-table__value'>{cell}</Text>
              </View>
            ),
          )}
        </View>
      ))}
    </View>
  )
}

/** A chart with its finding as the title, its unit, the table of its numbers and its sources. */
export function ChartCard(props: ChartCardProps) {
  const { id, caption, option, columns, rows, large, footer, highlighted = false, linkedLabel, focusPeriod } = props
  const unit = unitText(caption)
  const asOf = asOfText(caption)
  return (
    <View
      className={highlighted ? 'card chart-card chart-card--highlighted' : 'card chart-card'}
      data-testid='chart-card'
      data-highlighted={highlighted ? 'true' : undefined}
      data-focus-period={focusPeriod}
    >
      {highlighted ? <Text className='chart-card__linked'>{linkedLabel ?? '分享给你的这项指标'}</Text> : null}
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
      <ChartTable title={caption.title} columns={columns} rows={rows} />
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
