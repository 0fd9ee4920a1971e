import { Text, View } from '@tarojs/components'
import { useFigureChartLink } from '@/components/figure/figure-chart-link'
import { FigureNoteButton, FigureNoteTexts, useFigureNotes } from '@/components/figure/figure-notes'
import type { Figure, Source } from '@/services/feed/schema'
import { formatPeriod, formatValue } from '@/domain/format'
import { trendOf } from '@/features/scorecards/figure-groups'
import { cellFigures, mainFigure, type HeadlineCell } from '@/features/scorecards/scorecard-periods'
import { StageTag } from './stage-tag'
import './scorecards.scss'

export type HeadlineGridProps = { cells: HeadlineCell[]; sources: ReadonlyMap<string, Source>; label: string }

/** "▲ 增长 6.5%": a growth or change with an arrow and a word; colour only adds to them. */
function Trend({ figure, large }: { figure: Figure; large?: boolean }) {
  const trend = trendOf(figure)
  const tone = trend.arrow === '▲' ? 'up' : trend.arrow === '▼' ? 'down' : ''
  const size = formatValue({ value: Math.abs(figure.value), bound: figure.bound })
  return (
    <Text className={`trend ${tone}`}>
      <Text aria-hidden>{`${trend.arrow} `}</Text>
      {large ? (
        <>
          {`${trend.words} `}
          <Text className='headline-cell__number'>{size}</Text>
          {figure.unit}
        </>
      ) : (
        `${trend.words} ${size}${figure.unit}`
      )}
    </Text>
  )
}

/** What a share is a share of: "占一般公共预算支出比重" from its label, else "占比" (its note says more). */
function shareWhat(figure: Figure, cellLabel: string): string {
  return figure.label !== cellLabel ? figure.label.replace(cellLabel, '') : '占比'
}

/** A share with what it is a share of: "占一般公共预算支出比重 80.6%". */
function Share({ figure, cellLabel }: { figure: Figure; cellLabel: string }) {
  return (
    <Text>
      {shareWhat(figure, cellLabel)} {formatValue(figure)}
      {figure.unit}
    </Text>
  )
}

/** A growth or share under the cell's main figure; it opens its own chart (growth and amount are two). */
function CellLine({ figure, cell, mainKind }: { figure: Figure; cell: HeadlineCell; mainKind: Figure['kind'] }) {
  const chart = useFigureChartLink(figure)
  return (
    <View className={`headline-cell__line${chart.className}`} {...chart.props}>
      {figure.metric === 'share' ? <Share figure={figure} cellLabel={cell.label} /> : <Trend figure={figure} />}
      {figure.kind !== mainKind ? <StageTag kind={figure.kind} /> : null}
    </View>
  )
}

function Cell({ cell, sources }: { cell: HeadlineCell; sources: ReadonlyMap<string, Source> }) {
  const main = mainFigure(cell)
  const rest = cellFigures(cell).filter((f) => f !== main)
  const chart = useFigureChartLink(main)
  // One ⓘ for the cell, beside its name: the notes of all its figures behind one tap.
  const dataNotes = useFigureNotes(cellFigures(cell).map((f) => f.id))
  const reports = [...new Set(cellFigures(cell).map((f) => sources.get(f.sourceId)?.short ?? f.sourceId))]
  const allNotes = [...new Set(cellFigures(cell).flatMap((f) => (f.note ? [f.note] : [])))]
  // "预计数" says nothing more when another note of the cell already says it.
  const notes = allNotes.filter((n) => !allNotes.some((other) => other !== n && other.includes(n)))
  const isTrend = main.metric === 'growth' || main.metric === 'change'
  return (
    <View className='headline-cell' role='listitem' data-testid='headline-cell' data-indicator={cell.indicator}>
      <View className='headline-cell__head'>
        <Text className='headline-cell__label'>{cell.label}</Text>
        <FigureNoteButton state={dataNotes} />
      </View>
      <View className={`headline-cell__value${chart.className}`} {...chart.props}>
        {isTrend ? (
          <Trend figure={main} large />
        ) : (
          <>
            {main.metric === 'share' ? <Text>{shareWhat(main, cell.label)}</Text> : null}
            <Text className='headline-cell__number'>{formatValue(main)}</Text>
            <Text>{main.unit}</Text>
          </>
        )}
        <StageTag kind={main.kind} />
      </View>
      {rest.map((f) => (
        <CellLine key={f.id} figure={f} cell={cell} mainKind={main.kind} />
      ))}
      <Text className='headline-cell__meta'>{`${formatPeriod(cell.period)} · ${reports.join('、')}`}</Text>
      {notes.length > 0 ? <Text className='headline-cell__note'>{`注：${notes.join('；')}`}</Text> : null}
      <FigureNoteTexts state={dataNotes} />
    </View>
  )
}

/** The headline indicators of a period: value, unit, growth in an arrow and words, stage and source. */
export function HeadlineGrid({ cells, sources, label }: HeadlineGridProps) {
  return (
    <View className='headline-grid' role='list' aria-label={label}>
      {cells.map((cell) => (
        <Cell key={cell.indicator} cell={cell} sources={sources} />
      ))}
    </View>
  )
}
