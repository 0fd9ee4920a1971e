/** @jest-environment node */
import { isShareKind, posterFileName, SHARE_KINDS, shareItemFor } from '@/features/share/share-links'
import { shareFixtures } from '../../helpers/share-fixtures'

const { feed, items } = shareFixtures()

test('a poster link names every item the feed can share, by its kind and id', () => {
  expect([...SHARE_KINDS].sort()).toEqual(['indicator', 'news', 'project', 'scorecard', 'scorecard-year', 'topic'])
  for (const item of items) expect(shareItemFor(feed, item.kind, item.id)).toEqual(item)
})

test('an unknown kind, a kind from the prototype or an empty id names nothing', () => {
  expect(isShareKind('weather')).toBe(false)
  expect(isShareKind('constructor')).toBe(false)
  expect(isShareKind(7)).toBe(false)
  expect(shareItemFor(feed, 'weather', 'sc-2023-1')).toBeUndefined()
  expect(shareItemFor(feed, 'scorecard', '')).toBeUndefined()
})

test('a poster file is named by the app, the kind and the id, with only safe characters', () => {
  expect(posterFileName({ kind: 'scorecard', id: 'sc-2023-1' })).toBe('幸福微市中-scorecard-sc-2023-1.png')
  expect(posterFileName({ kind: 'topic', id: '经济 运行/1' })).toBe('幸福微市中-topic-_1.png')
})
