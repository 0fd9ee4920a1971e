import { Text, View } from '@tarojs/components'
import type { Figure, Source } from '@/services/feed/schema'
import { formatPeriod, formatSourceLine, formatValue, KIND_LABEL } from '@/domain/format'
import { FigureNotes } from './figure-notes'
import './figure.scss'

export type FigureRowProps = { figure: Figure; source?: Source }

/** One figure with its period, stage (预计/目标/…) in words, its source line and the data notes that name it. */
export function FigureRow({ figure, source }: FigureRowProps) {
  return (
    <View className='figure-row' data-figure-id={figure.id}>
      <View className='figure-row__head'>
        <Text className='figure-row__label'>{figure.label}</Text>
        <Text className={`kind-tag kind-tag--${figure.kind}`}>{KIND_LABEL[figure.kind]}</Text>
      </View>
      <View className='figure-row__value'>
        <Text className='figure-row__number'>{formatValue(figure)}</Text>
        <Text className='figure-row__unit'>{figure.unit}</Text>
        <Text className='figure-row__period'>{formatPeriod(figure.period)}</Text>
      </View>
      {figure.note ? <Text className='figure-row__note'>{figure.note}</Text> : null}
      {source ? <Text className='figure-row__source'>来源：{formatSourceLine(source)}</Text> : null}
      <FigureNotes figureIds={[figure.id]} />
    </View>
  )
}
