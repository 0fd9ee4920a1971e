/**
 * Every page of the app and the links that open them, in one place. The paths are the ones
 * src/app.config.ts lists, with a leading "/" (tests/domain/routes.test.ts holds them together).
 * A query carries only ids, each encoded so that a shared link survives any id.
 */
export const PAGES = {
  /** The tabs (main package): Taro.switchTab opens them, reLaunch when a query must go along. */
  news: '/pages/index/index',
  scorecards: '/pages/scorecards/index',
  projects: '/pages/projects/index',
  mine: '/pages/mine/index',
  notFound: '/pages/not-found/index',
  /** The detail pages, in `package-data` with the feed, so the main package stays small. */
  newsDetail: '/package-data/pages/news-detail/index',
  projectDetail: '/package-data/pages/project-detail/index',
  /** The chart pages, in `package-charts`, so echarts stays out of the main package. */
  topic: '/package-charts/pages/topic/index',
  projectStats: '/package-charts/pages/project-stats/index',
  poster: '/package-share/pages/poster/index',
} as const

export type PagePath = (typeof PAGES)[keyof typeof PAGES]

/** The tab bar's pages, in its order. */
export const TAB_PAGES: readonly PagePath[] = [PAGES.news, PAGES.scorecards, PAGES.projects, PAGES.mine]

/** Whether a path (with or without its query) opens a tab, which navigateTo and redirectTo cannot. */
export const isTabPath = (path: string): boolean => TAB_PAGES.includes(path.split('?')[0] as PagePath)

/** `page?key=value&…`, each value encoded; pairs without a value are left out. */
function withQuery(page: PagePath, pairs: [string, string | undefined][]): string {
  const query = pairs.flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${encodeURIComponent(v)}`])).join('&')
  return query ? `${page}?${query}` : page
}

export const newsUrl = (id: string) => withQuery(PAGES.newsDetail, [['id', id]])
export const projectUrl = (id: string) => withQuery(PAGES.projectDetail, [['id', id]])
/** The 成绩单 tab opened at a year or at one card. */
export const scorecardsUrl = (at: { year: string } | { card: string }) =>
  withQuery(PAGES.scorecards, 'year' in at ? [['year', at.year]] : [['card', at.card]])
/**
 * Where a topic's charts open: at one indicator when given, and at one figure of it, whose period is
 * marked in the chart and its table (`metric` picks the indicator's amount or growth chart).
 */
export type TopicFocus = { period: string; metric?: string }

/** A topic's charts, scrolled to one indicator when given, with one period of it marked. */
export const topicUrl = (topic: string, indicator?: string, focus?: TopicFocus) =>
  withQuery(PAGES.topic, [
    ['topic', topic],
    ['indicator', indicator],
    ['period', indicator === undefined ? undefined : focus?.period],
    ['metric', indicator === undefined ? undefined : focus?.metric],
  ])
/** The 分类统计图 page, for one region when given (else the home region). */
export const projectStatsUrl = (region?: string) => withQuery(PAGES.projectStats, [['region', region]])
/** The poster page of a shared item: only its kind and id go in the query. */
export const posterUrl = (item: { kind: string; id: string }) =>
  withQuery(PAGES.poster, [
    ['kind', item.kind],
    ['id', item.id],
  ])

/** The H5 address of a mini-program path, for the hash router: `https://host/app/#/pages/…?id=…`. */
export function webUrl(path: string, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}#${path.startsWith('/') ? path : `/${path}`}`
}
