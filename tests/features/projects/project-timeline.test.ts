/** @jest-environment node */
import {
  latestPerItem,
  newsAboutProject,
  projectTimeline,
  relatedProjects,
  timelineKey,
} from '@/features/projects/project-timeline'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import { project } from './fixtures'

const { feed } = getBundledFeed()
const { projects } = feed
const sources = new Map(feed.sources.map((s) => [s.id, s]))
const byId = (id: string) => projects.find((p) => p.id === id)!
const ids = (list: { id: string }[]) => list.map((p) => p.id)

describe('the same item in several reports', () => {
  test('ids with the same slug after the source prefix, in the same region, are one item', () => {
    expect(timelineKey(byId('pj-gov-old-communities'))).toBe(timelineKey(byId('pj-rev-old-communities')))
    expect(timelineKey(byId('pj-q3-old-communities'))).toBe('市中区:old-communities')
  })

  test('a report’s goal for the item (-plan) joins the item', () => {
    expect(timelineKey(byId('pj-pc-old-communities-plan'))).toBe('市中区:old-communities')
  })

  test('the same slug in 峄城区 is a different item', () => {
    expect(timelineKey(byId('pj-yc-old-communities'))).not.toBe(timelineKey(byId('pj-rev-old-communities')))
  })

  test('old neighbourhood renovation in 市中区 is told by every 市中区 report, oldest report first', () => {
    expect(ids(projectTimeline(projects, byId('pj-rev-old-communities'), sources))).toEqual([
      'pj-pc-old-communities', // 2022-01-17, 2016—2021: 352
      'pj-pc-old-communities-plan', // same report, the goal to 2026
      'pj-gov-old-communities', // 2023-02-08, 2022: 33
      'pj-q3-old-communities', // 2023-11, 55 in progress
      'pj-rev-old-communities', // 2024, 55 done
    ])
  })

  test('every entry of a timeline has the same timeline', () => {
    const timeline = projectTimeline(projects, byId('pj-q3-old-communities'), sources)
    for (const p of timeline) expect(projectTimeline(projects, p, sources)).toEqual(timeline)
  })

  test('the 十件惠民实事 go from 推进中 in the Q1–Q3 report to 全部完成 in the year review', () => {
    const timeline = projectTimeline(projects, byId('pj-rev-ten-livelihood-projects'), sources)
    expect(timeline.map((p) => [p.id, p.status])).toEqual([
      ['pj-q3-ten-livelihood-projects', 'in-progress'],
      ['pj-rev-ten-livelihood-projects', 'done'],
    ])
  })

  test('an item only one report names has a timeline of itself alone', () => {
    const canteens = byId('pj-rev-elderly-canteens')
    expect(projectTimeline(projects, canteens, sources)).toEqual([canteens])
  })

  test('orders by report date, whatever the feed order', () => {
    const dates = new Map([
      ['src-new', { date: '2024' }],
      ['src-mid', { date: '2023-11' }],
      ['src-old', { date: '2023-02-08' }],
    ])
    const list = [
      project({ id: 'pj-new-x', sourceId: 'src-new' }),
      project({ id: 'pj-old-x', sourceId: 'src-old' }),
      project({ id: 'pj-mid-x', sourceId: 'src-mid' }),
      project({ id: 'pj-mid-y', sourceId: 'src-mid' }),
    ]
    expect(ids(projectTimeline(list, list[0], dates))).toEqual(['pj-old-x', 'pj-mid-x', 'pj-new-x'])
    expect(ids(latestPerItem(list, dates))).toEqual(['pj-new-x', 'pj-mid-y'])
  })
})

describe('related projects', () => {
  test('the 长者食堂 shows other 养老 items, 市中区 and 2023 first', () => {
    expect(ids(relatedProjects(projects, byId('pj-rev-elderly-canteens')))).toEqual([
      'pj-rev-elderly-service-centers',
      'pj-rev-nursing-beds',
      'pj-pc-pension-insurance',
      'pj-yc-elderly-subsidy',
    ])
  })

  test('are of the same category, never the project itself or the same item in another report', () => {
    for (const p of projects) {
      const related = relatedProjects(projects, p)
      expect(related.length).toBeLessThanOrEqual(4)
      for (const r of related) {
        expect(r.category).toBe(p.category)
        expect(timelineKey(r)).not.toBe(timelineKey(p))
      }
    }
  })
})

test('news about a project are the cards that name it', () => {
  expect(newsAboutProject(feed.news, 'pj-rev-elderly-canteens').map((n) => n.id)).toEqual(['news-elderly-care'])
  expect(newsAboutProject(feed.news, 'pj-no-such')).toEqual([])
})
