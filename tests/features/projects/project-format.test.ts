/** @jest-environment node */
import { projectQuantity, projectShareTitle, quantityText } from '@/features/projects/project-format'
import { project } from './fixtures'

test('a quantity is its number and unit: 15 处', () => {
  const canteens = project({ id: 'a', title: '新建长者食堂', quantity: 15, unit: '处' })
  expect(projectQuantity(canteens)).toEqual({ value: '15', unit: '处' })
  expect(quantityText(canteens)).toBe('15 处')
})

test('keeps the source’s bound: 150余处 is ≥150 处, and large numbers are grouped', () => {
  expect(quantityText(project({ id: 'a', quantity: 150, unit: '处', bound: 'gte' }))).toBe('≥150 处')
  expect(quantityText(project({ id: 'b', quantity: 2500, unit: '个' }))).toBe('2,500 个')
  expect(quantityText(project({ id: 'c', quantity: 8653.1, unit: '万元' }))).toBe('8,653.1 万元')
})

test('a percentage has no space before %', () => {
  expect(quantityText(project({ id: 'a', quantity: 100, unit: '%' }))).toBe('100%')
})

test('no quantity, no text', () => {
  expect(projectQuantity(project({ id: 'a' }))).toBeUndefined()
  expect(quantityText(project({ id: 'a' }))).toBe('')
})

test('the share title carries the figure, the status and the period', () => {
  expect(projectShareTitle(project({ id: 'a', title: '新建长者食堂', quantity: 15, unit: '处' }))).toBe(
    '新建长者食堂：15处，已完成（2023年）',
  )
  expect(
    projectShareTitle(project({ id: 'b', title: '海绵城市建设项目', status: 'planned', period: '2022/2026' })),
  ).toBe('海绵城市建设项目：计划（2022—2026年）')
})
