/** @jest-environment node */
import { projectYear, projectYears } from '@/features/projects/project-year'
import { getBundledFeed } from '../../fixtures/bundled-feed'

describe('the year a project counts for', () => {
  test('a plain year is that year', () => {
    expect(projectYear('2023')).toBe(2023)
    expect(projectYear('2026')).toBe(2026)
  })

  test('a five-year review counts for its last year', () => {
    expect(projectYear('2016/2021')).toBe(2021)
  })

  test('a five-year plan counts for the year it is due', () => {
    expect(projectYear('2022/2026')).toBe(2026)
  })

  test('months of one year count for that year', () => {
    expect(projectYear('2023-01/09')).toBe(2023)
    expect(projectYear('2022-01/10')).toBe(2022)
    expect(projectYear('2023-10')).toBe(2023)
  })

  test('the bundled projects span 2021 to 2026, newest first', () => {
    expect(projectYears(getBundledFeed().feed.projects)).toEqual([2026, 2023, 2022, 2021])
  })
})
