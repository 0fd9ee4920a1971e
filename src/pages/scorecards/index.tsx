import { useEffect, useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { DataAsOf } from '@/components/figure/data-as-of'
import { EmptyState } from '@/components/empty-state'
import { Heading } from '@/components/heading'
import { PageShell } from '@/components/page-shell'
import { DataNotes } from '@/features/scorecards/components/data-notes'
import { FiveYearSection } from '@/features/scorecards/components/five-year-section'
import { HeadlineGrid } from '@/features/scorecards/components/headline-grid'
import { NextTargets } from '@/features/scorecards/components/next-targets'
import { OtherFigures } from '@/features/scorecards/components/other-figures'
import { PeriodSwitch } from '@/features/scorecards/components/period-switch'
import { ScorecardCard, scorecardElementId } from '@/features/scorecards/components/scorecard-card'
import { TargetList } from '@/features/scorecards/components/target-list'
import { TopicLinks } from '@/features/scorecards/components/topic-links'
import { topicsWithFigures } from '@/features/scorecards/figure-groups'
import { PERIOD_VIEWS, type PeriodViewKey } from '@/features/scorecards/scorecard-periods'
import { scorecardView } from '@/features/scorecards/scorecard-view'
import { ShareActions } from '@/features/share/components/share-actions'
import { useShare } from '@/features/share/components/use-share'
import { scorecardShareItem, scorecardYears, scorecardYearShareItem } from '@/features/share/share-item'
import type { Scorecard } from '@/services/feed/schema'
import { TOPICS } from '@/services/feed/vocabulary'
import { useAppStore } from '@/store'
import { useSources } from '@/store/feed-lookups'
import { formatPeriod, quoteQueryText } from '@/utils/format'
import { safeDecode } from '@/utils/query'
import { ExpandButton } from '@/features/scorecards/components/expand-button'
import { withFeed } from '@/components/page-shell/with-feed'

const isViewKey = (value: string): value is PeriodViewKey => PERIOD_VIEWS.some((v) => v.key === value)

type LinkTarget = { key: PeriodViewKey; card?: Scorecard; missing?: string }

/** What a shared link asks for: `?card=sc-2023-3` (a card, on its year) or `?year=2022`. */
function linkTarget(scorecards: readonly Scorecard[], card: string, year: string): LinkTarget {
  if (card) {
    const found = scorecards.find((c) => c.id === card)
    if (!found) return { key: '2023', missing: '这张成绩单' }
    return { key: isViewKey(String(found.year)) ? (String(found.year) as PeriodViewKey) : '2023', card: found }
  }
  // The link's text is quoted short and cleaned, never echoed as it came (10,000 characters, RTL overrides).
  if (year) return isViewKey(year) ? { key: year } : { key: '2023', missing: `${quoteQueryText(year)}这个时期的成绩单` }
  return { key: '2023' }
}

/**
 * Cards shown before 展开: all eight at once made the first screen 1,355 nodes and one 80 KB
 * setData, past WeChat's audit limits (scripts/perf/weapp-render.ts measures both).
 */
export const FIRST_CARDS = 3

function ScorecardsPage() {
  const { params } = useRouter()
  const cardParam = safeDecode(params.card)
  const yearParam = safeDecode(params.year)
  const feed = useAppStore((s) => s.feed)
  const { figures, scorecards, notes } = feed
  const sources = useSources()
  const target = useMemo(() => linkTarget(scorecards, cardParam, yearParam), [scorecards, cardParam, yearParam])
  const [key, setKey] = useState<PeriodViewKey>(target.key)
  const [noteOpen, setNoteOpen] = useState(true)
  const [allCards, setAllCards] = useState(false)
  const linkedId = target.card?.id

  // A tab page stays alive: a second link opened later brings its own query. A feed refresh
  // alone does not move the reader off the period they chose.
  const query = `${cardParam}|${yearParam}`
  useEffect(() => {
    setKey(target.key)
    setNoteOpen(true)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query])

  useEffect(() => {
    if (!linkedId) return
    Taro.nextTick(() => void Taro.pageScrollTo({ selector: `#${scorecardElementId(linkedId)}`, duration: 300 }))
  }, [linkedId])

  const shareYear = /^\d{4}$/.test(key) ? key : String(scorecardYears(feed)[0] ?? '2023')
  const yearItem = useMemo(() => scorecardYearShareItem(feed, shareYear), [feed, shareYear])
  const cardItem = useMemo(() => (linkedId ? scorecardShareItem(feed, linkedId) : undefined), [feed, linkedId])
  const shareCanvas = useShare(cardItem ?? yearItem)

  const content = useMemo(
    () => scorecardView({ figures, scorecards, notes }, key, sources),
    [figures, scorecards, notes, key, sources],
  )
  const topics = useMemo(() => topicsWithFigures(figures, TOPICS), [figures])
  const { view, headline, targets, cards, nextTargets, fiveYear, others, notes: viewNotes } = content
  const title = formatPeriod(view.periods[0])
  // A link to one card shows them all, so that card is there to scroll to; so does a broken link,
  // whose note promises the full list below.
  const foldable = cards.length > FIRST_CARDS + 1 && !linkedId && !target.missing
  const shownCards = foldable && !allCards ? cards.slice(0, FIRST_CARDS) : cards
  const changeView = (next: PeriodViewKey) => {
    setKey(next)
    setAllCards(false)
  }

  return (
    <PageShell>
      <DataAsOf />
      {target.missing && noteOpen ? (
        <View className='card link-note' role='alert' data-testid='link-note'>
          <Text className='link-note__title'>没有找到{target.missing}</Text>
          <Text className='muted' style={{ display: 'block' }}>
            链接里的编号在当前数据中不存在，可能已经更新。全部成绩单就在下面。
          </Text>
          <Button
            className='tap'
            type='primary'
            style={{ marginTop: '12px' }}
            onClick={() => {
              setNoteOpen(false)
              setAllCards(true)
              void Taro.pageScrollTo({ selector: '#scorecards-cards', duration: 300 })
            }}
          >
            查看全部成绩单
          </Button>
        </View>
      ) : null}
      <PeriodSwitch value={key} onChange={changeView} />
      <View
        className='scorecards-panel'
        role='tabpanel'
        aria-label={view.label}
        data-testid='period-panel'
        data-view={key}
      >
        <Heading level={2}>{title}主要指标</Heading>
        <Text className='view-intro muted'>{view.intro}</Text>
        {yearItem && !cardItem ? (
          <View style={{ margin: '0 24px 16px' }}>
            <ShareActions item={yearItem} />
          </View>
        ) : null}
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
            <View id='scorecards-cards'>
              <Heading level={2}>{`${title}${cards.length}张成绩单`}</Heading>
            </View>
            <View id='scorecards-list'>
              {shownCards.map(({ card, figures: cardFigures }) => (
                <ScorecardCard
                  key={`${card.id}:${card.id === linkedId}`}
                  card={card}
                  figures={cardFigures}
                  source={sources.get(card.sourceId)}
                  highlighted={card.id === linkedId}
                  actions={card.id === linkedId && cardItem ? <ShareActions item={cardItem} /> : null}
                />
              ))}
            </View>
            {foldable ? (
              <View style={{ margin: '0 24px 16px' }}>
                <ExpandButton
                  expanded={allCards}
                  onToggle={() => setAllCards(!allCards)}
                  controls='scorecards-list'
                  count={cards.length - FIRST_CARDS}
                  unit='张'
                  what={`${title}的其余${cards.length - FIRST_CARDS}张成绩单`}
                />
              </View>
            ) : null}
          </>
        ) : null}

        <NextTargets rows={nextTargets} sources={sources} year={view.periods[0]} />
        {fiveYear ? <FiveYearSection view={fiveYear} sources={sources} /> : null}
        <OtherFigures groups={others} sources={sources} title={`${view.label}的其他数字`} id={key} />
        <DataNotes notes={viewNotes} />
      </View>
      <TopicLinks topics={topics} />
      {shareCanvas}
    </PageShell>
  )
}

export default withFeed(ScorecardsPage)
