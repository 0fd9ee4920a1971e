/** @jest-environment node */
import { createProjectSearch, type ProjectHit } from '@/features/projects/project-search'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import type { Project } from '@/services/feed/schema'
import { type Range } from '@/utils/search'
import { synonymsOf } from '@/services/feed/synonyms'
import { STATUS_LABEL } from '@/domain/project-status'
import {
  containsEveryTerm,
  expectFindsExactlyTheItemsWithEveryTerm,
  realTextQuery,
} from '../../helpers/search-property'

const { projects } = getBundledFeed().feed
const search = createProjectSearch(projects)
const ids = (hits: ProjectHit[]) => hits.map((h) => h.project.id).sort()
const marked = (text: string, ranges: readonly Range[]) => ranges.map(([a, b]) => text.slice(a, b + 1))
const fields = (p: Project) => [
  p.title,
  p.category,
  p.place ?? '',
  p.region,
  p.summary,
  p.statusWords,
  STATUS_LABEL[p.status],
]
const contains = (p: Project, query: string) => containsEveryTerm(fields(p), query, synonymsOf)

test('finds the 长者食堂 by its name and highlights it in the title', () => {
  const hits = search.search('长者食堂')
  expect(ids(hits)).toEqual(['pj-rev-elderly-canteens'])
  expect(marked(hits[0].project.title, hits[0].ranges.title)).toEqual(['长者食堂'])
})

test('finds projects by place', () => {
  const hits = search.search('涝坡')
  expect(ids(hits)).toEqual(['pj-q3-laopo-resettlement', 'pj-rev-laopo-resettlement'])
  for (const h of hits) expect(marked(h.project.place!, h.ranges.place)).toEqual(['涝坡'])
})

test('finds projects by the source’s own status words', () => {
  const hits = search.search('建成投用')
  expect(hits.length).toBeGreaterThan(0)
  for (const h of hits) expect(fields(h.project).join('\n')).toContain('建成投用')
  expect(hits.some((h) => h.ranges.statusWords.length > 0)).toBe(true)
})

test('requires every term, each in any field', () => {
  const hits = search.search('老旧小区 峄城区')
  expect(ids(hits)).toEqual(
    projects
      .filter((p) => contains(p, '老旧小区 峄城区'))
      .map((p) => p.id)
      .sort(),
  )
  expect(ids(hits)).toContain('pj-yc-old-communities')
  expect(search.search('老旧小区 不存在的词')).toEqual([])
})

test('an empty query returns every project in feed order, unhighlighted', () => {
  const hits = search.search('  ')
  expect(hits.map((h) => h.project)).toEqual(projects)
  expect(hits.every((h) => Object.values(h.ranges).every((r) => r.length === 0))).toBe(true)
})

test('treats search operators as plain text', () => {
  expect(search.search('!养老')).toEqual([])
  expect(search.search('养老|教育')).toEqual([])
})

test('finds exactly the projects that contain every term of a query made of real text', () => {
  const realQuery = realTextQuery(projects, fields, { maxLength: 6, maxTerms: 2 })
  expectFindsExactlyTheItemsWithEveryTerm(projects, fields, realQuery, (q) => ids(search.search(q)), synonymsOf)
})

test('finds every project of a category by its name, including those whose text does not say it (养老 → 长者食堂)', () => {
  const elderly = projects.filter((p) => p.category === '养老')
  const found = search.search('养老').map((h) => h.project)
  for (const p of elderly) expect(found).toContain(p)
  expect(found.some((p) => p.title.includes('长者食堂'))).toBe(true)
})

test('a synonym finds what the feed says in other words, and is highlighted', () => {
  const viaOld = ids(search.search('老人'))
  expect(viaOld).toEqual(ids(search.search('养老')))
  const canteen = search.search('老人').find((h) => h.project.title.includes('长者食堂'))!
  expect(marked(canteen.project.title, canteen.ranges.title)).toEqual(['长者'])
  expect(ids(search.search('上学'))).toEqual(ids(search.search('教育')))
})

test("finds by region and by the app's own status word", () => {
  const yicheng = search.search('峄城区').map((h) => h.project)
  expect(yicheng.length).toBeGreaterThan(0)
  expect(yicheng.every((p) => p.region === '峄城区' || `${p.title}${p.place ?? ''}${p.summary}`.includes('峄城'))).toBe(
    true,
  )
  expect(
    search
      .search('已完成')
      .every(
        (h) =>
          h.project.status === 'done' ||
          h.project.statusWords.includes('已完成') ||
          h.project.summary.includes('已完成'),
      ),
  ).toBe(true)
})
