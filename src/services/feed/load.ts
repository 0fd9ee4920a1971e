import * as v from 'valibot'
import { EMPTY_FEED } from './empty-feed'
import { isOversized, parseFeedText, withoutBom } from './feed-text'
import { TOO_LARGE } from './http'
import { replacementProblems } from './replacement'
import { FeedHeaderSchema, ITEM_SCHEMAS, type Feed } from './schema'
import { nextTask } from '@/utils/next-task'

import type { FeedIssue } from './replacement'
export type { FeedIssue }

// Part of the loader's bundle (weapp: package-data/feed-loader.js), loaded only to judge a refresh.
export { replacementProblems }

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
  const at = {} as Positions
  for (const name of SECTIONS) {
    const items = raw[name]
    const parsed: unknown[] = []
    sections[name] = parsed
    at[name] = []
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
      at[name].push(i)
    }
  }

  const feed = { ...header.output, ...sections } as Feed
  return { feed: dropDanglingReferences(feed, at, issues), issues, usedFallback: false }
}

/** Where each kept item stood in the input, so that a problem found later names its JSON path. */
type Positions = { [K in SectionName]: number[] }

/**
 * Removes items that point at a source, figure or project the feed does not hold, and unknown ids
 * from the lists of the items it keeps. Each is reported with its path: a misspelled id in a
 * scorecard would otherwise leave it without figures and nobody told.
 */
function dropDanglingReferences(feed: Feed, at: Positions, issues: FeedIssue[]): Feed {
  const report = (path: string, message: string) => issues.push({ path, message })
  const sourceIds = new Set(feed.sources.map((s) => s.id))
  /** The ids of `ids` found in `known`; each other one is reported at `path[j]`. */
  const keepKnown = (ids: string[], known: Set<string>, path: string, what: string) =>
    ids.filter((id, j) => known.has(id) || (report(`${path}[${j}]`, `${what}不存在：${id}`), false))
  /** True when every id of `ids` is a source; the first unknown one is reported. */
  const knownSources = (ids: string[], path: string) => {
    const j = ids.findIndex((id) => !sourceIds.has(id))
    if (j >= 0) report(`${path}[${j}]`, `未知来源：${ids[j]}`)
    return j < 0
  }
  const knownSource = (id: string, path: string) => sourceIds.has(id) || (report(path, `未知来源：${id}`), false)

  const figures = feed.figures.filter((f, i) => knownSource(f.sourceId, `$.figures[${at.figures[i]}].sourceId`))
  const figureIds = new Set(figures.map((f) => f.id))

  const projects = feed.projects.flatMap((p, i) => {
    const path = `$.projects[${at.projects[i]}]`
    if (!knownSource(p.sourceId, `${path}.sourceId`)) return []
    return [{ ...p, figureIds: keepKnown(p.figureIds, figureIds, `${path}.figureIds`, '数字') }]
  })
  const projectIds = new Set(projects.map((p) => p.id))

  const news = feed.news.flatMap((n, i) => {
    const path = `$.news[${at.news[i]}]`
    if (!knownSources(n.sourceIds, `${path}.sourceIds`)) return []
    if (!figureIds.has(n.coverFigureId)) {
      report(`${path}.coverFigureId`, `封面数字不存在：${n.coverFigureId}`)
      return []
    }
    const sections = n.sections.map((s, k) => ({
      ...s,
      figureIds: keepKnown(s.figureIds, figureIds, `${path}.sections[${k}].figureIds`, '数字'),
    }))
    return [{ ...n, sections, projectIds: keepKnown(n.projectIds, projectIds, `${path}.projectIds`, '项目') }]
  })

  const scorecards = feed.scorecards.flatMap((s, i) => {
    const path = `$.scorecards[${at.scorecards[i]}]`
    if (!knownSource(s.sourceId, `${path}.sourceId`)) return []
    return [{ ...s, figureIds: keepKnown(s.figureIds, figureIds, `${path}.figureIds`, '数字') }]
  })

  // Like news, a note must cite only known sources; keeping it with none would break its schema.
  const notes = feed.notes.flatMap((n, i) => {
    const path = `$.notes[${at.notes[i]}]`
    if (!knownSources(n.sourceIds, `${path}.sourceIds`)) return []
    return [{ ...n, figureIds: keepKnown(n.figureIds, figureIds, `${path}.figureIds`, '数字') }]
  })

  return { ...feed, figures, projects, news, scorecards, notes }
}

/** What a feed text is worth against the current feed. */
export type Verdict =
  { kind: 'newer'; feed: Feed; text: string } | { kind: 'same' } | { kind: 'refused'; reason: string }

/**
 * Judges a feed text with the app's one set of rules, in short tasks: within the size limit,
 * JSON (a UTF-8 BOM is allowed), valid with no problem at all (a partly broken remote feed never
 * replaces a complete one), newer than `current`, and keeping most of what it holds
 * (replacement.ts). Never throws. Part of the loader, so that
 * none of it is in the entry code (weapp: the main package).
 */
export async function judgeFeedText(text: string, current: Feed): Promise<Verdict> {
  if (isOversized(text)) return { kind: 'refused', reason: TOO_LARGE }
  const parsed = parseFeedText(text)
  if (!parsed) return { kind: 'refused', reason: '数据不完整或不是 JSON' }
  const { feed, issues, usedFallback } = await loadFeedInSlices(parsed.raw)
  if (usedFallback || issues.length > 0) {
    const first = issues[0]
    const where = first ? `，如 ${first.path}：${first.message}` : ''
    return { kind: 'refused', reason: `数据校验未通过（${issues.length} 处问题${where}）` }
  }
  if (feed.version <= current.version) return { kind: 'same' }
  const problems = replacementProblems(current, feed)
  if (problems.length > 0) return { kind: 'refused', reason: problems.map((p) => p.message).join('；') }
  return { kind: 'newer', feed, text: withoutBom(text) }
}
