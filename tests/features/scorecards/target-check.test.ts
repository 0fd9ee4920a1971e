/** @jest-environment node */
import {
  APPROX_TOLERANCE,
  approxTolerance,
  checkTarget,
  gapWords,
  summarizeTargets,
  measureLabel,
  targetsAfter,
  targetVsActual,
  verdictMark,
  verdictWords,
  type TargetRow,
} from '@/features/scorecards/target-check'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import type { Figure } from '@/services/feed/schema'
import { makeFigure, makeNote } from './make-figure'

const { feed } = getBundledFeed()

const pct = (value: number, bound?: Figure['bound']) => ({ value, unit: '%', bound })
const amount = (value: number, bound?: Figure['bound']) => ({ value, unit: '亿元', bound })

describe('checkTarget', () => {
  test('the tolerance of an approximate target is 0.5 percentage points for rates and 5% for amounts', () => {
    expect(APPROX_TOLERANCE).toEqual({ percentagePoints: 0.5, relative: 0.05 })
    expect(approxTolerance(pct(12))).toBe(0.5)
    expect(approxTolerance({ value: 2, unit: '个百分点' })).toBe(0.5)
    expect(approxTolerance(amount(200))).toBe(10)
  })

  test('growth "12%左右" is missed by 7.2%', () => {
    expect(checkTarget(pct(12, 'approx'), pct(7.2))).toEqual({ verdict: 'not-met' })
  })

  // Each target as the report words it, against results just either side of its line.
  test.each([
    { words: 'growth "12%左右"', target: pct(12, 'approx'), result: pct(11.5), verdict: 'met' },
    { words: 'growth "12%左右"', target: pct(12, 'approx'), result: pct(11.49), verdict: 'not-met' },
    { words: 'growth "12%左右"', target: pct(12, 'approx'), result: pct(12), verdict: 'met' },
    { words: 'growth "12%左右"', target: pct(12, 'approx'), result: pct(14.3), verdict: 'met' },
    { words: 'an amount "约100亿元"', target: amount(100, 'approx'), result: amount(95), verdict: 'met' },
    { words: 'an amount "约100亿元"', target: amount(100, 'approx'), result: amount(94.9), verdict: 'not-met' },
    { words: 'an amount "约100亿元"', target: amount(100, 'approx'), result: amount(130), verdict: 'met' },
    { words: '"6.5%以上"', target: pct(6.5, 'gte'), result: pct(6.5), verdict: 'met' },
    { words: '"6.5%以上"', target: pct(6.5, 'gte'), result: pct(6.4), verdict: 'not-met' },
  ])('$words with a result of $result.value$result.unit is $verdict', ({ target, result, verdict }) => {
    expect(checkTarget(target, result).verdict).toBe(verdict)
  })

  test('"突破70亿元" (more than) is not met by exactly 70', () => {
    expect(checkTarget(amount(70, 'gt'), amount(70)).verdict).toBe('not-met')
    expect(checkTarget(amount(70, 'gt'), amount(70.1)).verdict).toBe('met')
  })

  test('a target without a bound is a floor', () => {
    expect(checkTarget(pct(10), pct(11)).verdict).toBe('met')
    expect(checkTarget(pct(10), pct(9.9)).verdict).toBe('not-met')
  })

  test('a ceiling ("不超过") is met from below and missed from above', () => {
    const rank = { value: 30, unit: '名', bound: 'lte' as const }
    expect(checkTarget(rank, { value: 25, unit: '名' }).verdict).toBe('met')
    expect(checkTarget(rank, { value: 31, unit: '名' }).verdict).toBe('not-met')
  })

  test('a result\'s own bound is respected: "突破550" meets "550以上"; "4.5以内" cannot tell about "4以上"', () => {
    expect(checkTarget(amount(550, 'gte'), amount(550, 'gte')).verdict).toBe('met')
    expect(checkTarget(pct(4, 'gte'), pct(4.5, 'lte'))).toEqual({ verdict: 'unknown', reason: '结果只给出了上限' })
    expect(checkTarget(pct(4, 'gte'), pct(3, 'lte')).verdict).toBe('not-met')
    expect(checkTarget({ value: 30, unit: '名', bound: 'lte' }, { value: 20, unit: '名', bound: 'gte' })).toEqual({
      verdict: 'unknown',
      reason: '结果只给出了下限',
    })
  })

  test('figures in different units are not compared', () => {
    expect(checkTarget(amount(1), { value: 9000, unit: '万元' })).toEqual({
      verdict: 'unknown',
      reason: '单位不同（亿元与万元）',
    })
  })
})

describe('targetVsActual on the bundled feed', () => {
  const rows = targetVsActual(feed.figures, feed.notes)
  const row = (indicator: string, metric: Figure['metric']) =>
    rows.find((r) => r.target.indicator === indicator && r.target.metric === metric)!

  test('固定资产投资 (target about 12%, result 7.2%) is not met, with both figures', () => {
    const fai = row('fixed-asset-investment', 'growth')
    expect(fai.verdict).toBe('not-met')
    expect(verdictWords(fai)).toBe('未达成')
    expect(fai.target).toMatchObject({ value: 12, bound: 'approx', kind: 'target', sourceId: 'src-2023-gov-report' })
    expect(fai.result).toMatchObject({ value: 7.2, kind: 'actual', sourceId: 'src-2023-review', period: '2023' })
    expect(fai.gap).toBe(-4.8)
  })

  test('the GDP growth result is an estimate, so the verdict is "预计达成"', () => {
    const gdp = row('gdp', 'growth')
    expect(gdp.result).toMatchObject({ value: 6.5, kind: 'estimate' })
    expect(gdp.provisional).toBe(true)
    expect(verdictWords(gdp)).toBe('预计达成')
  })

  test('the 2023 verdicts, target by target', () => {
    const judged = rows.filter((r) => r.result).map((r) => [r.target.indicator, r.target.metric, verdictWords(r)])
    expect(judged).toEqual([
      ['gdp', 'growth', '预计达成'],
      ['general-budget-revenue', 'growth', '达成'],
      ['fixed-asset-investment', 'growth', '未达成'],
      ['industrial-value-added', 'growth', '达成'],
      ['disposable-income', 'growth', '达成'],
      ['industry-6-3-revenue', 'level', '达成'],
      ['fdi', 'level', '未达成'],
      ['tech-smes', 'level', '达成'],
      ['foreign-trade', 'level', '达成'],
    ])
    expect(summarizeTargets(rows)).toEqual({ met: 7, notMet: 2, unknown: 21, provisional: 1 })
  })

  test('every 2023 target of the work report gets a row; those without a result come last', () => {
    const targets = feed.figures.filter(
      (f) => f.kind === 'target' && f.period === '2023' && f.sourceId === 'src-2023-gov-report',
    )
    expect(rows.map((r) => r.target.id).sort()).toEqual(targets.map((f) => f.id).sort())
    const firstUnknown = rows.findIndex((r) => !r.result)
    expect(rows.slice(firstUnknown).every((r) => !r.result && r.verdict === 'unknown')).toBe(true)
    expect(rows.slice(firstUnknown)[0].reason).toBe('年度回顾没有给出这一项的全年结果')
  })

  test('results come only from the year review, never from the year-to-date report or 峄城区', () => {
    for (const r of rows.filter((x) => x.result)) {
      expect(r.result!.sourceId).toBe('src-2023-review')
      expect(r.result!.region).toBe('市中区')
      expect(['actual', 'estimate']).toContain(r.result!.kind)
    }
  })

  test('a data note that touches both the target and the result is attached as a caveat', () => {
    expect(row('industry-6-3-revenue', 'level').caveats.map((n) => n.id)).toEqual(['note-6-3-revenue-wording'])
    expect(row('fixed-asset-investment', 'growth').caveats).toEqual([])
  })
})

describe('targetVsActual on small feeds', () => {
  /** A figure of fixed-asset-investment growth (%), with the given fields. */
  const fai = (fields: Partial<Figure>) => makeFigure({ indicator: 'fai', metric: 'growth', unit: '%', ...fields })
  const target = fai({ value: 12, bound: 'approx', kind: 'target', sourceId: 'src-2023-gov-report' })

  test('a year-to-date figure is not taken as the result', () => {
    const ytd = fai({ value: 13, period: '2023', sourceId: 'src-2023-q3' })
    const nine = fai({ value: 13, period: '2023-01/09', sourceId: 'src-2023-review' })
    const [row] = targetVsActual([target, ytd, nine])
    expect(row.result).toBeUndefined()
    expect(row.verdict).toBe('unknown')
  })

  test('a result of another metric, a cumulative or a 峄城区 figure is not the result', () => {
    const level = fai({ metric: 'level', value: 13 })
    const cumulative = fai({ value: 13, kind: 'cumulative' })
    const yicheng = fai({ value: 13, region: '峄城区' })
    expect(targetVsActual([target, level, cumulative, yicheng])[0].verdict).toBe('unknown')
  })

  test('a 峄城区 target is never listed', () => {
    expect(targetVsActual([{ ...target, region: '峄城区' }])).toEqual([])
  })

  test('an estimate that misses says "预计未达成"', () => {
    const estimate = fai({ value: 8, kind: 'estimate' })
    const [row] = targetVsActual([target, estimate], [makeNote([target.id, estimate.id])])
    expect(verdictWords(row)).toBe('预计未达成')
    expect(row.caveats).toHaveLength(1)
  })
})

describe('words and marks', () => {
  test('each verdict has a mark that does not rely on colour', () => {
    expect(verdictMark('met')).toBe('√')
    expect(verdictMark('not-met')).toBe('×')
    expect(verdictMark('unknown')).toBe('？')
    expect(verdictWords({ verdict: 'unknown', provisional: true })).toBe('无法判断')
    expect(verdictWords({ verdict: 'not-met', provisional: false })).toBe('未达成')
  })

  test('measureLabel says which measure of the indicator the target is about', () => {
    expect(measureLabel({ label: '固定资产投资', metric: 'growth' })).toBe('固定资产投资增速')
    expect(measureLabel({ label: '规模以上企业', metric: 'change' })).toBe('规模以上企业')
    expect(measureLabel({ label: '民生支出', metric: 'share' })).toBe('民生支出占比')
    expect(measureLabel({ label: '城镇化率', metric: 'share' })).toBe('城镇化率')
    expect(measureLabel({ label: '实际利用外资', metric: 'level' })).toBe('实际利用外资')
  })

  test('gapWords says how far the result is from the target', () => {
    const row = (gap: number | undefined, unit: string, verdict: TargetRow['verdict'], bound?: Figure['bound']) => ({
      gap,
      verdict,
      target: makeFigure({ unit, bound }),
    })
    expect(gapWords(row(-4.8, '%', 'not-met', 'approx'))).toBe('低于目标4.8个百分点')
    expect(gapWords(row(-0.3, '%', 'met', 'approx'))).toBe('低于目标0.3个百分点，在“左右”允许的范围内')
    expect(gapWords(row(-1218, '万美元', 'not-met', 'gte'))).toBe('比目标少1,218万美元')
    expect(gapWords(row(5, '亿元', 'met', 'gte'))).toBe('比目标多5亿元')
    expect(gapWords(row(0, '%', 'met', 'gte'))).toBe('与目标持平')
    expect(gapWords(row(undefined, '%', 'met'))).toBeUndefined()
  })
})

describe('targetsAfter', () => {
  test('the 2023 targets of the work report stand beside the 2022 figures of the same indicator', () => {
    const rows = targetsAfter(feed.figures, '2022')
    const gdp = rows.find((r) => r.target.id === 'gov-gdp-growth-2023-target')!
    expect(gdp.baseline.map((f) => f.id)).toEqual(['gov-gdp-growth-2022'])
    const fdi = rows.find((r) => r.target.id === 'gov-fdi-2023-target')!
    expect(fdi.baseline.map((f) => f.id)).toEqual(['gov-fdi-2022'])
    expect(rows.every((r) => r.target.sourceId === 'src-2023-gov-report' && r.target.kind === 'target')).toBe(true)
    const firstAlone = rows.findIndex((r) => r.baseline.length === 0)
    expect(rows.slice(firstAlone).every((r) => r.baseline.length === 0)).toBe(true)
  })

  test('the goals of the party-congress report stand beside its 2021 figures', () => {
    const rows = targetsAfter(feed.figures, '2021')
    expect(rows.find((r) => r.target.id === 'pc-gdp-2026-target')!.baseline.map((f) => f.id)).toEqual(['pc-gdp-2021'])
    // 翻一番 by 2035 starts from the 2021 amount.
    expect(rows.find((r) => r.target.id === 'pc-gdp-change-2035-target')!.baseline.map((f) => f.id)).toEqual([
      'pc-gdp-2021',
    ])
    expect(rows.every((r) => r.target.sourceId === 'src-2022-party-congress')).toBe(true)
  })

  test('a growth figure is no baseline for an amount target', () => {
    const growth = makeFigure({ period: '2022', metric: 'growth', unit: '%', sourceId: 'a' })
    const goal = makeFigure({ period: '2023', kind: 'target', sourceId: 'a' })
    expect(targetsAfter([growth, goal], '2022')).toEqual([{ target: goal, baseline: [] }])
  })

  test('峄城区 targets and figures are left out', () => {
    const past = makeFigure({ period: '2022', region: '峄城区', sourceId: 'y' })
    const goal = makeFigure({ period: '2023', kind: 'target', region: '峄城区', sourceId: 'y' })
    expect(targetsAfter([past, goal], '2022')).toEqual([])
  })
})
