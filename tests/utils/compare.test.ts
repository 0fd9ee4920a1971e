/** @jest-environment node */
import { compareIso } from '@/utils/compare'

test('ISO dates and periods sort in time order, equal ones keep their places', () => {
  const dates = ['2024', '2023-12-31', '2023-06', '2021', '2023-12', '2023-06']
  expect([...dates].sort(compareIso)).toEqual(['2021', '2023-06', '2023-06', '2023-12', '2023-12-31', '2024'])
  expect(compareIso('2023-06', '2023-06')).toBe(0)
  expect(compareIso('2024-01', '2023-12')).toBeGreaterThan(0)
})
