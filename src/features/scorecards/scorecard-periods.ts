import type { Figure, Scorecard, Source } from '@/services/feed/schema'
import { HEADLINE_INDICATORS } from '@/domain/headline'
import { HOME_REGION } from '@/domain/region'
import { scorecardsOf } from '@/domain/scorecards'
import { compareIso } from '@/utils/compare'

import type { PeriodView } from '@/domain/period-views'

export { PERIOD_VIEWS, periodView, type PeriodView, type PeriodViewKey } from '@/domain/period-views'

export type HeadlineCell = {
  indicator: string
  label: string
  /** The period all figures of the cell share (the view may offer more than one). */
  period: string
  level?: Figure
  growth?: Figure
  share?: Figure
  change?: Figure
}

/** The figure of a cell drawn large: the amount if there is one, else the growth, share or change. */
export function mainFigure(cell: HeadlineCell): Figure {
  return (cell.level ?? cell.growth ?? cell.share ?? cell.change)!
}

/** Every figure of a headline cell, main figure first. */
export function cellFigures(cell: HeadlineCell): Figure[] {
  return [cell.level, cell.growth, cell.share, cell.change].filter((f): f is Figure => f !== undefined)
}

type SourceDates = ReadonlyMap<string, Pick<Source, 'date'>>

/**
 * Orders figures so that the one from the newest report comes first: the sources often revise a
 * figure (an estimate in January, a result later), and the latest word is the one to show.
 * Figures of equally new reports keep feed order.
 */
export function newestReportFirst(figures: readonly Figure[], sources?: SourceDates): Figure[] {
  if (!sources) return [...figures]
  const date = (f: Figure) => sources.get(f.sourceId)?.date ?? ''
  return figures
    .map((f, i) => ({ f, i }))
    .sort((a, b) => compareIso(date(b.f), date(a.f)) || a.i - b.i)
    .map(({ f }) => f)
}

/**
 * The headline grid for a period (or for the first of several periods that has the indicator),
 * HEADLINE_INDICATORS in their order: 市中区 results only — never targets, never 峄城区 — with amount, growth, share and change side by side.
 */
export function headlineFor(
  figures: readonly Figure[],
  periods: string | readonly string[],
  sources?: SourceDates,
): HeadlineCell[] {
  const wanted = typeof periods === 'string' ? [periods] : periods
  const results = newestReportFirst(
    figures.filter((f) => f.region === HOME_REGION && f.kind !== 'target' && wanted.includes(f.period)),
    sources,
  )
  return HEADLINE_INDICATORS.flatMap((indicator) => {
    const ofIndicator = results.filter((f) => f.indicator === indicator)
    const period = wanted.find((p) => ofIndicator.some((f) => f.period === p))
    if (period === undefined) return []
    const pick = (metric: Figure['metric']) => ofIndicator.find((f) => f.period === period && f.metric === metric)
    const cell: HeadlineCell = {
      indicator,
      label: '',
      period,
      level: pick('level'),
      growth: pick('growth'),
      share: pick('share'),
      change: pick('change'),
    }
    return [{ ...cell, label: mainFigure(cell).label }]
  })
}

/** 市中区 figures of a view's periods, of every stage, in feed order. */
export function figuresOfView(figures: readonly Figure[], view: PeriodView): Figure[] {
  return figures.filter((f) => f.region === HOME_REGION && view.periods.includes(f.period))
}

export type ScorecardWithFigures = { card: Scorecard; figures: Figure[] }

/** The scorecards of a year in the report's order, each with all its figures in the card's order. */
export function scorecardsWithFigures(
  scorecards: readonly Scorecard[],
  figures: readonly Figure[],
  year: number,
): ScorecardWithFigures[] {
  const byId = new Map(figures.map((f) => [f.id, f]))
  return scorecardsOf(scorecards, year).map((card) => ({
    card,
    figures: card.figureIds.flatMap((id) => byId.get(id) ?? []),
  }))
}
