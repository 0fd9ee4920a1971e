/** @jest-environment node */
import fc from 'fast-check'
import { categoryStats, statusCounts } from '@/features/projects/project-stats'
import { filterProjects } from '@/features/projects/project-status'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import { PROJECT_CATEGORIES, PROJECT_STATUSES } from '@/services/feed/vocabulary'
import { project } from './fixtures'

const { projects } = getBundledFeed().feed

describe('counts per category (the category chart data)', () => {
  test('each category total equals the number of rows the list shows for that category filter', () => {
    const rows = categoryStats(projects)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      const listed = filterProjects(projects, { category: row.category })
      expect(row.total).toBe(listed.length)
      expect(row.done).toBe(filterProjects(listed, { status: 'done' }).length)
      expect(row.inProgress).toBe(filterProjects(listed, { status: 'in-progress' }).length)
      expect(row.planned).toBe(filterProjects(listed, { status: 'planned' }).length)
    }
    const categoriesWithProjects = new Set(projects.map((p) => p.category))
    expect(new Set(rows.map((r) => r.category))).toEqual(categoriesWithProjects)
  })

  test('rows are sorted by total, largest first, ties in the schema order', () => {
    const rows = categoryStats(projects)
    for (let i = 1; i < rows.length; i += 1) {
      const [a, b] = [rows[i - 1], rows[i]]
      expect(
        a.total > b.total ||
          (a.total === b.total && PROJECT_CATEGORIES.indexOf(a.category) < PROJECT_CATEGORIES.indexOf(b.category)),
      ).toBe(true)
    }
  })

  test('the totals add up to every project, and done + in progress + planned to each total', () => {
    const rows = categoryStats(projects)
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(projects.length)
    for (const r of rows) expect(r.done + r.inProgress + r.planned).toBe(r.total)
  })

  test('counts a small list exactly', () => {
    expect(
      categoryStats([
        project({ id: 'a', category: '教育', status: 'done' }),
        project({ id: 'b', category: '养老', status: 'planned' }),
        project({ id: 'c', category: '教育', status: 'in-progress' }),
        project({ id: 'd', category: '医疗', status: 'done' }),
      ]),
    ).toEqual([
      { category: '教育', total: 2, done: 1, inProgress: 1, planned: 0 },
      { category: '养老', total: 1, done: 0, inProgress: 0, planned: 1 },
      { category: '医疗', total: 1, done: 1, inProgress: 0, planned: 0 },
    ])
  })

  test('no projects, no rows', () => {
    expect(categoryStats([])).toEqual([])
  })

  test('for any list, totals match the category filter', () => {
    const arbitraryProject = fc
      .record({
        category: fc.constantFrom(...PROJECT_CATEGORIES),
        status: fc.constantFrom(...PROJECT_STATUSES),
        n: fc.nat(),
      })
      .map(({ category, status, n }) => project({ id: `pj-x-${n}`, category, status }))
    fc.assert(
      fc.property(fc.array(arbitraryProject, { maxLength: 60 }), (list) => {
        for (const row of categoryStats(list))
          expect(row.total).toBe(filterProjects(list, { category: row.category }).length)
      }),
    )
  })
})

describe('counts per status', () => {
  test('lists every status, 0 included, with whole percents', () => {
    expect(
      statusCounts([
        project({ id: 'a', status: 'done' }),
        project({ id: 'b', status: 'done' }),
        project({ id: 'c', status: 'in-progress' }),
      ]),
    ).toEqual([
      { status: 'done', count: 2, percent: 67 },
      { status: 'in-progress', count: 1, percent: 33 },
      { status: 'planned', count: 0, percent: 0 },
    ])
  })

  test('an empty list has zero of each and no division by zero', () => {
    expect(statusCounts([]).map((c) => [c.count, c.percent])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ])
  })

  test('the bundled counts add up to every project and agree with the status filter', () => {
    const counts = statusCounts(projects)
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(projects.length)
    for (const c of counts) expect(c.count).toBe(filterProjects(projects, { status: c.status }).length)
  })
})
