import { Text, View } from '@tarojs/components'
import { FigureRow } from '@/components/figure/figure-row'
import { Heading } from '@/components/heading'
import type { Figure, Source } from '@/services/feed/schema'
import type { FiveYearView } from '@/features/scorecards/five-year'
import { measureLabel } from '@/features/scorecards/target-check'
import { FigureLine } from './figure-line'
import './scorecards.scss'
import { SourceLine } from '@/components/figure/source-line'

export type FiveYearSectionProps = { view: FiveYearView; sources: ReadonlyMap<string, Source> }

function Lines({ figures }: { figures: Figure[] }) {
  return (
    <>
      {figures.map((f) => (
        <View key={f.id}>
          {/* A pair's name is its amount's; a rate beside it says so, so it never reads like a level. */}
          <FigureLine figure={f} label={f.metric === 'growth' && f.metric !== figures[0].metric ? '增速' : undefined} />
          {f.note ? <Text className='muted'>{f.note}</Text> : null}
        </View>
      ))}
    </>
  )
}

/** 2016–2021 results and the goals for 2026 (and 2035): where one indicator has both, on one row. */
export function FiveYearSection({ view, sources }: FiveYearSectionProps) {
  const all = [...view.pairs.flatMap((p) => [...p.past, ...p.goals]), ...view.pastOnly, ...view.goalsOnly]
  const reports = [...new Set(all.map((f) => f.sourceId))].flatMap((id) => sources.get(id) ?? [])
  return (
    <View data-testid='five-year'>
      {view.pairs.length > 0 ? (
        <>
          <Heading level={2}>同一指标：五年成绩与目标</Heading>
          <View className='card' role='list' aria-label='同一指标的五年成绩与目标'>
            {view.pairs.map((pair) => (
              <View key={pair.indicator} className='beside-row' role='listitem' data-testid='five-year-pair'>
                <View className='beside-row__side'>
                  <Text className='beside-row__label'>{pair.label}</Text>
                  <Lines figures={pair.past} />
                </View>
                <Text className='beside-row__arrow' aria-hidden>
                  →
                </Text>
                <View className='beside-row__side'>
                  <Text className='beside-row__label'>{measureLabel(pair.goals[0])}</Text>
                  <Lines figures={pair.goals} />
                </View>
              </View>
            ))}
          </View>
        </>
      ) : null}

      <Heading level={2}>五年成绩与今后目标</Heading>
      <View className='five-year__columns'>
        <View className='card five-year__column' role='list' aria-label='2016—2021年成绩'>
          <Text className='five-year__column-title'>2016—2021年成绩（{view.pastOnly.length}项）</Text>
          {view.pastOnly.map((f) => (
            <View key={f.id} role='listitem' data-testid='five-year-past'>
              <FigureRow figure={f} />
            </View>
          ))}
        </View>
        <View className='card five-year__column' role='list' aria-label='2026年目标与2035年远景'>
          <Text className='five-year__column-title'>2026年目标与2035年远景（{view.goalsOnly.length}项）</Text>
          {view.goalsOnly.map((f) => (
            <View key={f.id} role='listitem' data-testid='five-year-goal'>
              <FigureRow figure={f} />
            </View>
          ))}
        </View>
      </View>
      {reports.map((s) => (
        <Text key={s.id} className='view-intro muted'>
          来源：
          <SourceLine source={s} />
        </Text>
      ))}
    </View>
  )
}
