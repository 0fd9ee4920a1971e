import type { DataNote, Feed, Figure, Source } from '@/services/feed/schema'
import { groupBySource, notesTouching, type SourceGroup } from './figure-groups'
import { fiveYearView, type FiveYearView } from './five-year'
import {
  cellFigures,
  figuresOfView,
  headlineFor,
  periodView,
  scorecardsWithFigures,
  type HeadlineCell,
  type PeriodView,
  type PeriodViewKey,
  type ScorecardWithFigures,
} from './scorecard-periods'
import { targetsAfter, targetVsActual, type TargetBesideBaseline, type TargetRow } from './target-check'

/** Everything one view of the 成绩单 tab shows, worked out from the feed. */
export type ScorecardViewContent = {
  view: PeriodView
  headline: HeadlineCell[]
  /** 2023: each target of the year beside its result. */
  targets: TargetRow[]
  /** 2023: the eight scorecards in the report's order. */
  cards: ScorecardWithFigures[]
  /** 2022 and 2021: the targets the same report set next, beside this year's figures. */
  nextTargets: TargetBesideBaseline[]
  /** The five-year view: 2016–2021 and the goals for 2026 and 2035. */
  fiveYear?: FiveYearView
  /** Figures of the view's periods not shown in any section above, by report. */
  others: SourceGroup[]
  /** Data notes that touch any figure of the view. */
  notes: DataNote[]
}

type FeedPart = Pick<Feed, 'figures' | 'scorecards' | 'notes'>

/** Works out one view of the tab: headline grid, its own sections, the remaining figures and the notes. */
export function scorecardView(
  feed: FeedPart,
  key: PeriodViewKey,
  sources?: ReadonlyMap<string, Pick<Source, 'date'>>,
): ScorecardViewContent {
  const view = periodView(key)
  const headline = headlineFor(feed.figures, view.periods, sources)
  const headlineFigures = headline.flatMap(cellFigures)

  let targets: TargetRow[] = []
  let cards: ScorecardWithFigures[] = []
  let nextTargets: TargetBesideBaseline[] = []
  let fiveYear: FiveYearView | undefined
  const sectionFigures: Figure[] = []

  if (key === '2023') {
    targets = targetVsActual(feed.figures, feed.notes)
    cards = scorecardsWithFigures(feed.scorecards, feed.figures, 2023)
    sectionFigures.push(...targets.flatMap((r) => (r.result ? [r.target, r.result] : [r.target])))
    sectionFigures.push(...cards.flatMap((c) => c.figures))
  } else if (key === '2022' || key === '2021') {
    nextTargets = targetsAfter(feed.figures, key)
    sectionFigures.push(...nextTargets.flatMap((r) => [r.target, ...r.baseline]))
  } else if (key === 'five-year') {
    const full = fiveYearView(feed.figures)
    const inGrid = new Set(headlineFigures.map((f) => f.id))
    fiveYear = { ...full, pastOnly: full.pastOnly.filter((f) => !inGrid.has(f.id)) }
    sectionFigures.push(...full.pairs.flatMap((p) => [...p.past, ...p.goals]), ...full.pastOnly, ...full.goalsOnly)
  }

  const shown = new Set([...headlineFigures, ...sectionFigures].map((f) => f.id))
  const others = figuresOfView(feed.figures, view).filter((f) => !shown.has(f.id))
  return {
    view,
    headline,
    targets,
    cards,
    nextTargets,
    fiveYear,
    others: groupBySource(others),
    notes: notesTouching(feed.notes, [...shown, ...others.map((f) => f.id)]),
  }
}
