import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { DataAsOf } from '../../components/figure/data-as-of'
import { EmptyState } from '../../components/empty-state'
import { Heading } from '../../components/heading'
import { PageShell } from '../../components/page-shell'
import { DataNotes } from '../../features/scorecards/components/data-notes'
import { FiveYearSection } from '../../features/scorecards/components/five-year-section'
import { HeadlineGrid } from '../../features/scorecards/components/headline-grid'
import { NextTargets } from '../../features/scorecards/components/next-targets'
import { OtherFigures } from '../../features/scorecards/components/other-figures'
import { PeriodSwitch } from '../../features/scorecards/components/period-switch'
import { ScorecardCard } from '../../features/scorecards/components/scorecard-card'
import { TargetList } from '../../features/scorecards/components/target-list'
import { TopicLinks } from '../../features/scorecards/components/topic-links'
import { topicsWithFigures } from '../../features/scorecards/figure-groups'
import { type PeriodViewKey } from '../../features/scorecards/scorecard-periods'
import { scorecardView } from '../../features/scorecards/scorecard-view'
import { TOPICS } from '../../services/feed/schema'
import { useAppStore } from '../../store'
import { useSources } from '../../store/feed-lookups'
import { formatPeriod } from '../../utils/format'

export default function ScorecardsPage() {
  const figures = useAppStore((s) => s.feed.figures)
  const scorecards = useAppStore((s) => s.feed.scorecards)
  const notes = useAppStore((s) => s.feed.notes)
  const sources = useSources()
  const [key, setKey] = useState<PeriodViewKey>('2023')

  const content = useMemo(
    () => scorecardView({ figures, scorecards, notes }, key, sources),
    [figures, scorecards, notes, key, sources],
  )
  const topics = useMemo(() => topicsWithFigures(figures, TOPICS), [figures])
  const { view, headline, targets, cards, nextTargets, fiveYear, others, notes: viewNotes } = content
  const title = formatPeriod(view.periods[0])

  return (
    <PageShell>
      <DataAsOf />
      <PeriodSwitch value={key} onChange={setKey} />
      <View
        className='scorecards-panel'
        role='tabpanel'
        aria-label={view.label}
        data-testid='period-panel'
        data-view={key}
      >
        <Heading level={2}>{title}主要指标</Heading>
        <Text className='view-intro muted'>{view.intro}</Text>
        {headline.length === 0 ? (
          <EmptyState small description='这一时期的来源报道没有给出主要指标。' />
        ) : (
          <HeadlineGrid cells={headline} sources={sources} label={`${title}主要指标`} />
        )}

        {targets.length > 0 ? (
          <>
            <Heading level={2}>{view.periods[0]}年目标 vs 实际</Heading>
            <TargetList rows={targets} sources={sources} year={view.periods[0]} />
          </>
        ) : null}

        {cards.length > 0 ? (
          <>
            <Heading level={2}>
              {title}
              {cards.length}张成绩单
            </Heading>
            {cards.map(({ card, figures: cardFigures }) => (
              <ScorecardCard key={card.id} card={card} figures={cardFigures} source={sources.get(card.sourceId)} />
            ))}
          </>
        ) : null}

        <NextTargets rows={nextTargets} sources={sources} year={view.periods[0]} />
        {fiveYear ? <FiveYearSection view={fiveYear} sources={sources} /> : null}
        <OtherFigures groups={others} sources={sources} title={`${view.label}的其他数字`} id={key} />
        <DataNotes notes={viewNotes} />
      </View>
      <TopicLinks topics={topics} />
    </PageShell>
  )
}
