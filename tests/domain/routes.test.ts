/** @jest-environment node */
import {
  isTabPath,
  newsUrl,
  PAGES,
  posterUrl,
  projectStatsUrl,
  projectUrl,
  scorecardsUrl,
  TAB_PAGES,
  topicUrl,
  webUrl,
} from '@/domain/routes'
import { appPages, appTabPages } from './app-pages'

test('every route is a page of app.config.ts, and every page has a route', () => {
  const pages = appPages()
  expect(Object.values(PAGES).filter((p) => !pages.has(p))).toEqual([])
  expect([...pages].filter((p) => !(Object.values(PAGES) as string[]).includes(p))).toEqual([])
})

test('the tabs are the tab bar of app.config.ts, in its order', () => {
  expect(TAB_PAGES).toEqual(appTabPages())
  expect(isTabPath('/pages/scorecards/index?year=2023')).toBe(true)
  expect(isTabPath(newsUrl('n-1'))).toBe(false)
})

test('every link opens a page of app.config.ts with its ids encoded', () => {
  const pages = appPages()
  const links = [
    newsUrl('a b/c'),
    projectUrl('pj-1'),
    scorecardsUrl({ year: '2023' }),
    scorecardsUrl({ card: 'sc-2023-1' }),
    topicUrl('经济运行'),
    topicUrl('经济运行', 'gdp'),
    topicUrl('经济运行', 'gdp', { period: '2023-01/09', metric: 'growth' }),
    topicUrl('经济运行', undefined, { period: '2023' }),
    projectStatsUrl(),
    projectStatsUrl('峄城区'),
    posterUrl({ kind: 'news', id: 'x&y' }),
  ]
  for (const link of links) expect(pages.has(link.split('?')[0])).toBe(true)
  expect(links).toEqual([
    '/package-data/pages/news-detail/index?id=a%20b%2Fc',
    '/package-data/pages/project-detail/index?id=pj-1',
    '/pages/scorecards/index?year=2023',
    '/pages/scorecards/index?card=sc-2023-1',
    `/package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`,
    `/package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}&indicator=gdp`,
    // A tapped figure's period (its slash encoded) and metric; a period without an indicator marks nothing.
    `/package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}&indicator=gdp&period=2023-01%2F09&metric=growth`,
    `/package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`,
    '/package-charts/pages/project-stats/index',
    `/package-charts/pages/project-stats/index?region=${encodeURIComponent('峄城区')}`,
    '/package-share/pages/poster/index?kind=news&id=x%26y',
  ])
})

test('the H5 address puts the path behind the hash router', () => {
  const at = { origin: 'https://example.org', pathname: '/app/' }
  expect(webUrl('/pages/index/index', at)).toBe('https://example.org/app/#/pages/index/index')
  expect(webUrl('pages/index/index', at)).toBe('https://example.org/app/#/pages/index/index')
})
