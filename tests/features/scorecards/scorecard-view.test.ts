/** @jest-environment node */
import { cellFigures, PERIOD_VIEWS } from '@/features/scorecards/scorecard-periods'
import { scorecardView, type ScorecardViewContent } from '@/features/scorecards/scorecard-view'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import type { Figure } from '@/services/feed/schema'

const { feed } = getBundledFeed()
const sources = new Map(feed.sources.map((s) => [s.id, s]))
const byId = new Map(feed.figures.map((f) => [f.id, f]))

/** Every figure a view puts on screen, folded or not. */
function shownFigures(c: ScorecardViewContent): Figure[] {
  return [
    ...c.headline.flatMap(cellFigures),
    ...c.targets.flatMap((r) => (r.result ? [r.target, r.result] : [r.target])),
    ...c.cards.flatMap((x) => x.figures),
    ...c.nextTargets.flatMap((r) => [r.target, ...r.baseline]),
    ...(c.fiveYear
      ? [...c.fiveYear.pairs.flatMap((p) => [...p.past, ...p.goals]), ...c.fiveYear.pastOnly, ...c.fiveYear.goalsOnly]
      : []),
    ...c.others.flatMap((g) => g.figures),
  ]
}

test.each(PERIOD_VIEWS.map((v) => [v.label, v.key] as const))(
  '%s: every 市中区 figure of the period is on screen, and no 峄城区 figure is',
  (_label, key) => {
    const content = scorecardView(feed, key, sources)
    const shown = shownFigures(content)
    expect(shown.every((f) => f.region === '市中区')).toBe(true)
    const ids = new Set(shown.map((f) => f.id))
    for (const f of feed.figures.filter((x) => x.region === '市中区' && content.view.periods.includes(x.period)))
      expect(ids).toContain(f.id)
  },
)

test('no figure is listed among "other figures" when a section above already shows it', () => {
  for (const view of PERIOD_VIEWS) {
    const c = scorecardView(feed, view.key, sources)
    const others = new Set(c.others.flatMap((g) => g.figures.map((f) => f.id)))
    const above = shownFigures({ ...c, others: [] })
    expect(above.filter((f) => others.has(f.id))).toEqual([])
  }
})

test('2023 has the targets and the eight cards; the other years do not', () => {
  const y2023 = scorecardView(feed, '2023', sources)
  expect(y2023.cards).toHaveLength(8)
  expect(y2023.targets.length).toBeGreaterThan(0)
  expect(y2023.nextTargets).toEqual([])
  for (const key of ['2023-ytd', '2022', '2021', 'five-year'] as const) {
    const c = scorecardView(feed, key, sources)
    expect(c.cards).toEqual([])
    expect(c.targets).toEqual([])
  }
})

test('2022 and 2021 carry the targets their report set next; 五年 carries the goals', () => {
  expect(scorecardView(feed, '2022', sources).nextTargets[0].target.period).toBe('2023')
  expect(scorecardView(feed, '2021', sources).nextTargets[0].target.id).toBe('pc-gdp-2026-target')
  const five = scorecardView(feed, 'five-year', sources)
  expect(five.fiveYear?.pairs.length).toBeGreaterThan(0)
  expect(five.others).toEqual([])
  // A five-year figure in the headline grid is not repeated in the results column.
  const inGrid = new Set(five.headline.flatMap(cellFigures).map((f) => f.id))
  expect(five.fiveYear!.pastOnly.filter((f) => inGrid.has(f.id))).toEqual([])
})

test('the notes of a view are exactly those touching a figure it shows', () => {
  for (const view of PERIOD_VIEWS) {
    const c = scorecardView(feed, view.key, sources)
    const ids = new Set(shownFigures(c).map((f) => f.id))
    const expected = feed.notes.filter((n) => n.figureIds.some((id) => ids.has(id)))
    expect(c.notes).toEqual(expected)
  }
  const notes2023 = scorecardView(feed, '2023', sources).notes.map((n) => n.id)
  expect(notes2023).toContain('note-key-projects-2023-plan-mismatch')
  expect(notes2023).not.toContain('note-2022-yicheng-periods')
})

test('2023前三季度 shows no full-year figure', () => {
  const c = scorecardView(feed, '2023-ytd', sources)
  expect(shownFigures(c).every((f) => ['2023-01/09', '2023-01/10'].includes(f.period))).toBe(true)
  expect(byId.get('q3-gdp-2023-01-09')).toBeDefined()
})
