/** @jest-environment node */
import { fiveYearView } from '@/features/scorecards/five-year'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import { makeFigure } from './make-figure'

const { feed } = getBundledFeed()
const view = fiveYearView(feed.figures)

test('GDP: 2021 and 2016–2021 beside the goal for 2026, then the 2035 vision', () => {
  const gdp = view.pairs.find((p) => p.indicator === 'gdp')!
  expect(gdp.past.map((f) => f.id)).toEqual(['pc-gdp-2021', 'pc-gdp-growth-2016-2021'])
  expect(gdp.goals.map((f) => f.id)).toEqual(['pc-gdp-2026-target', 'pc-gdp-change-2035-target'])
})

test('every 2016–2021 figure and every goal for 2026 and 2035 is shown exactly once', () => {
  const shown = [...view.pairs.flatMap((p) => [...p.past, ...p.goals]), ...view.pastOnly, ...view.goalsOnly]
  const ids = shown.map((f) => f.id)
  expect(new Set(ids).size).toBe(ids.length)
  const expected = feed.figures.filter(
    (f) =>
      f.region === '市中区' &&
      ((f.period === '2016/2021' && f.kind !== 'target') ||
        (f.kind === 'target' && ['2026', '2035'].includes(f.period))),
  )
  for (const f of expected) expect(ids).toContain(f.id)
})

test('goals come 2026 first, then 2035', () => {
  const periods = view.goalsOnly.map((f) => f.period)
  expect(periods).toEqual([...periods].sort())
  expect(periods.at(-1)).toBe('2035')
})

test('results only on the left, goals only on the right', () => {
  expect(view.pastOnly.every((f) => f.kind !== 'target' && f.period === '2016/2021')).toBe(true)
  expect(view.goalsOnly.every((f) => f.kind === 'target')).toBe(true)
  for (const p of view.pairs) {
    expect(p.past.every((f) => f.kind !== 'target')).toBe(true)
    expect(p.goals.every((f) => f.kind === 'target')).toBe(true)
  }
})

test('a 2021 figure joins only when its indicator has a goal; 峄城区 never joins', () => {
  const only2021 = makeFigure({ indicator: 'x', period: '2021' })
  const yicheng = makeFigure({ indicator: 'y', period: '2016/2021', region: '峄城区' })
  const goal = makeFigure({ indicator: 'z', period: '2026', kind: 'target' })
  const start = makeFigure({ indicator: 'z', period: '2021' })
  const v = fiveYearView([only2021, yicheng, goal, start])
  expect(v.pastOnly).toEqual([])
  expect(v.pairs).toEqual([{ indicator: 'z', label: start.label, past: [start], goals: [goal] }])
  expect(v.goalsOnly).toEqual([])
})
