/**
 * The H5 storage backend over jsdom's localStorage: Taro's H5 getStorageSync reads a failed read,
 * a value it cannot parse and an absent key all as '', so the store reads localStorage itself.
 */
import { createAppStore } from '@/store'
import { PERSIST_KEY } from '@/store/persisted'
import { storageBackend } from '@/store/storage-backend.h5'

const envelope = (state: unknown, version = 2) => JSON.stringify({ data: JSON.stringify({ state, version }) })
const saved = (id: string) => ({ id, title: `标题 ${id}`, savedAt: 1 })
const storedState = () => JSON.parse(JSON.parse(localStorage.getItem(PERSIST_KEY)!).data).state

beforeEach(() => localStorage.clear())
afterEach(() => jest.restoreAllMocks())

test('tells an absent key from a read that failed', () => {
  expect(storageBackend.read('nothing')).toEqual({ kind: 'absent' })
  jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })
  expect(storageBackend.read('nothing')).toMatchObject({ kind: 'failed' })
})

test('reads and writes values in the envelope Taro uses, so earlier saves read the same', () => {
  localStorage.setItem(PERSIST_KEY, envelope({ favourites: [saved('a')] }))
  const store = createAppStore(storageBackend)
  expect(store.getState().favourites).toEqual([saved('a')])
  store.getState().toggleFavourite({ id: 'b', title: '乙' })
  expect(storedState().favourites.map((f: { id: string }) => f.id)).toEqual(['b', 'a'])
})

test('a launch whose read fails writes nothing and says saving is off', () => {
  localStorage.setItem(PERSIST_KEY, envelope({ favourites: [saved('a')] }))
  const before = localStorage.getItem(PERSIST_KEY)
  const getItem = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })
  const store = createAppStore(storageBackend)
  expect(store.getState().storageStatus).toBe('read-only')
  expect(store.getState().toggleFavourite({ id: 'b', title: '乙' }).saved).toBe(false)
  store.getState().recordRead({ id: 'b', title: '乙' })
  getItem.mockRestore()
  expect(localStorage.getItem(PERSIST_KEY)).toBe(before)
})

test('a value that is not Taro’s envelope is kept aside with its time, and a second one beside it', () => {
  localStorage.setItem(PERSIST_KEY, '{"data":"{\\"state\\":')
  createAppStore(storageBackend).getState().toggleFavourite({ id: 'x', title: '新' })
  localStorage.setItem(PERSIST_KEY, 'garbage')
  createAppStore(storageBackend)
  const copies = Object.keys(localStorage)
    .filter((k) => k.startsWith(`${PERSIST_KEY}:corrupt:`))
    .sort()
  expect(copies.map((k) => localStorage.getItem(k))).toEqual(['{"data":"{\\"state\\":', 'garbage'])
  for (const k of copies)
    expect(
      Number.isNaN(Date.parse(k.slice(`${PERSIST_KEY}:corrupt:`.length, `${PERSIST_KEY}:corrupt:`.length + 24))),
    ).toBe(false)
})

test('two tabs: a favourite saved in one is not overwritten by the other, which shows it', () => {
  const tabA = createAppStore(storageBackend)
  const tabB = createAppStore(storageBackend)
  tabA.getState().toggleFavourite({ id: 'a', title: '甲' })
  // Tab B has not heard of it yet (the storage event comes later) and saves its own.
  tabB.getState().toggleFavourite({ id: 'b', title: '乙' })
  expect(storedState().favourites.map((f: { id: string }) => f.id)).toEqual(['b', 'a'])
  expect(tabB.getState().favourites.map((f) => f.id)).toEqual(['b', 'a'])
  // The event reaches tab A, which takes what tab B stored.
  window.dispatchEvent(new StorageEvent('storage', { key: PERSIST_KEY }))
  expect(tabA.getState().favourites.map((f) => f.id)).toEqual(['b', 'a'])
})
