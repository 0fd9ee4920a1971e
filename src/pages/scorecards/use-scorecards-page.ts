import { useEffect, useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { scorecardElementId } from '@/features/scorecards/components/scorecard-card'
import { topicsWithFigures } from '@/features/scorecards/figure-groups'
import type { PeriodViewKey } from '@/features/scorecards/scorecard-periods'
import { scorecardView } from '@/features/scorecards/scorecard-view'
import { scorecardYears } from '@/domain/scorecards'
import { scorecardShareItem, scorecardYearShareItem } from '@/features/share/share-item'
import { TOPICS } from '@/services/feed/vocabulary'
import { useAppStore } from '@/store'
import { useSources } from '@/store/feed-lookups'
import { formatPeriod } from '@/domain/format'
import { safeDecode } from '@/utils/query'
import { linkTarget } from './link-target'
import { pageSections } from './page-sections'

/**
 * Cards shown before 展开: all eight at once made the first screen 1,355 nodes and one 80 KB
 * setData, past WeChat's audit limits (scripts/perf/weapp-render.ts measures both).
 */
export const FIRST_CARDS = 3

/**
 * The 成绩单 tab's state: the period shown (first the link's), the card a link names, the note for
 * a link to something the feed lacks, the fold of the card list, and what to share.
 */
export function useScorecardsPage() {
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

  // The period on screen is the one shared; the latest year only when that period has nothing to share.
  const yearItem = useMemo(
    () => scorecardYearShareItem(feed, key) ?? scorecardYearShareItem(feed, scorecardYears(feed)[0] ?? '2023'),
    [feed, key],
  )
  const cardItem = useMemo(() => (linkedId ? scorecardShareItem(feed, linkedId) : undefined), [feed, linkedId])

  const content = useMemo(
    () => scorecardView({ figures, scorecards, notes }, key, sources),
    [figures, scorecards, notes, key, sources],
  )
  const topics = useMemo(() => topicsWithFigures(figures, TOPICS), [figures])
  const { cards } = content
  const sections = useMemo(() => pageSections(content, topics.length > 0), [content, topics])
  // A link to one card shows them all, so that card is there to scroll to; so does a broken link,
  // whose note promises the full list below.
  const foldable = cards.length > FIRST_CARDS + 1 && !linkedId && !target.missing

  return {
    key,
    content,
    sources,
    topics,
    sections,
    title: formatPeriod(content.view.periods[0]),
    linkedId,
    yearItem,
    cardItem,
    /** What the link named that the feed lacks, while its note is open. */
    missing: noteOpen ? target.missing : undefined,
    foldable,
    allCards,
    shownCards: foldable && !allCards ? cards.slice(0, FIRST_CARDS) : cards,
    hiddenCount: cards.length - FIRST_CARDS,
    toggleCards: () => setAllCards(!allCards),
    changeView: (next: PeriodViewKey) => {
      setKey(next)
      setAllCards(false)
    },
    /** The link note's button: close the note and show every card. */
    showAllCards: () => {
      setNoteOpen(false)
      setAllCards(true)
      void Taro.pageScrollTo({ selector: '#scorecards-cards', duration: 300 })
    },
  }
}
