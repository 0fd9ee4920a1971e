import { SYNONYM_GROUPS, synonymsOf } from '@/services/feed/synonyms'
import { getBundledFeed } from '../../fixtures/bundled-feed'

test('a word of a group stands for the whole group, itself first; other words stand for themselves', () => {
  expect(synonymsOf('老人')).toEqual(['老人', '养老', '老年', '长者', '敬老'])
  expect(synonymsOf('上学')).toContain('教育')
  expect(synonymsOf('看病')).toContain('医院')
  expect(synonymsOf('车位')).toContain('停车')
  expect(synonymsOf('GDP')).toEqual(['gdp'])
  expect(synonymsOf('长者食堂')).toEqual(['长者食堂'])
})

test('no word is in two groups, and no group holds a single character', () => {
  const words = SYNONYM_GROUPS.flat()
  expect(new Set(words).size).toBe(words.length)
  expect(words.every((w) => w.length >= 2)).toBe(true)
})

test('every group has at least one word the feed contains, so it leads somewhere', () => {
  const text = JSON.stringify(getBundledFeed().feed)
  for (const group of SYNONYM_GROUPS) expect(group.some((w) => text.includes(w))).toBe(true)
})
