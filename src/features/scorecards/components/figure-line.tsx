import { Text, View } from '@tarojs/components'
import { FigureNotes } from '@/components/figure/figure-notes'
import type { Figure, Source } from '@/services/feed/schema'
import { formatPeriod, formatValue } from '@/domain/format'
import { StageTag } from './stage-tag'

export type FigureLineProps = { figure: Figure; source?: Pick<Source, 'short'>; label?: string }

/** One figure on one line: stage, value with unit, period and the report's short name; its data notes below. */
export function FigureLine({ figure, source, label }: FigureLineProps) {
  return (
    <>
      <View className='figure-line' data-figure-id={figure.id}>
        <StageTag kind={figure.kind} />
        {label ? <Text className='figure-line__meta'>{label}</Text> : null}
        <Text className='figure-line__number'>{`${formatValue(figure)}${figure.unit}`}</Text>
        <Text className='figure-line__meta'>{`${formatPeriod(figure.period)}${source ? ` · ${source.short}` : ''}`}</Text>
      </View>
      <FigureNotes figureIds={[figure.id]} />
    </>
  )
}
