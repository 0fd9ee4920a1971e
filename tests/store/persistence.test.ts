/** @jest-environment node */
import Taro from '@tarojs/taro'
import { createAppStore } from '@/store'
import { PERSIST_KEY, PERSIST_VERSION } from '@/store/persisted'
import { peekStorage } from '../mocks/taro'

const saved = (id: string, savedAt = 1) => ({ id, title: `标题 ${id}`, savedAt })
const read = (id: string, readAt = 1) => ({ id, title: `标题 ${id}`, readAt })

/** Writes what an earlier launch of the app would have left in storage. */
function seed(state: unknown, version: number = PERSIST_VERSION) {
  Taro.setStorageSync(PERSIST_KEY, JSON.stringify({ state, version }))
}

/** Keys of the copies of corrupt values, oldest first. */
const corruptCopies = () =>
  (Taro.getStorageInfoSync().keys as string[]).filter((k) => k.startsWith(`${PERSIST_KEY}:corrupt:`)).sort()

const stored = () =>
  JSON.parse(peekStorage(PERSIST_KEY) as string) as { state: Record<string, unknown>; version: number }

describe('favourites', () => {
  test('toggling adds a favourite, newest first, and toggling again removes it', () => {
    const store = createAppStore()
    store.getState().toggleFavourite({ id: 'a', title: '甲' })
    store.getState().toggleFavourite({ id: 'b', title: '乙' })
    expect(store.getState().favourites.map((f) => f.id)).toEqual(['b', 'a'])
    store.getState().toggleFavourite({ id: 'a', title: '甲' })
    expect(store.getState().favourites.map((f) => f.id)).toEqual(['b'])
  })

  test('a favourite is still there after the app restarts', () => {
    createAppStore().getState().toggleFavourite({ id: 'news-1', title: '一条资讯' })
    const relaunched = createAppStore()
    expect(relaunched.getState().favourites).toEqual([{ id: 'news-1', title: '一条资讯', savedAt: expect.any(Number) }])
  })

  test('only user data is saved, under the versioned key, not the feed', () => {
    createAppStore().getState().toggleFavourite({ id: 'news-1', title: '一条资讯' })
    const { state, version } = stored()
    expect(version).toBe(PERSIST_VERSION)
    expect(Object.keys(state).sort()).toEqual(['careMode', 'careOffered', 'favourites', 'follows', 'history'])
  })
})

describe('hydration from storage', () => {
  test('a new store starts from what storage holds', async () => {
    seed({ favourites: [saved('a')], follows: [saved('p')], history: [read('h')], careMode: true })
    const store = createAppStore()
    await store.getState().openFeed()
    const s = store.getState()
    expect(s.favourites).toEqual([saved('a')])
    expect(s.follows).toEqual([saved('p')])
    expect(s.history).toEqual([read('h')])
    expect(s.careMode).toBe(true)
    expect(s.feed.news.length).toBeGreaterThan(0)
  })

  test('an empty storage gives the defaults', () => {
    const s = createAppStore().getState()
    expect(s.favourites).toEqual([])
    expect(s.history).toEqual([])
    expect(s.careMode).toBe(false)
  })

  test('corrupted JSON does not crash, leaves the defaults and is moved aside to <key>:corrupt:<time>', () => {
    Taro.setStorageSync(PERSIST_KEY, '{"state":{"favourites":[')
    const store = createAppStore()
    expect(store.getState().favourites).toEqual([])
    expect(store.getState().careMode).toBe(false)
    const copies = corruptCopies()
    expect(copies).toHaveLength(1)
    expect(copies[0]).toMatch(new RegExp(`^${PERSIST_KEY}:corrupt:\\d{4}-\\d\\d-\\d\\dT`))
    expect(peekStorage(copies[0])).toBe('{"state":{"favourites":[')
    expect(peekStorage(PERSIST_KEY)).toBeUndefined()

    store.getState().toggleFavourite({ id: 'a', title: '甲' })
    expect(stored().state.favourites).toEqual([expect.objectContaining({ id: 'a' })])
  })

  test('corrupted JSON stays where it is, and nothing is written over it, when no copy can be written', () => {
    Taro.setStorageSync(PERSIST_KEY, 'not json')
    const write = jest.mocked(Taro.setStorageSync).getMockImplementation()!
    jest.mocked(Taro.setStorageSync).mockImplementation((key, data) => {
      if (key.includes(':corrupt')) throw new Error('setStorageSync:fail exceed storage max size 10Mb')
      write(key, data)
    })
    const store = createAppStore()
    expect(store.getState().favourites).toEqual([])
    expect(store.getState().storageStatus).toBe('read-only')
    expect(store.getState().toggleFavourite({ id: 'a', title: '甲' })).toEqual({
      saved: false,
      message: '收藏未保存：存储暂时无法读取',
    })
    expect(store.getState().favourites).toEqual([])
    expect(peekStorage(PERSIST_KEY)).toBe('not json')
    jest.mocked(Taro.setStorageSync).mockImplementation(write)
  })

  test('a field of the wrong type is reset and the other fields are kept', () => {
    seed({ favourites: 'x', follows: [saved('p')], history: [read('h')], careMode: true })
    const s = createAppStore().getState()
    expect(s.favourites).toEqual([])
    expect(s.follows).toEqual([saved('p')])
    expect(s.history).toEqual([read('h')])
    expect(s.careMode).toBe(true)
  })

  test('an entry without an id is dropped, one with a broken title or time kept, and the original kept aside', () => {
    const original = {
      favourites: [saved('a'), { id: 'b', title: 7, savedAt: 1 }, null, saved('c')],
      history: [read('h'), { id: 'broken' }],
      careMode: 'yes',
    }
    seed(original)
    const s = createAppStore().getState()
    expect(s.favourites).toEqual([saved('a'), { id: 'b', title: '', savedAt: 1 }, saved('c')])
    expect(s.history).toEqual([read('h'), { id: 'broken', title: '', readAt: 0 }])
    expect(s.careMode).toBe(false)
    expect(corruptCopies().map((k) => JSON.parse(peekStorage(k) as string).state)).toEqual([original])
  })

  test('the app holds the fields of an entry it knows, and storage keeps the others', () => {
    seed({
      favourites: [
        { ...saved('a'), note: 'stray' },
        { ...saved('b'), savedAt: '2024-01-01' },
      ],
      history: [{ ...read('h'), extra: { deep: true } }],
    })
    const store = createAppStore()
    const s = store.getState()
    expect(s.favourites).toEqual([saved('a'), saved('b', Date.parse('2024-01-01'))])
    expect(s.history).toEqual([read('h')])
    store.getState().toggleFollow({ id: 'p', title: '项目' })
    expect(stored().state.favourites).toEqual([{ ...saved('a'), note: 'stray' }, saved('b', Date.parse('2024-01-01'))])
    expect(stored().state.history).toEqual([{ ...read('h'), extra: { deep: true } }])
  })

  test.each([null, 'text', 42, []])('a stored state of %p gives the defaults', (state) => {
    seed(state)
    expect(createAppStore().getState().favourites).toEqual([])
  })

  test('data saved by an unknown older version keeps its saved items and is rewritten in the current shape at the next change', () => {
    seed({ favourites: [saved('a'), saved('b')], history: [read('h')], fontScale: 1.2 }, 0)
    const store = createAppStore()
    const s = store.getState()
    expect(s.favourites.map((f) => f.id)).toEqual(['a', 'b'])
    expect(s.history.map((h) => h.id)).toEqual(['h'])
    expect(s.follows).toEqual([])
    expect(stored().version).toBe(0)
    store.getState().setCareMode(true)
    const after = stored()
    expect(after.version).toBe(PERSIST_VERSION)
    expect(after.state.fontScale).toBe(1.2)
    expect(after.state.favourites).toEqual([saved('a'), saved('b')])
  })

  test('a storage that cannot be read gives the defaults instead of a crash', () => {
    jest.mocked(Taro.getStorageSync).mockImplementationOnce(() => {
      throw new Error('getStorageSync:fail')
    })
    expect(createAppStore().getState().favourites).toEqual([])
  })

  test('a full storage: the favourite is not shown as saved, and the user is told why', () => {
    const store = createAppStore()
    jest.mocked(Taro.setStorageSync).mockImplementationOnce(() => {
      throw new Error('setStorageSync:fail exceed storage max size 10Mb')
    })
    expect(store.getState().toggleFavourite({ id: 'a', title: '甲' })).toEqual({
      saved: false,
      message: '收藏未保存：存储空间已满',
    })
    expect(store.getState().favourites).toEqual([])
    expect(store.getState().storageStatus).toBe('write-failed')
    // Space freed: the next try saves, and the status says so.
    expect(store.getState().toggleFavourite({ id: 'a', title: '甲' })).toEqual({ saved: true })
    expect(store.getState().storageStatus).toBe('ok')
    expect(
      createAppStore()
        .getState()
        .favourites.map((f) => f.id),
    ).toEqual(['a'])
  })
})

describe('reading history', () => {
  test('lists what was read, newest first, each item once', () => {
    const store = createAppStore()
    const { recordRead } = store.getState()
    recordRead({ id: 'a', title: '甲' })
    recordRead({ id: 'b', title: '乙' })
    recordRead({ id: 'a', title: '甲' })
    expect(store.getState().history.map((h) => h.id)).toEqual(['a', 'b'])
  })

  test('keeps only the newest 50 items', () => {
    const store = createAppStore()
    for (let i = 1; i <= 60; i += 1) store.getState().recordRead({ id: `n${i}`, title: `第${i}条` })
    const history = store.getState().history
    expect(history).toHaveLength(50)
    expect(history[0].id).toBe('n60')
    expect(history[49].id).toBe('n11')
  })

  test('clearing the history empties it and the cleared history stays cleared after a restart', () => {
    const store = createAppStore()
    store.getState().recordRead({ id: 'a', title: '甲' })
    store.getState().clearHistory()
    expect(store.getState().history).toEqual([])
    expect(createAppStore().getState().history).toEqual([])
  })
})

describe('preferences', () => {
  test('关怀模式 is remembered across launches', () => {
    createAppStore().getState().setCareMode(true)
    expect(createAppStore().getState().careMode).toBe(true)
  })
})
