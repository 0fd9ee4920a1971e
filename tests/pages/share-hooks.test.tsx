import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { NotFound } from '@/components/not-found'
import TopicPage from '@/package-charts/pages/topic/index'
import PosterPage from '@/package-share/pages/poster/index'
import NewsDetailPage from '@/package-data/pages/news-detail/index'
import ProjectDetailPage from '@/package-data/pages/project-detail/index'
import ScorecardsPage from '@/pages/scorecards/index'
import NewsPage from '@/pages/index/index'
import ProjectsPage from '@/pages/projects/index'
import ProjectStatsPage from '@/package-charts/pages/project-stats/index'
import { newsTabShare, projectsTabShare } from '@/features/share/page-shares'
import type { ShareItem } from '@/features/share/share-item'
import { posterUrl } from '@/domain/routes'
import { shareAppMessage, shareTimeline } from '@/features/share/share-payload'
import { shareFixtures } from '../helpers/share-fixtures'
import { useAppStore } from '@/store'
import { getEnterOptionsSync, hookCallbacks, setRouter } from '../mocks/taro'
import { openFeed, resetUserData } from './helpers'

// Charts and the poster canvas have one file per platform (index.h5.tsx / index.weapp.tsx), which
// only Taro's build resolves; here they are stand-ins that show what they were given.
jest.mock('@/components/chart', () => ({
  Chart: ({ summary }: { summary: string }) => <div role='img' aria-label={summary} />,
}))
jest.mock('@/features/share/components/poster-maker', () => ({
  PosterMaker: ({ item, singlePage }: { item: ShareItem; singlePage?: boolean }) => (
    <p data-testid='poster-maker' data-single-page={String(!!singlePage)}>
      {item.title}
    </p>
  ),
}))

const { feed, item: itemOf } = shareFixtures()
const news = feed.news[0]
const project = feed.projects.find((p) => p.id === 'pj-rev-elderly-canteens')!

beforeAll(openFeed)
beforeEach(() => {
  resetUserData()
  useAppStore.setState({ feed })
})

/** The payloads the page registered last, as WeChat would ask for them. */
const registered = () => ({
  chat: hookCallbacks.useShareAppMessage.at(-1)!(),
  moments: hookCallbacks.useShareTimeline.at(-1)!(),
})
const payloadsOf = (item: ShareItem) => ({ chat: shareAppMessage(item), moments: shareTimeline(item) })

/** Opens a page with a query: the path's own query, as a share would deliver it. */
function openPath(path: string, Page: () => JSX.Element) {
  const [route, query = ''] = path.split('?')
  setRouter(Object.fromEntries(new URLSearchParams(query)), route)
  return render(<Page />)
}

describe('every detail page shares the core payload of its exact item', () => {
  test('a news story', () => {
    const item = itemOf('news', news.id)
    openPath(item.path, NewsDetailPage)
    expect(registered()).toEqual(payloadsOf(item))
  })

  test('a livelihood project', () => {
    const item = itemOf('project', project.id)
    openPath(item.path, ProjectDetailPage)
    expect(registered()).toEqual(payloadsOf(item))
  })

  test('the 成绩单 tab shares the year, and the card a link opened', () => {
    render(<ScorecardsPage />)
    expect(registered()).toEqual(payloadsOf(itemOf('scorecard-year', 2023)))

    const card = itemOf('scorecard', 'sc-2023-3')
    expect(card.path).toBe('/pages/scorecards/index?card=sc-2023-3')
    openPath(card.path, ScorecardsPage)
    expect(registered()).toEqual(payloadsOf(card))
  })

  test('the topic page shares the topic, and the indicator a link named', () => {
    const topic = itemOf('topic', '经济运行')
    openPath(topic.path, TopicPage)
    expect(registered()).toEqual(payloadsOf(topic))

    const gdp = itemOf('indicator', 'gdp')
    openPath(gdp.path, TopicPage)
    expect(registered()).toEqual(payloadsOf(gdp))
    expect((registered().chat as { title: string }).title).toContain('331')
  })

  test('the poster page: chat opens the item, Moments reopens this poster', () => {
    const item = itemOf('scorecard', 'sc-2023-1')
    openPath(posterUrl(item), PosterPage)
    expect(registered().chat).toEqual(shareAppMessage(item))
    expect(registered().moments).toEqual({ ...shareTimeline(item), query: 'kind=scorecard&id=sc-2023-1' })
  })

  test('a page whose item is gone shares the app, not a broken link', () => {
    openPath('/package-data/pages/news-detail/index?id=no-such-news', NewsDetailPage)
    expect(registered().chat).toEqual({ title: '幸福微市中', path: '/pages/index/index' })
  })
})

describe('the list pages share their own path with a figure in the title', () => {
  test('资讯 and 民生实事', () => {
    openPath('/pages/index/index', NewsPage)
    expect(registered()).toEqual({
      chat: newsTabShare(feed),
      moments: { title: newsTabShare(feed).title, query: '' },
    })
    openPath('/pages/projects/index', ProjectsPage)
    expect(registered().chat).toEqual(projectsTabShare(feed))
  })

  test('分类统计图 opens on the region of its link, and shares that region', () => {
    openPath(`/package-charts/pages/project-stats/index?region=${encodeURIComponent('峄城区')}`, ProjectStatsPage)
    const { chat, moments } = registered() as { chat: { title: string; path: string }; moments: { query: string } }
    expect(chat.title).toMatch(/^峄城区\d+项民生实事中，\d+项已完成/)
    expect(chat.path).toBe(`/package-charts/pages/project-stats/index?region=${encodeURIComponent('峄城区')}`)
    expect(moments.query).toBe(`region=${encodeURIComponent('峄城区')}`)
  })

  test('分类统计图 with a region it does not know shows 市中区', () => {
    openPath('/package-charts/pages/project-stats/index?region=%E4%B', ProjectStatsPage)
    expect((registered().chat as { title: string }).title).toMatch(/^市中区/)
  })
})

describe('the 成绩单 tab reads its link', () => {
  const highlighted = () => screen.getAllByTestId('scorecard').filter((c) => c.dataset.highlighted === 'true')

  test('?card=sc-2023-3 marks that card, shows all its figures and scrolls to it', async () => {
    openPath('/pages/scorecards/index?card=sc-2023-3', ScorecardsPage)
    const card = feed.scorecards.find((c) => c.id === 'sc-2023-3')!
    expect(highlighted()).toHaveLength(1)
    const [marked] = highlighted()
    expect(within(marked).getByRole('heading', { name: card.title })).toBeInTheDocument()
    expect(within(marked).getByText('分享给你的这一张')).toBeInTheDocument()
    expect(within(marked).getAllByTestId('scorecard-figure')).toHaveLength(card.figureIds.length)
    expect(within(marked).getByRole('button', { name: `分享“${card.title}”` })).toBeInTheDocument()
    await act(() => Promise.resolve())
    expect(Taro.pageScrollTo).toHaveBeenCalledWith({ selector: '#scorecard-sc-2023-3', duration: 300 })
    expect(screen.queryByTestId('link-note')).toBeNull()
  })

  test('an unknown card shows a note with a way to the full list, and all eight cards', () => {
    openPath('/pages/scorecards/index?card=sc-1999-9', ScorecardsPage)
    const note = screen.getByRole('alert')
    expect(note).toHaveTextContent('没有找到这张成绩单')
    expect(screen.getAllByTestId('scorecard')).toHaveLength(8)
    expect(highlighted()).toHaveLength(0)
    fireEvent.click(within(note).getByRole('button', { name: '查看全部成绩单' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(Taro.pageScrollTo).toHaveBeenCalledWith({ selector: '#scorecards-cards', duration: 300 })
  })

  test.each([
    ['a broken escape', { card: '%E4%B' }],
    ['an unknown year', { year: '1999' }],
    ['a year that is not one', { year: '<script>' }],
  ])('a malformed query (%s) shows the note, never a crash', (_, params) => {
    setRouter(params, '/pages/scorecards/index')
    render(<ScorecardsPage />)
    expect(screen.getByTestId('link-note')).toHaveTextContent('没有找到')
    expect(screen.getAllByTestId('scorecard')).toHaveLength(8)
  })

  test('?year=2022 opens the 2022 view', () => {
    openPath('/pages/scorecards/index?year=2022', ScorecardsPage)
    expect(screen.getByRole('tab', { name: '2022年' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.queryByTestId('link-note')).toBeNull()
  })
})

describe('the topic page reads its link', () => {
  const charts = () => screen.getAllByTestId('chart-card')

  test('?indicator=gdp puts the GDP charts first (amount, then growth), marked', () => {
    openPath(itemOf('indicator', 'gdp').path, TopicPage)
    const marked = charts().filter((c) => c.dataset.highlighted === 'true')
    expect(charts().slice(0, marked.length)).toEqual(marked)
    expect(marked.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      expect.stringMatching(/^地区生产总值由.+331亿元/),
      expect.stringMatching(/^地区生产总值增速/),
    ])
    expect(within(marked[0]).getByText('分享给你的这项指标')).toBeInTheDocument()
  })

  test('an unknown indicator shows a note and the whole topic', () => {
    openPath('/package-charts/pages/topic/index?topic=经济运行&indicator=no-such', TopicPage)
    expect(screen.getByRole('alert')).toHaveTextContent('没有找到链接里的这项指标')
    expect(charts().length).toBeGreaterThan(1)
    expect(charts().every((c) => c.dataset.highlighted !== 'true')).toBe(true)
  })

  test('a malformed topic lands on the not-found message', () => {
    setRouter({ topic: '%E4%B', indicator: '%' }, '/package-charts/pages/topic/index')
    render(<TopicPage />)
    expect(screen.getByRole('alert')).toHaveTextContent('没有找到')
  })
})

describe('the share action', () => {
  test('offers 发送给朋友 and 生成海报 in the page; 生成海报 opens this item’s poster', () => {
    openPath(itemOf('project', project.id).path, ProjectDetailPage)
    const share = screen.getByRole('button', { name: `分享“${project.title}”` })
    expect(share).toHaveAttribute('aria-expanded', 'false')
    fireEvent.click(share)
    expect(share).toHaveAttribute('aria-expanded', 'true')
    const choices = screen.getByRole('group', { name: '分享方式' })
    expect(within(choices).getByRole('button', { name: '发送链接给朋友' })).toBeInTheDocument()
    fireEvent.click(within(choices).getByRole('button', { name: `为“${project.title}”生成海报` }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: posterUrl({ kind: 'project', id: project.id }) })
  })

  test('on H5 without the Web Share API, 发送给朋友 copies the link and says so', async () => {
    openPath(itemOf('news', news.id).path, NewsDetailPage)
    fireEvent.click(screen.getByRole('button', { name: /^分享“/ }))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '发送链接给朋友' }))
    })
    const [[{ data }]] = (Taro.setClipboardData as jest.Mock).mock.calls
    expect(data).toContain(`#/package-data/pages/news-detail/index?id=${news.id}`)
    expect(screen.getByRole('status')).toHaveTextContent('链接已复制')
  })
})

describe('opened from Moments (单页模式, scene 1154)', () => {
  beforeEach(() => {
    getEnterOptionsSync.mockImplementation(() => ({ scene: 1154, path: '', query: {} }))
  })

  test('a news story hides 收藏 but keeps its figures and sources', () => {
    openPath(itemOf('news', news.id).path, NewsDetailPage)
    expect(screen.queryByRole('button', { name: /收藏/ })).toBeNull()
    expect(screen.getByRole('heading', { level: 1, name: news.title })).toBeInTheDocument()
    expect(screen.getByText('来源')).toBeInTheDocument()
    expect(screen.getByText(/从朋友圈打开时不能分享/)).toBeInTheDocument()
    expect(registered()).toEqual(payloadsOf(itemOf('news', news.id)))
  })

  test('a project hides 关注 but keeps its quantity, status and source', () => {
    openPath(itemOf('project', project.id).path, ProjectDetailPage)
    expect(screen.queryByRole('button', { name: /关注/ })).toBeNull()
    expect(screen.getByLabelText('数量 15处')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '来源' })).toBeInTheDocument()
  })

  test('the poster page tells the poster maker not to offer saving', () => {
    openPath(posterUrl({ kind: 'scorecard', id: 'sc-2023-1' }), PosterPage)
    expect(screen.getByTestId('poster-maker').dataset.singlePage).toBe('true')
  })
})

describe('the poster page', () => {
  test('draws the exact item a link names', () => {
    openPath(posterUrl({ kind: 'scorecard', id: 'sc-2023-1' }), PosterPage)
    expect(screen.getByTestId('poster-maker')).toHaveTextContent(itemOf('scorecard', 'sc-2023-1').title)
    expect(screen.getByTestId('poster-maker').dataset.singlePage).toBe('false')
  })

  test.each([
    ['an unknown kind', { kind: 'weather', id: 'sc-2023-1' }],
    ['an unknown id', { kind: 'scorecard', id: 'sc-2099-1' }],
    ['no query at all', {}],
    ['a broken escape', { kind: 'news', id: '%E4%B' }],
  ])('%s lands on the friendly not-found message', (_, params) => {
    setRouter(params, '/package-share/pages/poster/index')
    render(<PosterPage />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('没有找到')
    expect(within(alert).getByRole('button', { name: '回到首页' })).toBeInTheDocument()
    expect(screen.queryByTestId('poster-maker')).toBeNull()
  })
})

test('opened from Moments, the not-found page explains how to open the mini program instead of a home button it cannot use', () => {
  jest.mocked(Taro.getEnterOptionsSync).mockReturnValue({ scene: 1154 } as ReturnType<typeof Taro.getEnterOptionsSync>)
  render(<NotFound what='资讯' />)
  expect(screen.queryByText('回到首页')).not.toBeInTheDocument()
  expect(screen.getByText(/前往小程序/)).toBeInTheDocument()
})
