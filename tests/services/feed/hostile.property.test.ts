/**
 * @jest-environment node
 *
 * Hostile feeds, as a refresh or as a cache: whatever arrives, the app never throws, and what it
 * shows afterwards is either the good feed it had or a feed that passes every rule.
 */
import fc from 'fast-check'
import * as v from 'valibot'
import type { HttpResponse, Transport } from '@/services/feed/http'
import { loadFeed, replacementProblems } from '@/services/feed/load'
import { CACHE_KEY, fetchNewerFeed, loadCachedFeed } from '@/services/feed/refresh'
import { ITEM_SCHEMAS, MAX_FEED_VERSION, type Feed } from '@/services/feed/schema'
import Taro from '@tarojs/taro'
import validFeed from '../../fixtures/valid-feed.json'
import { pathsOf, type Json, type Path } from '../../helpers/json-paths'

/** About 3 s for both on an idle 2-core machine; the timeouts allow for a busy one. */
const RUNS = 1000

/** The good feed the app holds before the refresh. */
const current = loadFeed(validFeed).feed

/** Values that broke the app or slipped past its checks before (issue 18), and their neighbours. */
const HOSTILE_VALUES: Json[] = [
  1e300,
  202412011200,
  MAX_FEED_VERSION + 1,
  current.version + 1,
  -1,
  0,
  1.5,
  null,
  '2023-13-45',
  '2023-02-29',
  '2024-02-29',
  '2021/2016',
  '2023-09/01',
  '2023-01/09',
  '\u200b\u2060',
  '\ufeff',
  '标题\u202e',
  "$& $` $'",
  '字'.repeat(700),
  '',
  '   ',
  'rev-gpd-2023',
  [],
  {},
]
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(...HOSTILE_VALUES),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
)

const PATHS = pathsOf(validFeed).filter((p) => p.length > 0)
const SECTIONS = ['sources', 'figures', 'scorecards', 'news', 'projects', 'notes'] as const

type Edit =
  | { op: 'set'; path: Path; value: Json }
  | { op: 'delete'; path: Path }
  | { op: 'keep'; section: (typeof SECTIONS)[number]; count: number }
  | { op: 'rename'; section: (typeof SECTIONS)[number] }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...PATHS), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...PATHS) }),
  fc.record({ op: fc.constant('keep' as const), section: fc.constantFrom(...SECTIONS), count: fc.nat(3) }),
  fc.record({ op: fc.constant('rename' as const), section: fc.constantFrom(...SECTIONS) }),
)

function apply(edits: Edit[]): Record<string, unknown> {
  const feed = structuredClone({ ...validFeed, version: current.version + 1 }) as Record<string, unknown>
  for (const e of edits) {
    if (e.op === 'keep') {
      const items = feed[e.section]
      if (Array.isArray(items)) feed[e.section] = items.slice(0, e.count)
    } else if (e.op === 'rename') {
      const items = feed[e.section]
      if (Array.isArray(items)) for (const item of items) if (item && typeof item === 'object') item.id = `x${item.id}`
    } else {
      let parent: unknown = feed
      for (const key of e.path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | null)?.[key]
      if (!parent || typeof parent !== 'object') continue
      const key = e.path[e.path.length - 1]
      const target = parent as Record<string | number, unknown>
      if (e.op === 'set') target[key] = e.value
      else if (Array.isArray(target) && typeof key === 'number') target.splice(key, 1)
      else delete target[key]
    }
  }
  return feed
}

/** A feed's text as a server might send it: whole, with a BOM, cut off, or not JSON at all. */
const hostileText = fc
  .tuple(
    fc.array(edit, { maxLength: 4 }),
    fc.constantFrom('whole', 'bom', 'cut', 'html'),
    fc.double({ min: 0, max: 1 }),
  )
  .map(([edits, form, at]) => {
    const text = JSON.stringify(apply(edits))
    if (form === 'bom') return '\ufeff' + text
    if (form === 'cut') return text.slice(0, Math.floor(text.length * at))
    if (form === 'html') return `<html><body>${text}</body></html>`
    return text
  })

const response: fc.Arbitrary<HttpResponse> = fc.record({
  status: fc.constantFrom(200, 200, 200, 200, 304, 404, 500),
  body: hostileText,
  contentType: fc.constantFrom(undefined, 'application/json', 'application/json; charset=utf-8', 'text/html'),
})

/** True when `feed` passes every rule the app holds a new feed to, against `before`. */
function expectPassesTheRules(feed: Feed, text: string, before: Feed) {
  const reloaded = loadFeed(JSON.parse(text.replace(/^\ufeff/, '')))
  expect(reloaded.usedFallback).toBe(false)
  expect(reloaded.issues).toEqual([])
  expect(reloaded.feed).toEqual(feed)
  expect(feed.version).toBeGreaterThan(before.version)
  expect(feed.version).toBeLessThanOrEqual(MAX_FEED_VERSION)
  expect(replacementProblems(before, feed)).toEqual([])
  for (const name of SECTIONS) for (const item of feed[name]) expect(v.is(ITEM_SCHEMAS[name], item)).toBe(true)
}

describe('hostile feeds', () => {
  test('a refresh never throws, and leaves the good feed or one that passes the rules', async () => {
    const seen = { updated: 0, kept: 0 }
    await fc.assert(
      fc.asyncProperty(response, async (res) => {
        const transport: Transport = () => ({ response: Promise.resolve(res), abort: () => undefined })
        const outcome = await fetchNewerFeed('https://feed.example/feed.json', current, transport, 1000)
        const shown = outcome.status === 'updated' ? outcome.feed : current
        if (outcome.status === 'updated') {
          seen.updated++
          expectPassesTheRules(shown, outcome.text, current)
        } else {
          seen.kept++
          expect(outcome.message.length).toBeGreaterThan(0)
          expect('feed' in outcome).toBe(false)
        }
      }),
      { numRuns: RUNS },
    )
    // Both ways out were taken many times: the property is not vacuous. About 6% of the generated
    // responses are acceptable feeds (a mean near 57 of 1,000 runs, 49 seen once in CI), so the floor
    // sits five standard deviations below the mean: it catches a generator that never makes a good
    // feed without failing on an unlucky seed.
    expect(seen.updated).toBeGreaterThan(RUNS / 50)
    expect(seen.kept).toBeGreaterThan(RUNS / 2)
  }, 60_000)

  test('a cached value, whatever it is, never throws: the bundled feed is kept or the cache passes the rules', async () => {
    const stored = fc.oneof(hostileText, fc.jsonValue({ maxDepth: 2 }))
    await fc.assert(
      fc.asyncProperty(stored, async (value) => {
        Taro.setStorageSync(CACHE_KEY, value)
        const cached = await loadCachedFeed(current)
        if (cached) expectPassesTheRules(cached, value as string, current)
      }),
      { numRuns: RUNS },
    )
  }, 60_000)
})
