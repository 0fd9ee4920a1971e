/** @jest-environment node */
import {
  asOfText,
  chartCaption,
  NO_SOURCE,
  sourceLinesOf,
  sourceText,
  sourceTexts,
  unitText,
} from '@/domain/chart-caption'

const sources = new Map([
  ['gov', { title: '2024年政府工作报告', outlet: '市中区人民政府', date: '2024-01-10' }],
  ['stats', { title: '2023年统计公报', outlet: '市中区统计局', date: '2024-03' }],
])

test('a caption fills what it was not given, and names each source once', () => {
  expect(chartCaption({ title: '长标题', shortTitle: '短标题' }).shortTitle).toBe('短标题')
  const c = chartCaption({ title: 'GDP 331亿元', sources: ['a', 'b', 'a'], alsoFrom: ['x', 'x'] })
  expect(c).toEqual({
    title: 'GDP 331亿元',
    shortTitle: 'GDP 331亿元',
    unit: '',
    sources: ['a', 'b'],
    alsoFrom: ['x'],
    asOf: '',
  })
})

test('source lines come from the feed sources, in the order first named, unknown ids skipped', () => {
  const lines = sourceLinesOf(['stats', 'nope', 'gov', 'stats'], sources)
  expect(lines).toHaveLength(2)
  expect(lines[0]).toMatch(/^《2023年统计公报》，市中区统计局，/)
  expect(lines[1]).toMatch(/^《2024年政府工作报告》，市中区人民政府，/)
})

test('the chart card shows its sources once, in one 来源 line, as a share image does', () => {
  const c = chartCaption({ title: 't', sources: ['《甲》，乙，2024年1月', '《丙》'], alsoFrom: ['丁', '戊'] })
  expect(sourceTexts(c)).toEqual(['来源：《甲》，乙，2024年1月；《丙》；另据丁、戊'])
  expect(sourceText(c)).toBe('来源：《甲》，乙，2024年1月；《丙》；另据丁、戊')
  expect(sourceText({ ...c, alsoFrom: [] })).toBe('来源：《甲》，乙，2024年1月；《丙》')
  expect(sourceText(chartCaption({ title: 't' }))).toBe(NO_SOURCE)
  expect(sourceTexts(chartCaption({ title: 't' }))).toEqual([])
})

test('unit and 数据截至 read the same everywhere, and are empty when not known', () => {
  expect(unitText(chartCaption({ title: 't', unit: '亿元' }))).toBe('单位：亿元')
  expect(unitText(chartCaption({ title: 't' }))).toBe('')
  expect(asOfText(chartCaption({ title: 't', asOf: '2023年12月' }))).toBe('数据截至 2023年12月')
  expect(asOfText(chartCaption({ title: 't' }))).toBe('')
})
