import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { DataAsOf } from '@/components/figure/data-as-of'
import { EmptyState } from '@/components/empty-state'
import { Heading } from '@/components/heading'
import { PageShell } from '@/components/page-shell'
import { withFeed } from '@/components/page-shell/with-feed'
import { DataNotes } from '@/features/scorecards/components/data-notes'
import { ExpandButton } from '@/features/scorecards/components/expand-button'
import { FiveYearSection } from '@/features/scorecards/components/five-year-section'
import { HeadlineGrid } from '@/features/scorecards/components/headline-grid'
import { NextTargets } from '@/features/scorecards/components/next-targets'
import { OtherFigures } from '@/features/scorecards/components/other-figures'
import { PeriodSwitch } from '@/features/scorecards/components/period-switch'
import { ScorecardCard } from '@/features/scorecards/components/scorecard-card'
import { SectionAnchor, SectionNav } from '@/features/scorecards/components/section-nav'
import { TargetList } from '@/features/scorecards/components/target-list'
import { TopicLinks } from '@/features/scorecards/components/topic-links'
import { ShareActions } from '@/features/share/components/share-actions'
import { useShare } from '@/features/share/components/use-share'
import { useScorecardsPage } from './use-scorecards-page'

/** A link to a card or period the feed lacks: said at the top, with a way to the full list. */
function LinkNote({ missing, onShowAll }: { missing: string; onShowAll: () => void }) {
  return (
    <View className='card link-note' role='alert' data-testid='link-note'>
      <Text className='link-note__title'>没有找到{missing}</Text>
      <Text className='muted' style={{ display: 'block' }}>
        链接里的编号在当前数据中不存在，可能已经更新。全部成绩单就在下面。
      </Text>
      <Button className='tap' type='primary' style={{ marginTop: '12px' }} onClick={onShowAll}>
        查看全部成绩单
      </Button>
    </View>
  )
}

function ScorecardsPage() {
  const page = useScorecardsPage()
  const { key, content, sources, title, linkedId, yearItem, cardItem, shownCards } = page
  const { view, headline, targets, cards, nextTargets, fiveYear, others, notes } = content
  const shareCanvas = useShare(cardItem ?? yearItem)

  return (
    <PageShell>
      <DataAsOf />
      {page.missing ? <LinkNote missing={page.missing} onShowAll={page.showAllCards} /> : null}
      {/* The period switch and the section links stay at the top while the page scrolls. */}
      <View className='scorecards-bar'>
        <PeriodSwitch value={key} onChange={page.changeView} />
        <SectionNav sections={page.sections} />
      </View>
      <View
        className='scorecards-panel'
        role='tabpanel'
        aria-label={view.label}
        data-testid='period-panel'
        data-view={key}
      >
        <SectionAnchor section='headline' />
        <Heading level={2}>{title}主要指标</Heading>
        <Text className='view-intro muted'>{view.intro}</Text>
        {yearItem && !cardItem ? (
          <View style={{ margin: '0 24px 16px' }}>
            <ShareActions item={yearItem} />
          </View>
        ) : null}
        {page.topics.length > 0 ? <SectionAnchor section='charts' /> : null}
        <TopicLinks topics={page.topics} />
        {headline.length === 0 ? (
          <EmptyState small description='这一时期的来源报道没有给出主要指标。' />
        ) : (
          <HeadlineGrid cells={headline} sources={sources} label={`${title}主要指标`} />
        )}

        {targets.length > 0 ? (
          <>
            <SectionAnchor section='targets' />
            <Heading level={2}>{view.periods[0]}年目标 vs 实际</Heading>
            <TargetList rows={targets} sources={sources} year={view.periods[0]} />
          </>
        ) : null}

        {cards.length > 0 ? (
          <>
            <SectionAnchor section='cards' />
            <Heading level={2}>{`${title}${cards.length}张成绩单`}</Heading>
            <View id='scorecards-list'>
              {shownCards.map(({ card, figures }) => (
                <ScorecardCard
                  key={`${card.id}:${card.id === linkedId}`}
                  card={card}
                  figures={figures}
                  source={sources.get(card.sourceId)}
                  highlighted={card.id === linkedId}
                  actions={card.id === linkedId && cardItem ? <ShareActions item={cardItem} /> : null}
                />
              ))}
            </View>
            {page.foldable ? (
              <View style={{ margin: '0 24px 16px' }}>
                <ExpandButton
                  expanded={page.allCards}
                  onToggle={page.toggleCards}
                  controls='scorecards-list'
                  count={page.hiddenCount}
                  shown={page.shownCards.length}
                  unit='张'
                  what={`${title}的其余${page.hiddenCount}张成绩单`}
                />
              </View>
            ) : null}
          </>
        ) : null}

        {nextTargets.length > 0 ? <SectionAnchor section='next' /> : null}
        <NextTargets rows={nextTargets} sources={sources} year={view.periods[0]} />
        {fiveYear ? <SectionAnchor section='five-year' /> : null}
        {fiveYear ? <FiveYearSection view={fiveYear} sources={sources} /> : null}
        {others.length > 0 ? <SectionAnchor section='others' /> : null}
        <OtherFigures groups={others} sources={sources} title={`${view.label}的其他数字`} id={key} />
        {notes.length > 0 ? <SectionAnchor section='notes' /> : null}
        <DataNotes notes={notes} id={key} />
      </View>
      {shareCanvas}
    </PageShell>
  )
}

export default withFeed(ScorecardsPage)
