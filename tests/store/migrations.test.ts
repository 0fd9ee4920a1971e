/** @jest-environment node */
import Taro from '@tarojs/taro'
import { createAppStore } from '@/store'
import { PERSIST_KEY, PERSIST_VERSION } from '@/store/persisted'
import { peekStorage } from '../mocks/taro'

/**
 * What each released version of the app left in storage. Add the new shape here whenever
 * PERSIST_VERSION is bumped, so that every older version stays tested.
 */
const STORED_BY_VERSION: Record<number, Record<string, unknown>> = {
  // Before versioning: whatever an early build wrote.
  0: {
    favourites: [{ id: 'news-a', title: '资讯甲', savedAt: 1 }],
    history: [{ id: 'news-b', title: '资讯乙', readAt: 2 }],
  },
  // 1: favourites, follows, history, careMode.
  1: {
    favourites: [{ id: 'news-a', title: '资讯甲', savedAt: 1 }],
    follows: [{ id: 'pj-rev-elderly-canteens', title: '长者食堂', savedAt: 3 }],
    history: [{ id: 'news-b', title: '资讯乙', readAt: 2 }],
    careMode: true,
  },
  // 2: + careOffered.
  2: {
    favourites: [{ id: 'news-a', title: '资讯甲', savedAt: 1 }],
    follows: [{ id: 'pj-rev-elderly-canteens', title: '长者食堂', savedAt: 3 }],
    history: [{ id: 'news-b', title: '资讯乙', readAt: 2 }],
    careMode: true,
    careOffered: true,
  },
}

const launchAfter = (version: number) => {
  Taro.setStorageSync(PERSIST_KEY, JSON.stringify({ state: STORED_BY_VERSION[version], version }))
  return createAppStore().getState()
}

test('every released persisted version is covered by a fixture', () => {
  for (let v = 0; v <= PERSIST_VERSION; v++) expect(STORED_BY_VERSION[v]).toBeDefined()
})

test.each(Object.keys(STORED_BY_VERSION).map(Number))('an update from version %i keeps every saved item', (version) => {
  const before = STORED_BY_VERSION[version]
  const state = launchAfter(version)
  expect(state.favourites).toEqual(before.favourites)
  expect(state.history).toEqual(before.history)
  expect(state.follows).toEqual(before.follows ?? [])
  expect(state.careMode).toBe(before.careMode ?? false)
  // Rewritten in the current shape, under the current version, at the first change.
  createAppStore().getState().recordRead({ id: 'news-c', title: '资讯丙' })
  const stored = JSON.parse(peekStorage(PERSIST_KEY) as string) as { version: number }
  expect(stored.version).toBe(PERSIST_VERSION)
})

test('1 → 2: someone who already turned 关怀模式 on is not offered it again; others are, once', () => {
  expect(launchAfter(1).careOffered).toBe(true)
  Taro.setStorageSync(PERSIST_KEY, JSON.stringify({ state: { ...STORED_BY_VERSION[1], careMode: false }, version: 1 }))
  expect(createAppStore().getState().careOffered).toBe(false)
})

test('answering the first-launch offer is remembered, either way', () => {
  createAppStore().getState().answerCareOffer(false)
  const next = createAppStore().getState()
  expect(next.careOffered).toBe(true)
  expect(next.careMode).toBe(false)
})
