import { Text, View } from '@tarojs/components'
import type { Figure, Source } from '@/services/feed/schema'
import { formatPeriod, KIND_LABEL } from '@/domain/format'
import { figureAmount, figureName } from '@/domain/figure-words'
import { useFigureChartLink } from './figure-chart-link'
import { FigureNoteButton, FigureNoteTexts, useFigureNotes } from './figure-notes'
import './figure.scss'
import { SourceLine } from '@/components/figure/source-line'

export type FigureRowProps = { figure: Figure; source?: Source }

/**
 * One figure with its name (a rate says 增速, so it never reads as a level), stage (预计/目标/…) in words,
 * its value (a change with its verb: 增加98家, 翻一番), period, source line and the data notes that name it.
 */
export function FigureRow({ figure, source }: FigureRowProps) {
  const notes = useFigureNotes([figure.id])
  const chart = useFigureChartLink(figure)
  const amount = figureAmount(figure)
  return (
    <View className='figure-row' data-figure-id={figure.id}>
      <View className='figure-row__head'>
        <Text className='figure-row__label'>{figureName(figure)}</Text>
        <Text className={`kind-tag kind-tag--${figure.kind}`}>{KIND_LABEL[figure.kind]}</Text>
        <FigureNoteButton state={notes} />
      </View>
      <View className={`figure-row__value${chart.className}`} {...chart.props}>
        {amount.verb ? <Text className='figure-row__unit'>{amount.verb}</Text> : null}
        {amount.number ? <Text className='figure-row__number'>{amount.number}</Text> : null}
        {amount.unit ? <Text className='figure-row__unit'>{amount.unit}</Text> : null}
        <Text className='figure-row__period'>{formatPeriod(figure.period)}</Text>
      </View>
      {figure.note ? <Text className='figure-row__note'>{figure.note}</Text> : null}
      {source ? (
        <Text className='figure-row__source'>
          来源：
          <SourceLine source={source} />
        </Text>
      ) : null}
      <FigureNoteTexts state={notes} />
    </View>
  )
}
