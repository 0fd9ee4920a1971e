/** @jest-environment node */
import {
  indicatorShareItem,
  joinTitle,
  mentionsNumber,
  MAX_SHARE_FIGURES,
  newsShareItem,
  projectShareItem,
  scorecardShareItem,
  scorecardYearShareItem,
  shareItemsOf,
  topicShareItem,
} from '@/features/share/share-item'
import { headlineFor, mainFigure } from '@/features/scorecards/scorecard-periods'
import type { Feed, Figure } from '@/services/feed/schema'
import { formatPeriod, formatSourceLine, KIND_LABEL } from '@/domain/format'
import { PERIOD_VIEWS } from '@/domain/period-views'
import { shareFixtures } from '../../helpers/share-fixtures'

const { feed, items } = shareFixtures()
const sources = new Map(feed.sources.map((s) => [s.id, s]))

test('every item says where its numbers come from and how current they are', () => {
  const lines = new Set(feed.sources.map(formatSourceLine))
  for (const item of items) {
    expect(lines.has(item.sourceLine)).toBe(true)
    expect(item.dataAsOf).toBe('2023年12月')
    expect(item.figures.length).toBeLessThanOrEqual(MAX_SHARE_FIGURES)
    expect(item.title).toBe(joinTitle(item.titleParts))
  }
})

test('an estimate, a target or a running total is never shown as final', () => {
  const stages = new Set(Object.values(KIND_LABEL))
  for (const item of items) {
    for (const f of item.figures) expect(stages.has(f.stage)).toBe(true)
    const main = item.figures[0]
    if (main && main.stage !== '实际' && item.kind !== 'project') expect(item.title).toContain(main.stage)
  }
})

test('unknown ids give no item, so a page can show its not-found state', () => {
  expect(newsShareItem(feed, 'no-such-news')).toBeUndefined()
  expect(scorecardShareItem(feed, 'sc-1999-1')).toBeUndefined()
  expect(scorecardYearShareItem(feed, 1999)).toBeUndefined()
  expect(scorecardYearShareItem(feed, '20x3')).toBeUndefined()
  expect(topicShareItem(feed, '不存在的专题')).toBeUndefined()
  expect(indicatorShareItem(feed, 'no-such-indicator')).toBeUndefined()
  expect(projectShareItem(feed, 'pj-none')).toBeUndefined()
})

describe('news', () => {
  test('keeps the story title when it states the cover figure', () => {
    const item = newsShareItem(feed, 'news-2023-review-overview')!
    expect(item.title).toBe('市中区2023年回顾：GDP预计331亿元')
    expect(item.path).toBe('/package-data/pages/news-detail/index?id=news-2023-review-overview')
    expect(item.trail).toEqual(['资讯', '经济运行'])
    expect(item.figures[0]).toMatchObject({ label: '地区生产总值', value: '331', unit: '亿元', stage: '预计' })
  })

  test('adds the stage word when the story title leaves it out', () => {
    const item = newsShareItem(feed, 'news-2023-projects')!
    const cover = feed.figures.find((f) => f.id === feed.news.find((n) => n.id === item.id)!.coverFigureId)!
    expect(cover.kind).toBe('cumulative')
    expect(item.title.endsWith('（累计）')).toBe(true)
  })

  test('adds the cover figure when the story title has none, without repeating its year and region', () => {
    const item = newsShareItem(feed, 'news-2023-eight-scorecards')!
    expect(item.title).toBe('2023年市中区的8张成绩单：“四上”企业777家')
  })

  test('lists the cited figures, cover first, each amount with its growth', () => {
    const item = newsShareItem(feed, 'news-2023-review-overview')!
    expect(item.figures.map((f) => f.label)).toEqual([
      '地区生产总值',
      '一般公共预算收入',
      '固定资产投资增速',
      '社会消费品零售总额增速',
      '规上工业总产值',
      '规上工业增加值增速',
    ])
    expect(item.figures[0].growth).toBe('增长6.5%')
  })
})

describe('the 2023 scorecard year', () => {
  const item = scorecardYearShareItem(feed, 2023)!

  test('leads with GDP as an estimate, with its growth', () => {
    expect(item.title).toBe('2023年市中区地区生产总值331亿元（预计），增长6.5%')
    expect(item.figures[0]).toEqual({
      label: '地区生产总值',
      value: '331',
      unit: '亿元',
      period: '2023年',
      stage: '预计',
      growth: '增长6.5%',
    })
  })

  test('shows six headline figures, 市中区 results of 2023 only', () => {
    expect(item.figures).toHaveLength(6)
    for (const f of item.figures) {
      expect(f.period).toBe('2023年')
      expect(f.stage).not.toBe('目标')
    }
    expect(item.path).toBe('/pages/scorecards/index?year=2023')
    expect(item.facts[0]).toMatch(/^8张成绩单：产业发展质效齐升、/)
  })

  test('follows the 成绩单 tab: its figures are the headline grid’s first six, in the grid’s order', () => {
    const grid = headlineFor(feed.figures, '2023', sources).slice(0, MAX_SHARE_FIGURES)
    expect(item.figures.map((f) => f.label)).toEqual(
      grid.map((c) => (mainFigure(c).metric === 'growth' ? `${c.label}增速` : c.label)),
    )
  })

  test('accepts the year as the page reads it from the query', () => {
    expect(scorecardYearShareItem(feed, '2023')).toEqual(item)
  })
})

describe('the eight 2023 scorecards', () => {
  const cards = feed.scorecards.filter((s) => s.year === 2023)

  test.each(cards.map((c) => [c.id, c] as const))('%s carries its title, its figures and its path', (id, card) => {
    const item = scorecardShareItem(feed, id)!
    expect(item.kind).toBe('scorecard')
    expect(item.name).toBe(card.title)
    expect(item.title.startsWith(`2023年${card.title}：`)).toBe(true)
    expect(item.path).toBe(`/pages/scorecards/index?card=${id}`)
    expect(item.summary).toBe(card.summary)
    expect(item.sourceLine).toBe(formatSourceLine(sources.get(card.sourceId)!))
    expect(item.figures.length).toBeGreaterThanOrEqual(1)
    const first = feed.figures.find((f) => f.id === card.figureIds[0])!
    expect(item.figures[0].label).toContain(first.label)
    expect(mentionsNumber(item.title, first.value)).toBe(true)
  })

  test('an amount and its growth from the same report become one figure', () => {
    const item = scorecardShareItem(feed, 'sc-2023-1')!
    expect(item.figures.find((f) => f.label === '工业技改投资')).toMatchObject({ value: '30.4', growth: '增长28.2%' })
    // A count of new firms is not a change of the total: it stands as a figure of its own.
    const total = item.figures.find((f) => f.label === '“四上”企业')
    expect(total).toMatchObject({ value: '777' })
    expect(total?.growth).toBeUndefined()
    expect(item.figures.find((f) => f.label === '新增“四上”企业')).toMatchObject({ value: '229' })
  })
})

describe('topics and indicators', () => {
  test('a topic shares its latest year, headline figures first, with the topic in the path', () => {
    const item = topicShareItem(feed, '经济运行')!
    expect(item.title).toBe('市中区经济运行：2023年地区生产总值331亿元（预计），增长6.5%')
    expect(item.period).toBe('2023年')
    expect(item.path).toBe(`/package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`)
  })

  test('an indicator shares its latest result first, older results next, targets last', () => {
    const item = indicatorShareItem(feed, 'gdp')!
    expect(item.figures.map((f) => [f.period, f.stage])).toEqual([
      ['2023年', '预计'],
      ['2023年前三季度', '实际'],
      ['2022年', '实际'],
      ['2021年', '预计'],
      ['2016—2021年', '预计'],
      ['2023年', '目标'],
    ])
    expect(item.figures[2].source).toBe('2023年区政府工作报告')
    expect(item.figures[0].source).toBeUndefined()
    expect(item.path).toBe(`/package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}&indicator=gdp`)
  })

  test('an indicator of 峄城区 alone is not shared from the 市中区 topic pages', () => {
    const yicheng = feed.figures.find(
      (f) => f.region === '峄城区' && !feed.figures.some((g) => g.region === '市中区' && g.indicator === f.indicator),
    )!
    expect(indicatorShareItem(feed, yicheng.indicator)).toBeUndefined()
  })
})

describe('projects', () => {
  test('a finished project with a quantity: the number as an actual result and its status', () => {
    const item = projectShareItem(feed, 'pj-rev-sports-facilities')!
    expect(item.title).toBe('更新改造文体设施：≥150处，已完成（2023年）')
    expect(item.figures).toEqual([
      { label: '更新改造文体设施', value: '≥150', unit: '处', period: '2023年', stage: '实际' },
    ])
    expect(item.status).toBe('已完成')
    const project = feed.projects.find((p) => p.id === item.id)!
    expect(item.trail).toEqual(['民生实事', project.category, project.title])
  })

  test('a project under way shows its quantity as a goal, never as done', () => {
    const item = projectShareItem(feed, 'pj-q3-old-communities')!
    expect(item.figures[0].stage).toBe('目标')
    expect(item.title).toContain('推进中')
  })

  test('a project without a number still has a title, its status and the source words', () => {
    const item = projectShareItem(feed, 'pj-rev-evergrande-delivery')!
    expect(item.figures).toEqual([])
    expect(item.title).toBe('恒大项目保交楼：推进中（2023年）')
    expect(item.facts).toContain('原文说法：稳妥有序推动')
    expect(item.path).toBe('/package-data/pages/project-detail/index?id=pj-rev-evergrande-delivery')
  })

  test('a project of 峄城区 names its region in the title', () => {
    const project = feed.projects.find((p) => p.region === '峄城区')!
    expect(projectShareItem(feed, project.id)!.title.startsWith('峄城区')).toBe(true)
  })
})

describe('built from a small feed', () => {
  const figure = (over: Partial<Figure>): Figure => ({
    id: 'f',
    indicator: 'x',
    label: '指标',
    metric: 'level',
    value: 1,
    unit: '亿元',
    period: '2023',
    kind: 'actual',
    region: '市中区',
    topic: '经济运行',
    sourceId: 's',
    ...over,
  })
  const small: Feed = {
    schemaVersion: 1,
    version: 1,
    dataAsOf: '2023-12',
    title: 't',
    sources: [
      { id: 's', short: '报告', title: '某报告', outlet: '某报', date: '2024', region: '市中区', covers: '全年' },
    ],
    figures: [
      figure({ id: 'a', indicator: 'retail', label: '零售额', value: 12.5 }),
      figure({
        id: 'b',
        indicator: 'retail',
        label: '零售额',
        metric: 'growth',
        value: -1.2,
        unit: '%',
        kind: 'estimate',
      }),
      figure({ id: 'c', indicator: 'share', label: '民生支出', metric: 'share', value: 80.6, unit: '%' }),
    ],
    scorecards: [],
    news: [],
    projects: [],
    notes: [],
  }

  test('a fall is worded as a fall, and the growth keeps its own stage', () => {
    const item = indicatorShareItem(small, 'retail')!
    expect(item.title).toBe('2023年市中区零售额12.5亿元，下降1.2%（预计）')
    expect(item.figures[0].growth).toBe('下降1.2%（预计）')
  })

  test('a share is named as a share', () => {
    expect(indicatorShareItem(small, 'share')!.figures[0]).toMatchObject({
      label: '民生支出占比',
      value: '80.6',
      unit: '%',
    })
  })

  test('a feed without scorecards has no year to share', () => {
    expect(shareItemsOf(small).map((i) => i.kind)).toEqual(['topic', 'indicator', 'indicator'])
  })
})

test('mentionsNumber finds a number only whole', () => {
  expect(mentionsNumber('GDP 331亿元', 331)).toBe(true)
  expect(mentionsNumber('处置1519项', 1519)).toBe(true)
  expect(mentionsNumber('处置1,519项', 1519)).toBe(true)
  expect(mentionsNumber('3310亿元', 331)).toBe(false)
  expect(mentionsNumber('331.5亿元', 331)).toBe(false)
  expect(mentionsNumber('2023年', 23)).toBe(false)
})

// Finding 7 of issue 17: sharing from 2023前三季度 or 五年 shared (and drew posters of) 2023.
describe.each([
  ['2023-ytd', '2023前三季度'],
  ['five-year', '五年'],
] as const)('the %s view of 成绩单', (key, label) => {
  const item = scorecardYearShareItem(feed, key)!
  const view = PERIOD_VIEWS.find((v) => v.key === key)!

  test('shares that period, opening the tab on it', () => {
    expect(item.path).toBe(`/pages/scorecards/index?year=${key}`)
    expect(item.trail).toEqual(['成绩单', label])
    expect(item.title.startsWith(formatPeriod(view.periods[0]))).toBe(true)
    expect(item.title).not.toMatch(/^2023年[^前]/)
  })

  test('carries only figures of the view’s periods, the headline grid’s first six in its order', () => {
    expect(item.figures.length).toBeGreaterThan(0)
    const periods = new Set(view.periods.map(formatPeriod))
    for (const f of item.figures) expect(periods.has(f.period)).toBe(true)
    // The grid folds a share into its amount's cell; the share lists it on its own line.
    const grid = headlineFor(feed.figures, view.periods, sources).slice(0, MAX_SHARE_FIGURES)
    grid.forEach((c, i) => expect(item.figures[i].label.startsWith(c.label)).toBe(true))
  })

  test('is among the items every share test walks', () => {
    expect(items.some((i) => i.kind === 'scorecard-year' && i.id === key)).toBe(true)
  })
})

test('an unknown period shares nothing, so the page falls back to the latest year', () => {
  expect(scorecardYearShareItem(feed, 'ytd')).toBeUndefined()
  expect(scorecardYearShareItem(feed, '2023-01/09')).toBeUndefined()
})
