/**
 * What `npm run preview:weapp` draws: every page of the mini program, each with a query that opens a
 * real item of mock/feed.json, in WeChat's light and dark theme and in 关怀模式.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PERSIST_KEY, PERSIST_VERSION, sanitizePersisted } from '../../src/store/persisted'
import { TOPICS } from '../../src/services/feed/vocabulary'

export type PreviewMode = 'light' | 'dark' | 'care'
export const PREVIEW_MODES: readonly PreviewMode[] = ['light', 'dark', 'care']

/** What a reader does before the picture: tap the element showing a text, or type into an input. */
export type PreviewAction = { tap: RegExp } | { type: string; into: RegExp }

export type PreviewPage = {
  /** File name stem of its pictures: `<name>-<mode>.png`. */
  name: string
  route: string
  query?: Record<string, string>
  actions?: PreviewAction[]
  /** Modes to draw; default all. */
  modes?: readonly PreviewMode[]
}

type FeedIds = {
  news: { id: string }[]
  projects: { id: string; title: string }[]
  scorecards: { id: string }[]
}

const FEED_FILE = path.resolve(__dirname, '..', '..', 'mock', 'feed.json')

/**
 * The pages with their queries (the first story, the 长者食堂 project, the first topic, the first
 * scorecard's poster), then two pages as a reader leaves them: 成绩单 with every card unfolded and
 * 民生实事 searched for 长者食堂 (neither is on the first screen).
 */
export function previewPages(feedFile = FEED_FILE): PreviewPage[] {
  const feed = JSON.parse(readFileSync(feedFile, 'utf8')) as FeedIds
  const project = feed.projects.find((p) => p.title.includes('长者食堂')) ?? feed.projects[0]
  return [
    { name: 'home', route: 'pages/index/index' },
    { name: 'scorecards', route: 'pages/scorecards/index' },
    { name: 'projects', route: 'pages/projects/index' },
    { name: 'mine', route: 'pages/mine/index' },
    { name: 'news-detail', route: 'package-data/pages/news-detail/index', query: { id: feed.news[0].id } },
    { name: 'project-detail', route: 'package-data/pages/project-detail/index', query: { id: project.id } },
    { name: 'topic', route: 'package-charts/pages/topic/index', query: { topic: TOPICS[0] } },
    { name: 'project-stats', route: 'package-charts/pages/project-stats/index' },
    {
      name: 'poster',
      route: 'package-share/pages/poster/index',
      query: { kind: 'scorecard', id: feed.scorecards[0].id },
    },
    {
      name: 'scorecards-unfolded',
      route: 'pages/scorecards/index',
      actions: [{ tap: /^展开其余\d+张/ }],
      modes: ['light'],
    },
    {
      name: 'projects-search',
      route: 'pages/projects/index',
      actions: [{ type: '长者食堂', into: /^搜索/ }],
      modes: ['light'],
    },
  ]
}

/** The harness storage a mode launches with: 关怀模式 is saved in the app's persisted store (src/store). */
export function storageFor(mode: PreviewMode): Record<string, string> {
  if (mode !== 'care') return {}
  const state = { ...sanitizePersisted({}), careMode: true, careOffered: true }
  return { [PERSIST_KEY]: JSON.stringify({ state, version: PERSIST_VERSION }) }
}

/**
 * Copy of the app's error and unfinished states (src/components/page-shell/with-feed.tsx,
 * src/components/not-found, the weapp poster maker): none of it may show on a previewed page.
 */
export const ERROR_COPY = ['数据没有载入', '没有找到这条', '海报没能生成', '正在生成海报']
/** The class of the skeleton shown while the feed loads (with-feed.tsx); it has no visible text. */
export const LOADING_CLASS = 'feed-loading'
