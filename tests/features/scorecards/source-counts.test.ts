/** @jest-environment node */
// Guards the bundled feed: every figure taken from the reports stays in it. If a count changes
// on purpose (a figure added from a report), update it here in the same change.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import type { Figure, Source } from '@/services/feed/schema'

const FIGURES_PER_SOURCE = {
  'src-2023-review': 95,
  'src-2023-q3': 47,
  'src-2022-yicheng': 72,
  'src-2023-gov-report': 82,
  'src-2022-party-congress': 65,
}

const raw = JSON.parse(readFileSync(path.resolve(__dirname, '../../../mock/feed.json'), 'utf8')) as {
  figures: Figure[]
  sources: Source[]
}
const { feed, issues } = getBundledFeed()

function countBySource(figures: readonly Figure[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const f of figures) counts[f.sourceId] = (counts[f.sourceId] ?? 0) + 1
  return counts
}

test('mock/feed.json holds every figure of every source document', () => {
  expect(countBySource(raw.figures)).toEqual(FIGURES_PER_SOURCE)
})

test('the loader keeps every figure: none is dropped as invalid', () => {
  expect(issues).toEqual([])
  expect(countBySource(feed.figures)).toEqual(FIGURES_PER_SOURCE)
  expect(feed.figures).toHaveLength(361)
})

test('a figure is of the region its source reports on: no 峄城区 figure cites a 市中区 report, nor the reverse', () => {
  const regionOf = new Map(raw.sources.map((s) => [s.id, s.region]))
  expect(regionOf.get('src-2022-yicheng')).toBe('峄城区')
  const mismatched = raw.figures.filter((f) => regionOf.get(f.sourceId) !== f.region).map((f) => f.id)
  expect(mismatched).toEqual([])
  expect(raw.figures.filter((f) => f.region === '峄城区').every((f) => f.sourceId === 'src-2022-yicheng')).toBe(true)
  expect(raw.figures.filter((f) => f.sourceId === 'src-2022-yicheng').every((f) => f.region === '峄城区')).toBe(true)
})
