/** @jest-environment node */
import { getBundledFeed } from '../../fixtures/bundled-feed'

/**
 * Every livelihood item the five reports name, counted per report. A missing (or invalid, hence
 * skipped) item fails here; adding one means updating its report's count on purpose.
 */
const PROJECTS_PER_SOURCE = {
  'src-2023-review': 37,
  'src-2023-q3': 27,
  'src-2023-gov-report': 21,
  'src-2022-yicheng': 25,
  'src-2022-party-congress': 35,
}

const { feed, issues } = getBundledFeed()

test('every livelihood item of every report is in the feed', () => {
  const counts: Record<string, number> = {}
  for (const p of feed.projects) counts[p.sourceId] = (counts[p.sourceId] ?? 0) + 1
  expect(counts).toEqual(PROJECTS_PER_SOURCE)
})

test('no project was skipped as invalid', () => {
  expect(issues.filter((i) => i.path.startsWith('$.projects'))).toEqual([])
})

test('each project has a category, its source’s status words and a source that exists', () => {
  const sourceIds = new Set(feed.sources.map((s) => s.id))
  for (const p of feed.projects) {
    expect(p.category).toBeTruthy()
    expect(p.statusWords.trim()).not.toBe('')
    expect(sourceIds.has(p.sourceId)).toBe(true)
  }
})

test('a project of 峄城区 comes from the 峄城区 report, and only from it', () => {
  for (const p of feed.projects) expect(p.region === '峄城区').toBe(p.sourceId === 'src-2022-yicheng')
})
