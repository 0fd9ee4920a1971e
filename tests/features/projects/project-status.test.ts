/** @jest-environment node */
import { STATUS_LABEL } from '@/domain/project-status'
import { filterProjects, matchesFilter } from '@/features/projects/project-status'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import { project } from './fixtures'

const { projects } = getBundledFeed().feed

test('status words for residents are 已完成, 推进中 and 计划', () => {
  expect(STATUS_LABEL).toEqual({ done: '已完成', 'in-progress': '推进中', planned: '计划' })
})

test('no filter keeps every project in feed order', () => {
  expect(filterProjects(projects, {})).toEqual(projects)
})

test('filtering to 养老 keeps only elderly-care projects, the 15 长者食堂 among them', () => {
  const elderly = filterProjects(projects, { category: '养老' })
  expect(elderly.length).toBeGreaterThan(0)
  expect(elderly.every((p) => p.category === '养老')).toBe(true)
  expect(elderly.find((p) => p.title.includes('长者食堂'))).toMatchObject({ quantity: 15, unit: '处' })
})

test('the status filter keeps only projects with that status', () => {
  for (const status of ['done', 'in-progress', 'planned'] as const) {
    const kept = filterProjects(projects, { status })
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.every((p) => p.status === status)).toBe(true)
  }
})

test('the region filter keeps 峄城区 apart from 市中区', () => {
  const yicheng = filterProjects(projects, { region: '峄城区' })
  expect(yicheng.map((p) => p.sourceId)).toEqual(yicheng.map(() => 'src-2022-yicheng'))
  expect(filterProjects(projects, { region: '市中区' })).toHaveLength(projects.length - yicheng.length)
})

test('the year filter reads a span as its end year', () => {
  const review = project({ id: 'pj-pc-a', period: '2016/2021' })
  const plan = project({ id: 'pj-pc-b', period: '2022/2026' })
  const q3 = project({ id: 'pj-q3-c', period: '2023-01/09' })
  const all = [review, plan, q3]
  expect(filterProjects(all, { year: 2021 })).toEqual([review])
  expect(filterProjects(all, { year: 2026 })).toEqual([plan])
  expect(filterProjects(all, { year: 2023 })).toEqual([q3])
  expect(filterProjects(all, { year: 2016 })).toEqual([])
})

test('filters combine: every set one must hold', () => {
  const p = project({ id: 'pj-x', category: '教育', status: 'planned', region: '峄城区', period: '2022' })
  expect(matchesFilter(p, { category: '教育', status: 'planned', region: '峄城区', year: 2022 })).toBe(true)
  expect(matchesFilter(p, { category: '教育', status: 'done' })).toBe(false)
  expect(matchesFilter(p, { category: '养老', region: '峄城区' })).toBe(false)
  expect(matchesFilter(p, { year: 2023 })).toBe(false)
})
