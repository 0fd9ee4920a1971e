import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Segmented } from '@nutui/nutui-react-taro'
import { DataAsOf } from '../../components/figure/data-as-of'
import { FigureRow } from '../../components/figure/figure-row'
import { Heading } from '../../components/heading'
import { EmptyState } from '../../components/empty-state'
import { PageShell } from '../../components/page-shell'
import { headlineFor, PERIOD_VIEWS, scorecardsOf, type PeriodKey } from '../../features/scorecards/scorecard-periods'
import { useAppStore } from '../../store'
import { useFigures, useSources } from '../../store/feed-lookups'
import { formatPeriod, formatSigned, formatSourceLine, formatValue, KIND_LABEL } from '../../utils/format'
import './index.scss'

export default function ScorecardsPage() {
  const allFigures = useAppStore((s) => s.feed.figures)
  const allScorecards = useAppStore((s) => s.feed.scorecards)
  const figures = useFigures()
  const sources = useSources()
  const [period, setPeriod] = useState<PeriodKey>('2023')

  const headline = useMemo(() => headlineFor(allFigures, period), [allFigures, period])
  const cards = useMemo(() => (period === '2023' ? scorecardsOf(allScorecards, 2023) : []), [allScorecards, period])

  return (
    <PageShell>
      <DataAsOf />
      <View className='period-switch'>
        <Segmented
          value={period}
          options={PERIOD_VIEWS.map((p) => ({ label: p.label, value: p.key }))}
          onChange={(v) => setPeriod(v as PeriodKey)}
        />
      </View>

      <Heading level={2} className='section-title'>
        {formatPeriod(period)}主要指标
      </Heading>
      {headline.length === 0 ? (
        <EmptyState small description='这一时期的来源报道没有给出主要指标。' />
      ) : (
        <View className='headline-grid' role='list'>
          {headline.map((cell) => {
            const main = cell.level ?? cell.growth!
            const source = sources.get(main.sourceId)
            return (
              <View key={cell.indicator} className='headline-cell' role='listitem'>
                <Text className='headline-cell__label'>{cell.label}</Text>
                {cell.level ? (
                  <View className='headline-cell__value'>
                    <Text className='headline-cell__number'>{formatValue(cell.level)}</Text>
                    <Text>{cell.level.unit}</Text>
                  </View>
                ) : null}
                {cell.growth ? (
                  <Text className={`headline-cell__growth ${cell.growth.value < 0 ? 'down' : 'up'}`}>
                    {cell.growth.value < 0 ? '▼ 下降' : '▲ 增长'} {formatSigned(cell.growth)}
                  </Text>
                ) : null}
                <Text className='headline-cell__meta'>
                  {KIND_LABEL[main.kind]} · {source ? source.short : ''}
                </Text>
              </View>
            )
          })}
        </View>
      )}

      {cards.length > 0 ? (
        <View>
          <Heading level={2} className='section-title'>
            2023年8张成绩单
          </Heading>
          {cards.map((card) => {
            const source = sources.get(card.sourceId)
            return (
              <View key={card.id} className='card scorecard' data-testid='scorecard'>
                <Text className='scorecard__order'>第{card.order}张</Text>
                <Heading level={3} className='scorecard__title'>
                  {card.title}
                </Heading>
                <Text className='scorecard__summary'>{card.summary}</Text>
                {card.figureIds.slice(0, 4).map((fid) => {
                  const figure = figures.get(fid)
                  return figure ? <FigureRow key={fid} figure={figure} /> : null
                })}
                {source ? <Text className='muted'>来源：{formatSourceLine(source)}</Text> : null}
              </View>
            )
          })}
        </View>
      ) : null}
    </PageShell>
  )
}
