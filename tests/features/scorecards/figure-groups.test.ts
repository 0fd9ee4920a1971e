/** @jest-environment node */
import { groupBySource, notesTouching, topicsWithFigures, trendOf } from '@/features/scorecards/figure-groups'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import { TOPICS } from '@/services/feed/vocabulary'
import { makeFigure, makeNote } from './make-figure'

const { feed } = getBundledFeed()

test('notesTouching keeps the notes that speak of a shown figure, in feed order', () => {
  const a = makeNote(['x', 'y'])
  const b = makeNote(['z'])
  const c = makeNote([])
  expect(notesTouching([a, b, c], ['y'])).toEqual([a])
  expect(notesTouching([a, b, c], new Set(['z', 'x']))).toEqual([a, b])
  const fai = notesTouching(feed.notes, ['rev-fixed-asset-investment-growth-2023']).map((n) => n.id)
  expect(fai).toEqual(['note-rev-2023-estimate-scope'])
})

test('groupBySource groups by report in feed order', () => {
  const a1 = makeFigure({ sourceId: 'a' })
  const b1 = makeFigure({ sourceId: 'b' })
  const a2 = makeFigure({ sourceId: 'a' })
  expect(groupBySource([a1, b1, a2])).toEqual([
    { sourceId: 'a', figures: [a1, a2] },
    { sourceId: 'b', figures: [b1] },
  ])
  expect(groupBySource([])).toEqual([])
})

test('topics with 市中区 figures, in the schema order; a topic only 峄城区 has is left out', () => {
  expect(topicsWithFigures([makeFigure({ topic: '民生' }), makeFigure({ topic: '产业' })], TOPICS)).toEqual([
    '产业',
    '民生',
  ])
  expect(topicsWithFigures([makeFigure({ topic: '生态环境', region: '峄城区' })], TOPICS)).toEqual([])
  expect(topicsWithFigures(feed.figures, TOPICS)).toEqual([...TOPICS])
})

test('trendOf gives an arrow and a word for every direction', () => {
  expect(trendOf({ metric: 'growth', value: 6.5, unit: '%' })).toEqual({ arrow: '▲', words: '增长' })
  expect(trendOf({ metric: 'growth', value: -1.2, unit: '%' })).toEqual({ arrow: '▼', words: '下降' })
  expect(trendOf({ metric: 'growth', value: 0, unit: '%' })).toEqual({ arrow: '—', words: '持平' })
  expect(trendOf({ metric: 'change', value: 229, unit: '家' })).toEqual({ arrow: '▲', words: '增加' })
  expect(trendOf({ metric: 'change', value: -5, unit: '家' })).toEqual({ arrow: '▼', words: '减少' })
  expect(trendOf({ metric: 'change', value: 2, unit: '个百分点' })).toEqual({ arrow: '▲', words: '提高' })
})
