/** @jest-environment node */
import { HEADLINE_INDICATORS } from '@/domain/headline'
import { scorecardsOf } from '@/domain/scorecards'
import {
  cellFigures,
  figuresOfView,
  headlineFor,
  mainFigure,
  newestReportFirst,
  PERIOD_VIEWS,
  periodView,
  scorecardsWithFigures,
} from '@/features/scorecards/scorecard-periods'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import { makeFigure } from './make-figure'
import eightScorecards from '../../fixtures/eight-scorecards.json'

const { feed } = getBundledFeed()
const sources = new Map(feed.sources.map((s) => [s.id, s]))

/** The eight 2023 scorecards in the report's order. */
const EIGHT: string[] = eightScorecards

test('the switcher offers 2023, 2023前三季度, 2022, 2021 and 五年', () => {
  expect(PERIOD_VIEWS.map((v) => v.label)).toEqual(['2023年', '2023前三季度', '2022年', '2021年', '五年'])
  expect(periodView('2023-ytd').periods).toEqual(['2023-01/09', '2023-01/10'])
  expect(periodView('five-year').periods).toEqual(['2016/2021'])
})

describe('headlineFor', () => {
  test('2023: GDP is the estimate of the year review, amount and growth in one cell', () => {
    const grid = headlineFor(feed.figures, periodView('2023').periods, sources)
    const gdp = grid.find((c) => c.indicator === 'gdp')!
    expect(gdp.level).toMatchObject({ value: 331, unit: '亿元', kind: 'estimate', sourceId: 'src-2023-review' })
    expect(gdp.growth).toMatchObject({ value: 6.5, kind: 'estimate' })
    expect(mainFigure(gdp)).toBe(gdp.level)
    expect(grid.find((c) => c.indicator === 'livelihood-spending')!.share).toMatchObject({ value: 80.6, unit: '%' })
  })

  test('cells follow the headline order, and hold only 市中区 results of the period', () => {
    for (const view of PERIOD_VIEWS) {
      const grid = headlineFor(feed.figures, view.periods, sources)
      const order = grid.map((c) => HEADLINE_INDICATORS.indexOf(c.indicator as (typeof HEADLINE_INDICATORS)[number]))
      expect(order).toEqual([...order].sort((a, b) => a - b))
      for (const f of grid.flatMap(cellFigures)) {
        expect(f.region).toBe('市中区')
        expect(f.kind).not.toBe('target')
        expect(view.periods).toContain(f.period)
      }
    }
  })

  test('2023前三季度 keeps each true period: GDP for Q1–Q3, budget revenue for Jan–Oct', () => {
    const grid = headlineFor(feed.figures, periodView('2023-ytd').periods, sources)
    const byIndicator = new Map(grid.map((c) => [c.indicator, c]))
    expect(byIndicator.get('gdp')).toMatchObject({ period: '2023-01/09', level: { value: 257 } })
    expect(byIndicator.get('general-budget-revenue')).toMatchObject({
      period: '2023-01/10',
      level: { value: 26.5, period: '2023-01/10' },
      growth: { value: 9.2, period: '2023-01/10' },
    })
  })

  test('峄城区 figures never make a cell, even for a period only 峄城区 has', () => {
    expect(headlineFor(feed.figures, '2022-01/09', sources)).toEqual([])
  })

  test('when two reports give the same figure, the newer report wins', () => {
    const old = makeFigure({ value: 1, sourceId: 'src-2023-gov-report' })
    const newer = makeFigure({ value: 2, sourceId: 'src-2023-review' })
    expect(headlineFor([old, newer], '2023', sources)[0].level).toBe(newer)
    expect(newestReportFirst([old, newer], sources)).toEqual([newer, old])
    expect(newestReportFirst([old, newer])).toEqual([old, newer])
  })

  test('a cell with only a change shows the change as its main figure', () => {
    const change = makeFigure({ indicator: 'high-tech-firms', metric: 'change', value: 25, unit: '家' })
    const [cell] = headlineFor([change], '2023')
    expect(mainFigure(cell)).toBe(change)
    expect(cell.label).toBe(change.label)
  })
})

test('figuresOfView keeps every stage of the periods, 市中区 only', () => {
  const ytd = figuresOfView(feed.figures, periodView('2023-ytd'))
  expect(ytd.length).toBeGreaterThan(0)
  expect(ytd.every((f) => f.region === '市中区' && ['2023-01/09', '2023-01/10'].includes(f.period))).toBe(true)
  const yicheng = makeFigure({ region: '峄城区' })
  expect(figuresOfView([yicheng], periodView('2023'))).toEqual([])
})

describe('scorecards', () => {
  test('the eight 2023 scorecards come in the report order', () => {
    expect(scorecardsOf(feed.scorecards, 2023).map((s) => s.title)).toEqual(EIGHT)
    expect(scorecardsOf([...feed.scorecards].reverse(), 2023).map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(scorecardsOf(feed.scorecards, 2022)).toEqual([])
  })

  test('each card carries all its figures in the card order', () => {
    const cards = scorecardsWithFigures(feed.scorecards, feed.figures, 2023)
    expect(cards.map((c) => c.card.title)).toEqual(EIGHT)
    for (const { card, figures } of cards) {
      expect(figures.map((f) => f.id)).toEqual(card.figureIds)
      expect(figures.length).toBeGreaterThan(0)
    }
    expect(cards[0].figures).toHaveLength(12)
  })

  test('a figure id the feed does not hold is skipped', () => {
    const f = makeFigure()
    const card = { ...feed.scorecards[0], figureIds: ['nope', f.id] }
    expect(scorecardsWithFigures([card], [f], 2023)[0].figures).toEqual([f])
  })
})
