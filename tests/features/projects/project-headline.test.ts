/** @jest-environment node */
import { flagshipProjects, livelihoodSpending } from '@/features/projects/project-headline'
import { getBundledFeed } from '../../fixtures/bundled-feed'

const { feed } = getBundledFeed()
const sources = new Map(feed.sources.map((s) => [s.id, s]))

test('the 2023 十件惠民实事 are each shown once, as the year review tells them', () => {
  const flagship = flagshipProjects(feed.projects, sources, 2023)
  expect(flagship.map((p) => [p.id, p.status])).toEqual([
    ['pj-rev-ten-livelihood-projects', 'done'],
    ['pj-rev-zhoucun-reservoir', 'done'],
  ])
})

test('a year without flagship items has none', () => {
  expect(flagshipProjects(feed.projects, sources, 2022)).toEqual([])
})

test('民生支出 2023 is the full-year amount and share of the year review, not the Q1–Q3 figures', () => {
  const { amount, share } = livelihoodSpending(feed.figures, sources, 2023)
  expect(amount).toMatchObject({
    value: 28.3,
    unit: '亿元',
    period: '2023',
    kind: 'actual',
    sourceId: 'src-2023-review',
  })
  expect(share).toMatchObject({ value: 80.6, unit: '%', metric: 'share', sourceId: 'src-2023-review' })
})

test('民生支出 2022 comes from the government work report, with its own stage', () => {
  const { amount, share } = livelihoodSpending(feed.figures, sources, 2022)
  expect(amount).toMatchObject({ value: 26.6, kind: 'cumulative', sourceId: 'src-2023-gov-report' })
  expect(share).toMatchObject({ value: 75.3, sourceId: 'src-2023-gov-report' })
})

test('a year with no figure gives nothing rather than a wrong figure', () => {
  expect(livelihoodSpending(feed.figures, sources, 2019)).toEqual({ amount: undefined, share: undefined })
  expect(livelihoodSpending(feed.figures, sources, 2023, '峄城区')).toEqual({ amount: undefined, share: undefined })
})
