/** @jest-environment node */
import fc from 'fast-check'
import * as v from 'valibot'
import { loadFeed, type LoadResult } from '@/services/feed/load'
import { ITEM_SCHEMAS, type Feed } from '@/services/feed/schema'
import validFeed from '../../fixtures/valid-feed.json'
import { pathsOf, type Json, type Path } from '../../helpers/json-paths'

const RUNS = 1000

/** What must hold for any input: the loader answers, and what it keeps is valid and self-consistent. */
function expectUsable(result: LoadResult, fallback: Feed) {
  expect(Array.isArray(result.issues)).toBe(true)
  for (const issue of result.issues) expect(issue.path.startsWith('$')).toBe(true)
  if (result.usedFallback) {
    expect(result.feed).toBe(fallback)
    expect(result.issues.length).toBeGreaterThan(0)
    return
  }
  const { feed } = result
  for (const [name, schema] of Object.entries(ITEM_SCHEMAS)) {
    const items = feed[name as keyof typeof ITEM_SCHEMAS] as { id: string }[]
    expect(Array.isArray(items)).toBe(true)
    for (const item of items) expect(v.is(schema, item)).toBe(true)
    expect(new Set(items.map((x) => x.id)).size).toBe(items.length)
  }
  const sources = new Set(feed.sources.map((s) => s.id))
  const figures = new Set(feed.figures.map((f) => f.id))
  for (const f of feed.figures) expect(sources).toContain(f.sourceId)
  for (const n of feed.news) {
    expect(figures).toContain(n.coverFigureId)
    for (const s of n.sourceIds) expect(sources).toContain(s)
    for (const s of n.sections) for (const f of s.figureIds) expect(figures).toContain(f)
  }
  for (const p of feed.projects) for (const f of p.figureIds) expect(figures).toContain(f)
  for (const s of feed.scorecards) for (const f of s.figureIds) expect(figures).toContain(f)
}

const PATHS = pathsOf(validFeed).filter((p) => p.length > 0)

type Mutation = { path: Path; op: 'replace' | 'delete' | 'duplicate'; value: Json }

function mutate(feed: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(feed) as Record<string | number, unknown>
  for (const { path, op, value } of mutations) {
    let parent: unknown = copy
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | null)?.[key]
    if (!parent || typeof parent !== 'object') continue
    const key = path[path.length - 1]
    const target = parent as Record<string | number, unknown>
    if (op === 'replace') target[key] = value
    else if (op === 'delete') {
      if (Array.isArray(target) && typeof key === 'number') target.splice(key, 1)
      else delete target[key]
    } else if (Array.isArray(target) && typeof key === 'number') target.push(structuredClone(target[key]))
    else target[key] = [target[key]]
  }
  return copy
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...PATHS),
  op: fc.constantFrom('replace', 'delete', 'duplicate'),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
})

const fallback = loadFeed(validFeed).feed

describe('the feed loader, whatever it is given', () => {
  test('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        expectUsable(loadFeed(raw, fallback), fallback)
      }),
      { numRuns: RUNS },
    )
  })

  test('never throws when the header is valid and the sections are arbitrary JSON', () => {
    const header = { schemaVersion: 1, version: 1, dataAsOf: '2024', title: '随机' }
    const sections = fc.record(
      {
        sources: fc.jsonValue({ maxDepth: 3 }),
        figures: fc.jsonValue({ maxDepth: 3 }),
        scorecards: fc.jsonValue({ maxDepth: 3 }),
        news: fc.jsonValue({ maxDepth: 3 }),
        projects: fc.jsonValue({ maxDepth: 3 }),
        notes: fc.jsonValue({ maxDepth: 3 }),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(sections, (s) => {
        expectUsable(loadFeed({ ...header, ...s }, fallback), fallback)
      }),
      { numRuns: RUNS },
    )
  })

  test('never throws on mutated copies of a valid feed, and keeps only valid, consistent items', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        expectUsable(loadFeed(mutate(validFeed, mutations), fallback), fallback)
      }),
      { numRuns: RUNS },
    )
  })

  test('reports every item it drops from a mutated valid feed', () => {
    const counted = ['sources', 'figures', 'scorecards', 'news', 'projects', 'notes'] as const
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const raw = mutate(validFeed, mutations) as Record<string, unknown>
        const result = loadFeed(raw, fallback)
        if (result.usedFallback) return
        const given = counted.reduce((n, s) => n + (Array.isArray(raw[s]) ? (raw[s] as unknown[]).length : 0), 0)
        const kept = counted.reduce((n, s) => n + result.feed[s].length, 0)
        const droppedItems = new Set(
          result.issues.map((i) => /^\$\.\w+(\[[^\]]+\])?/.exec(i.path)?.[0]).filter((p) => p && p.includes('[')),
        )
        expect(droppedItems.size).toBeGreaterThanOrEqual(given - kept)
      }),
      { numRuns: RUNS },
    )
  })
})
