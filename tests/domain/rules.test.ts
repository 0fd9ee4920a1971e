/** @jest-environment node */
import { HEADLINE_INDICATORS, headlineRank, isHeadline } from '@/domain/headline'
import { endYear, isYearPeriod, periodEnd } from '@/domain/period'
import { STATUS_LABEL } from '@/domain/project-status'
import { scorecardsOf, scorecardYears } from '@/domain/scorecards'
import { laterStage, STAGE_RANK } from '@/domain/stage'
import type { Scorecard } from '@/services/feed/schema'
import { FIGURE_KINDS, PROJECT_STATUSES } from '@/services/feed/vocabulary'

test('the headline order starts with GDP and revenue, and other indicators come after all of it', () => {
  expect(HEADLINE_INDICATORS.slice(0, 3)).toEqual(['gdp', 'general-budget-revenue', 'fixed-asset-investment'])
  expect(new Set(HEADLINE_INDICATORS).size).toBe(HEADLINE_INDICATORS.length)
  expect(HEADLINE_INDICATORS.map(headlineRank)).toEqual(HEADLINE_INDICATORS.map((_, i) => i))
  expect(headlineRank('no-such-indicator')).toBe(HEADLINE_INDICATORS.length)
  expect([isHeadline('gdp'), isHeadline('no-such-indicator')]).toEqual([true, false])
})

test('a period sorts by its end: months before their whole year, a span with (just before) its last year', () => {
  const periods = ['2023', '2016/2021', '2023-01/09', '2022', '2023-10', '2021']
  expect([...periods].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)))).toEqual([
    '2016/2021',
    '2021',
    '2022',
    '2023-01/09',
    '2023-10',
    '2023',
  ])
  expect(['2016/2021', '2022/2026', '2023-01/09', '2023-10', '2023'].map(endYear)).toEqual([
    2021, 2026, 2023, 2023, 2023,
  ])
  expect(['2023', '2023-01/09', '2016/2021', '20x3'].map(isYearPeriod)).toEqual([true, false, false, false])
})

test('a result is a later stage than a running total, an estimate and a target, in that order', () => {
  const byRank = [...FIGURE_KINDS].sort((a, b) => STAGE_RANK[b] - STAGE_RANK[a])
  expect(byRank).toEqual(['actual', 'cumulative', 'estimate', 'target'])
  expect(laterStage({ kind: 'actual' }, { kind: 'estimate' })).toBe(true)
  expect(laterStage({ kind: 'estimate' }, { kind: 'estimate' })).toBe(false)
  expect(laterStage({ kind: 'target' }, { kind: 'cumulative' })).toBe(false)
})

test('every project status has its plain word', () => {
  expect(PROJECT_STATUSES.map((s) => STATUS_LABEL[s])).toEqual(['已完成', '推进中', '计划'])
})

test('scorecard years come newest first, each once; a year’s cards in the report’s order', () => {
  const card = (id: string, year: number, order: number) => ({ id, year, order }) as Scorecard
  const scorecards = [card('b', 2022, 2), card('c', 2023, 1), card('a', 2022, 1)]
  expect(scorecardYears({ scorecards })).toEqual([2023, 2022])
  expect(scorecardsOf(scorecards, 2022).map((s) => s.id)).toEqual(['a', 'b'])
  expect(scorecardsOf(scorecards, 1999)).toEqual([])
})
