import * as v from 'valibot'
import { EMPTY_FEED } from './empty-feed'
import { FeedHeaderSchema, ITEM_SCHEMAS, type Feed } from './schema'
import { nextTask } from '../../utils/next-task'

export type FeedIssue = { path: string; message: string }

export type LoadResult = {
  feed: Feed
  issues: FeedIssue[]
  /** True when the input was unusable as a whole and `fallback` was returned instead. */
  usedFallback: boolean
}

type SectionName = keyof typeof ITEM_SCHEMAS
const SECTIONS = Object.keys(ITEM_SCHEMAS) as SectionName[]

function issuePath(prefix: string, issue: v.BaseIssue<unknown>): string {
  const dot = v.getDotPath(issue)
  return dot ? `${prefix}.${dot}` : prefix
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

/**
 * Validates a feed once. An invalid item is skipped and reported with its JSON path; a feed
 * whose header is invalid (or that is not an object) is rejected as a whole and `fallback` is
 * returned, so the app never shows a blank page. Never throws.
 */
export function loadFeed(raw: unknown, fallback: Feed = EMPTY_FEED): LoadResult {
  const steps = validate(raw, fallback)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * loadFeed in tasks of about `sliceMs` each: the same result, but the browser can paint and answer
 * input in between (the bundled feed's validation was one task of about 60 ms at 4× CPU).
 */
export async function loadFeedInSlices(
  raw: unknown,
  fallback: Feed = EMPTY_FEED,
  { sliceMs = 8, now = () => Date.now() }: { sliceMs?: number; now?: () => number } = {},
): Promise<LoadResult> {
  const steps = validate(raw, fallback)
  let sliceStart = now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (now() - sliceStart < sliceMs) continue
    await nextTask()
    sliceStart = now()
  }
}

/** The validation behind both: yields after each item, where it may pause. */
function* validate(raw: unknown, fallback: Feed): Generator<void, LoadResult, void> {
  const issues: FeedIssue[] = []
  if (!isRecord(raw)) {
    return { feed: fallback, issues: [{ path: '$', message: '数据不是 JSON 对象' }], usedFallback: true }
  }
  const header = v.safeParse(FeedHeaderSchema, raw)
  if (!header.success) {
    for (const issue of header.issues) issues.push({ path: issuePath('$', issue), message: issue.message })
    return { feed: fallback, issues, usedFallback: true }
  }

  const sections = {} as { [K in SectionName]: unknown[] }
  for (const name of SECTIONS) {
    const items = raw[name]
    const parsed: unknown[] = []
    sections[name] = parsed
    if (!Array.isArray(items)) {
      if (items !== undefined) issues.push({ path: `$.${name}`, message: '应为数组' })
      continue
    }
    const seen = new Set<string>()
    for (let i = 0; i < items.length; i++) {
      yield
      const path = `$.${name}[${i}]`
      const result = v.safeParse(ITEM_SCHEMAS[name], items[i])
      if (!result.success) {
        for (const issue of result.issues) issues.push({ path: issuePath(path, issue), message: issue.message })
        continue
      }
      const id = (result.output as { id: string }).id
      if (seen.has(id)) {
        issues.push({ path: `${path}.id`, message: `重复的 id：${id}` })
        continue
      }
      seen.add(id)
      parsed.push(result.output)
    }
  }

  const feed = { ...header.output, ...sections } as Feed
  return { feed: dropDanglingReferences(feed, issues), issues, usedFallback: false }
}

/** Removes items that point at a source, figure or project the feed does not hold. */
function dropDanglingReferences(feed: Feed, issues: FeedIssue[]): Feed {
  const sourceIds = new Set(feed.sources.map((s) => s.id))
  const report = (section: string, id: string, message: string) =>
    issues.push({ path: `$.${section}[id=${id}]`, message })

  const figures = feed.figures.filter((f) => {
    if (sourceIds.has(f.sourceId)) return true
    report('figures', f.id, `未知来源：${f.sourceId}`)
    return false
  })
  const figureIds = new Set(figures.map((f) => f.id))
  const knownFigures = (ids: string[]) => ids.filter((id) => figureIds.has(id))

  const projects = feed.projects
    .filter((p) => {
      if (sourceIds.has(p.sourceId)) return true
      report('projects', p.id, `未知来源：${p.sourceId}`)
      return false
    })
    .map((p) => ({ ...p, figureIds: knownFigures(p.figureIds) }))
  const projectIds = new Set(projects.map((p) => p.id))

  const news = feed.news
    .filter((n) => {
      const missing = n.sourceIds.find((id) => !sourceIds.has(id))
      if (missing) report('news', n.id, `未知来源：${missing}`)
      else if (!figureIds.has(n.coverFigureId)) report('news', n.id, `封面数字不存在：${n.coverFigureId}`)
      else return true
      return false
    })
    .map((n) => ({
      ...n,
      sections: n.sections.map((s) => ({ ...s, figureIds: knownFigures(s.figureIds) })),
      projectIds: n.projectIds.filter((id) => projectIds.has(id)),
    }))

  const scorecards = feed.scorecards
    .filter((s) => {
      if (sourceIds.has(s.sourceId)) return true
      report('scorecards', s.id, `未知来源：${s.sourceId}`)
      return false
    })
    .map((s) => ({ ...s, figureIds: knownFigures(s.figureIds) }))

  // Like news, a note must cite only known sources; keeping it with none would break its schema.
  const notes = feed.notes
    .filter((n) => {
      const missing = n.sourceIds.find((id) => !sourceIds.has(id))
      if (!missing) return true
      report('notes', n.id, `未知来源：${missing}`)
      return false
    })
    .map((n) => ({ ...n, figureIds: knownFigures(n.figureIds) }))

  return { ...feed, figures, projects, news, scorecards, notes }
}
