/** @jest-environment node */
import Taro from '@tarojs/taro'
import { createAppStore } from '@/store'
import { PERSIST_KEY } from '@/store/persisted'
import { peekStorage } from '../mocks/taro'

const saved = (id: string, savedAt = 1) => ({ id, title: `标题 ${id}`, savedAt })
const seedText = (text: string) => Taro.setStorageSync(PERSIST_KEY, text)
const seed = (state: unknown, version = 2) => seedText(JSON.stringify({ state, version }))
const failOnce = (fn: typeof Taro.getStorageSync | typeof Taro.setStorageSync, message: string) =>
  jest.mocked(fn).mockImplementationOnce(() => {
    throw new Error(message)
  })

test('a storage read that fails at launch never leads to a write over the saved data', async () => {
  seed({ favourites: [saved('a')], follows: [], history: [], careMode: true, careOffered: true })
  const before = peekStorage(PERSIST_KEY)
  failOnce(Taro.getStorageSync, 'getStorageSync:fail')
  const store = createAppStore()
  await store.getState().openFeed()
  expect(peekStorage(PERSIST_KEY)).toBe(before)
})

test('a favourite that cannot be written is not shown as saved', () => {
  const store = createAppStore()
  failOnce(Taro.setStorageSync, 'setStorageSync:fail exceed storage max size 10Mb')
  store.getState().toggleFavourite({ id: 'a', title: '甲' })
  expect(store.getState().favourites).toEqual([])
})

test('a value stored by a newer version keeps its version and its unknown fields', () => {
  seed({ favourites: [{ ...saved('a'), note: '新版本的备注' }], follows: [], history: [], themeColour: 'blue' }, 3)
  const store = createAppStore()
  store.getState().toggleFavourite({ id: 'b', title: '乙' })
  const stored = JSON.parse(peekStorage(PERSIST_KEY) as string)
  expect(stored.version).toBe(3)
  expect(stored.state.themeColour).toBe('blue')
  expect(stored.state.favourites).toContainEqual({ ...saved('a'), note: '新版本的备注' })
})

test('an entry with a bad time is kept', () => {
  seed({ favourites: [saved('a'), { id: 'b', title: '乙', savedAt: '2024-01-01' }, { id: 'c', title: '丙' }] })
  expect(
    createAppStore()
      .getState()
      .favourites.map((f) => f.id),
  ).toEqual(['a', 'b', 'c'])
})

test('a second corrupted value does not overwrite the copy of the first', () => {
  seedText('{"state":{"favourites":[1')
  createAppStore().getState().toggleFavourite({ id: 'x', title: '新' })
  seedText('{"state":{"favourites":[2')
  createAppStore()
  const copies = (Taro.getStorageInfoSync().keys as string[]).filter((k) => k.startsWith(`${PERSIST_KEY}:corrupt`))
  const values = copies.map((k) => peekStorage(k))
  expect(values).toEqual(expect.arrayContaining(['{"state":{"favourites":[1', '{"state":{"favourites":[2']))
})
