import { Text, View } from '@tarojs/components'
import { useFigureChartLink } from '@/components/figure/figure-chart-link'
import { FigureNoteButton, FigureNoteTexts, useFigureNotes } from '@/components/figure/figure-notes'
import type { Figure, Source } from '@/services/feed/schema'
import { formatPeriod } from '@/domain/format'
import { figureValueText } from '@/domain/figure-words'
import { StageTag } from './stage-tag'

export type FigureLineProps = { figure: Figure; source?: Pick<Source, 'short'>; label?: string }

/**
 * One figure on one line: stage, value with unit (a link to its chart when it has one), period and
 * the report's short name, and an ⓘ for its data notes at the end of the line; the notes open below.
 */
export function FigureLine({ figure, source, label }: FigureLineProps) {
  const chart = useFigureChartLink(figure)
  const notes = useFigureNotes([figure.id])
  return (
    <>
      <View className='figure-line' data-figure-id={figure.id}>
        <StageTag kind={figure.kind} />
        {label ? <Text className='figure-line__meta'>{label}</Text> : null}
        <Text className={`figure-line__number${chart.className}`} {...chart.props}>
          {figureValueText(figure)}
        </Text>
        <Text className='figure-line__meta'>{`${formatPeriod(figure.period)}${source ? ` · ${source.short}` : ''}`}</Text>
        <FigureNoteButton state={notes} />
      </View>
      <FigureNoteTexts state={notes} />
    </>
  )
}
