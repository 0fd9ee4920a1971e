/** @jest-environment node */
import {
  formatDate,
  formatNumber,
  formatPeriod,
  formatSigned,
  formatSourceLine,
  formatTimestamp,
  formatValue,
  quoteQueryText,
} from '@/domain/format'
import fc from 'fast-check'

describe('formatPeriod', () => {
  test.each([
    ['2023', '2023年'],
    ['2016/2021', '2016—2021年'],
    ['2023-01/09', '2023年前三季度'],
    ['2023-01/10', '2023年1—10月'],
    ['2023-10', '2023年10月'],
    ['2026', '2026年'],
  ])('reads %s as %s', (period, shown) => {
    expect(formatPeriod(period)).toBe(shown)
  })
})

describe('formatValue', () => {
  test('shows a plain value with thousands separators and every decimal the source gave', () => {
    expect(formatValue({ value: 331 })).toBe('331')
    expect(formatValue({ value: 1234567.25 })).toBe('1,234,567.25')
  })

  test.each([
    ['gte', '≥150'],
    ['gt', '>150'],
    ['lte', '≤150'],
    ['approx', '约150'],
  ] as const)('marks a %s bound so 150 is not read as exact', (bound, shown) => {
    expect(formatValue({ value: 150, bound })).toBe(shown)
  })

  test('groups the integer part of a negative number', () => {
    expect(formatNumber(-12345)).toBe('-12,345')
  })
})

describe('formatDate', () => {
  test('shows a date only as precise as the source states it', () => {
    expect(formatDate('2024')).toBe('2024年')
    expect(formatDate('2023-11')).toBe('2023年11月')
    expect(formatDate('2023-02-08')).toBe('2023年2月8日')
    expect(formatDate('2023-12-31')).toBe('2023年12月31日')
  })

  test('prints the source line under a figure', () => {
    expect(formatSourceLine({ title: '政府工作报告', outlet: '市中云报', date: '2023-02-08' })).toBe(
      '《政府工作报告》，市中云报，2023年2月8日',
    )
  })
})

describe('formatSigned', () => {
  test('puts a plus sign before a rise and keeps the minus of a fall', () => {
    expect(formatSigned({ value: 6.5, unit: '%' })).toBe('+6.5%')
    expect(formatSigned({ value: -1.2, unit: '个百分点' })).toBe('-1.2个百分点')
  })

  test('shows no sign for zero change', () => {
    expect(formatSigned({ value: 0, unit: '%' })).toBe('0%')
  })

  test('keeps the bound in front of the sign', () => {
    expect(formatSigned({ value: 6, unit: '%', bound: 'approx' })).toBe('约+6%')
  })
})

describe('formatTimestamp', () => {
  test('shows when an item was saved in local time, minutes padded', () => {
    expect(formatTimestamp(new Date(2026, 10, 21, 14, 5).getTime())).toBe('11月21日 14:05')
    expect(formatTimestamp(new Date(2026, 0, 2, 9, 30).getTime())).toBe('1月2日 09:30')
  })
})

describe('absurd values and query text', () => {
  test('a value too large to be exact (1e21) is not shown as 1e+21, with or without a sign', () => {
    expect(formatNumber(1e21)).toBe('—')
    expect(formatSigned({ value: 1e21, unit: '%' })).toBe('—')
    expect(formatValue({ value: -1e300 })).toBe('—')
    expect(formatNumber(Number.NaN)).toBe('—')
  })

  test('a very small value is written out, not in exponent notation', () => {
    expect(formatNumber(0.0000001)).toBe('0.0000001')
    expect(formatNumber(-0.00000125)).toBe('-0.00000125')
  })

  test('any number is shown in plain digits and separators, or as —', () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        expect(formatNumber(value)).toMatch(/^(—|-?\d{1,3}(,\d{3})*(\.\d+)?)$/)
      }),
      { numRuns: 2000 },
    )
  })

  test('text from a link is shown short and without direction overrides or control characters', () => {
    expect(quoteQueryText('2030')).toBe('“2030”')
    expect(quoteQueryText('\u202eabc\u2066d\u0000e\u200b')).toBe('“abcde”')
    expect(quoteQueryText('年'.repeat(10000))).toBe(`“${'年'.repeat(12)}…”`)
    expect(quoteQueryText('  a \n\t b  ')).toBe('“a b”')
    expect(quoteQueryText('\u202e')).toBe('')
  })
})
