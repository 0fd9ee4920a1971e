import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { statusCounts } from '@/features/projects/project-stats'
import { filterProjects } from '@/features/projects/project-status'
import { PAGE_SIZE } from '@/utils/use-paged-list'
import ProjectsPage from '@/pages/projects/index'
import { getBundledFeed } from '../fixtures/bundled-feed'
import type { Project } from '@/services/feed/schema'
import { useAppStore } from '@/store'
import { formatSourceLine } from '@/domain/format'
import { hookCallbacks } from '../mocks/taro'
import { openFeed, resetUserData } from './helpers'

const { feed } = getBundledFeed()
const { projects } = feed

beforeAll(openFeed)
beforeEach(resetUserData)
afterEach(() => useAppStore.setState({ feed }))

const list = () => screen.getByRole('list', { name: '民生实事列表' })
const rows = () => within(list()).queryAllByRole('link')
const rowNames = () => rows().map((r) => r.getAttribute('aria-label')!)
/** A category is a radio in the 类别 group. */
const categoryTab = (name: string) =>
  within(screen.getByRole('radiogroup', { name: '类别' })).getByRole('radio', { name })
const choose = (group: string, option: string) =>
  fireEvent.click(within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: option }))
const typeQuery = (text: string) =>
  fireEvent.change(screen.getByPlaceholderText('搜索名称、地点或原文说法'), { target: { value: text } })
const reachBottom = () =>
  act(() => {
    hookCallbacks.useReachBottom.at(-1)!()
  })

describe('headline', () => {
  test('shows the 2023 十件惠民实事 as the year review tells them, and opens one', () => {
    render(<ProjectsPage />)
    const headline = screen.getByTestId('project-headline')
    expect(within(headline).getByRole('heading', { name: '2023年十件惠民实事' })).toBeInTheDocument()
    const ten = within(headline).getByRole('link', { name: /^十件惠民实事全部完成/ })
    expect(ten).toHaveTextContent('10 件')
    expect(ten).toHaveTextContent('已完成（全部完成）')
    expect(within(headline).getByRole('link', { name: /^周村水库扩容/ })).toBeInTheDocument()
    fireEvent.click(ten)
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/package-data/pages/project-detail/index?id=pj-rev-ten-livelihood-projects',
    })
  })

  test('shows 民生支出 2023: amount and share, each with its unit, stage and source', () => {
    render(<ProjectsPage />)
    const headline = screen.getByTestId('project-headline')
    expect(within(headline).getByRole('heading', { name: '2023年民生支出' })).toBeInTheDocument()
    expect(within(headline).getByText('28.3')).toBeInTheDocument()
    expect(within(headline).getByText('亿元')).toBeInTheDocument()
    expect(within(headline).getByText('80.6')).toBeInTheDocument()
    expect(within(headline).getByText('民生支出占一般公共预算支出比重')).toBeInTheDocument()
    expect(within(headline).getAllByText('实际')).toHaveLength(2)
    const review = feed.sources.find((s) => s.id === 'src-2023-review')!
    const line = `来源：${formatSourceLine(review)}`
    expect(
      within(headline).getAllByText((_, el) => el?.className === 'figure-row__source' && el.textContent === line),
    ).toHaveLength(2)
  })
})

describe('counts per status', () => {
  test('says how many are done, in progress and planned, in words and numbers, and the bar reads as a sentence', () => {
    render(<ProjectsPage />)
    const summary = screen.getByTestId('status-summary')
    expect(summary).toHaveTextContent(`全部 共 ${projects.length} 项`)
    const counts = statusCounts(projects)
    for (const [label, c] of [
      ['已完成', counts[0]],
      ['推进中', counts[1]],
      ['计划', counts[2]],
    ] as const)
      expect(summary).toHaveTextContent(`${label} ${c.count} 项（${c.percent}%）`)
    expect(within(summary).getByRole('img')).toHaveAttribute(
      'aria-label',
      `全部：已完成 ${counts[0].count} 项，推进中 ${counts[1].count} 项，计划 ${counts[2].count} 项`,
    )
  })

  test('follow the category, and say how many of the chosen status are listed, so they still say how far the category is', () => {
    render(<ProjectsPage />)
    fireEvent.click(categoryTab('教育'))
    const education = filterProjects(projects, { category: '教育' })
    const summary = screen.getByTestId('status-summary')
    expect(summary).toHaveTextContent(`教育 共 ${education.length} 项`)
    expect(screen.queryByTestId('status-summary-listed')).toBeNull()
    choose('状态', '推进中')
    const inProgress = filterProjects(education, { status: 'in-progress' })
    expect(summary).toHaveTextContent(`教育 共 ${education.length} 项`)
    expect(screen.getByTestId('status-summary-listed')).toHaveTextContent(
      `下面列出其中推进中的 ${inProgress.length} 项`,
    )
    expect(summary.querySelector('.status-legend__item--in-progress')).toHaveClass('is-chosen')
    expect(summary.querySelector('.status-legend__item--done')).toHaveClass('is-dimmed')
    expect(rows()).toHaveLength(inProgress.length)
  })

  test('a link opens the category chart', () => {
    render(<ProjectsPage />)
    fireEvent.click(screen.getByRole('link', { name: '查看分类统计图' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/package-charts/pages/project-stats/index' })
  })
})

describe('filters and search', () => {
  test('filtering to 养老 shows only elderly-care items, the 长者食堂 with 15 处 large', () => {
    render(<ProjectsPage />)
    fireEvent.click(categoryTab('养老'))
    const elderly = filterProjects(projects, { category: '养老' })
    expect(rows()).toHaveLength(elderly.length)
    const canteens = screen.getByRole('link', { name: '建成长者食堂，15 处，已完成' })
    const qty = canteens.querySelector('.project-row__qty')!
    expect(qty).toHaveTextContent('15 处')
    expect(within(canteens).getByText('已完成（建成）')).toBeInTheDocument()
  })

  test('the status filter 已完成 shows only completed items, and says which is chosen', () => {
    render(<ProjectsPage />)
    choose('状态', '已完成')
    const done = filterProjects(projects, { status: 'done' })
    expect(screen.getByRole('status')).toHaveTextContent(`共 ${done.length} 项`)
    expect(rowNames().every((n) => n.endsWith('，已完成'))).toBe(true)
    const radio = within(screen.getByRole('radiogroup', { name: '状态' })).getByRole('radio', { name: '已完成' })
    expect(radio).toHaveAttribute('aria-checked', 'true')
    expect(radio).toHaveTextContent('✓ 已完成')
  })

  test('the region filter shows only 峄城区 items', () => {
    render(<ProjectsPage />)
    choose('地区', '峄城区')
    expect(rows()).toHaveLength(filterProjects(projects, { region: '峄城区' }).length)
    for (const row of rows()) {
      expect(within(row).getByText('峄城区')).toBeInTheDocument()
      expect(within(row).queryByText('市中区')).not.toBeInTheDocument()
    }
  })

  test('the year 2021 shows the 2016—2021 review items, as the note under the filter explains', () => {
    render(<ProjectsPage />)
    expect(screen.getByText(/2016—2021年的回顾计入2021年/)).toBeInTheDocument()
    choose('年份', '2021年')
    const review = projects.filter((p) => p.period === '2016/2021')
    expect(screen.getByRole('status')).toHaveTextContent(`共 ${review.length} 项`)
  })

  test('filters combine', () => {
    render(<ProjectsPage />)
    fireEvent.click(categoryTab('住房与物业'))
    choose('年份', '2023年')
    choose('状态', '已完成')
    const expected = filterProjects(projects, { category: '住房与物业', year: 2023, status: 'done' })
    expect(rows()).toHaveLength(expected.length)
  })

  test('searching finds a project by name and highlights the words', () => {
    render(<ProjectsPage />)
    typeQuery('长者食堂')
    expect(rowNames()).toEqual(['建成长者食堂，15 处，已完成'])
    const marks = within(list()).getAllByText('长者食堂')
    expect(marks.every((m) => m.classList.contains('hl'))).toBe(true)
  })

  test('the search box has a name', () => {
    render(<ProjectsPage />)
    expect(screen.getByLabelText('搜索民生实事')).toBeInTheDocument()
  })

  test('nothing found shows the empty state, and clearing the filters shows all again', () => {
    render(<ProjectsPage />)
    typeQuery('高铁站')
    expect(rows()).toHaveLength(0)
    expect(screen.getByText('没有找到“高铁站”')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '清除全部筛选' }))
    expect(screen.getByRole('status')).toHaveTextContent(`共 ${projects.length} 项`)
  })

  test('nothing found under a filter names the filter, never suggests the word searched, and widens to every project', () => {
    render(<ProjectsPage />)
    fireEvent.click(categoryTab('教育'))
    typeQuery('长者食堂')
    expect(rows()).toHaveLength(0)
    expect(screen.getByText('在「教育」里没有找到“长者食堂”')).toBeInTheDocument()
    expect(screen.queryByText(/例如.*长者食堂/)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '在全部民生实事里搜索' }))
    expect(rows().length).toBeGreaterThan(0)
    expect(rows().every((r) => r.textContent?.includes('长者'))).toBe(true)
  })

  test('the search looks in the category and takes synonyms: 养老 and 老人 list every 养老 project, 长者食堂 included', () => {
    render(<ProjectsPage />)
    const elderly = projects.filter((p) => p.category === '养老')
    for (const q of ['养老', '老人']) {
      typeQuery(q)
      const shown = rows().map((r) => r.getAttribute('aria-label') ?? '')
      for (const p of elderly) expect(shown.some((name) => name.startsWith(p.title))).toBe(true)
    }
  })

  test('a filter with no items shows the empty state', () => {
    render(<ProjectsPage />)
    choose('地区', '峄城区')
    choose('年份', '2026年')
    expect(rows()).toHaveLength(0)
    expect(screen.getByText('没有符合条件的民生实事', { selector: '.nut-empty *' })).toBeInTheDocument()
  })

  test('tapping a row opens its detail page', () => {
    render(<ProjectsPage />)
    fireEvent.click(categoryTab('养老'))
    fireEvent.click(screen.getByRole('link', { name: '建成长者食堂，15 处，已完成' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/package-data/pages/project-detail/index?id=pj-rev-elderly-canteens',
    })
  })
})

describe('long lists', () => {
  /** A synthetic feed of n projects, every category, status and region. */
  const synthetic = (n: number): Project[] =>
    Array.from({ length: n }, (_, i) => ({
      ...projects[i % projects.length],
      id: `pj-syn-item-${i}`,
      title: `合成事项 ${i}`,
    }))

  test(`renders ${PAGE_SIZE} rows at first and ${PAGE_SIZE} more on each reach of the bottom or tap on the button`, () => {
    render(<ProjectsPage />)
    expect(rows()).toHaveLength(PAGE_SIZE)
    expect(screen.getByRole('status')).toHaveTextContent(`共 ${projects.length} 项，显示前 ${PAGE_SIZE} 项`)
    reachBottom()
    expect(rows()).toHaveLength(PAGE_SIZE * 2)
    fireEvent.click(screen.getByRole('button', { name: `再显示 ${PAGE_SIZE} 项` }))
    expect(rows()).toHaveLength(PAGE_SIZE * 3)
  })

  test('a new filter starts again at the first page', () => {
    render(<ProjectsPage />)
    reachBottom()
    expect(rows()).toHaveLength(PAGE_SIZE * 2)
    choose('状态', '已完成')
    expect(rows()).toHaveLength(PAGE_SIZE)
  })

  test('with 5,000 projects the page still renders only one page of rows', () => {
    useAppStore.setState({ feed: { ...feed, projects: synthetic(5000) } })
    const started = performance.now()
    render(<ProjectsPage />)
    const firstRender = performance.now() - started
    expect(screen.getByRole('status')).toHaveTextContent('共 5000 项')
    expect(rows()).toHaveLength(PAGE_SIZE)
    expect(document.querySelectorAll('[data-testid="project-row"]')).toHaveLength(PAGE_SIZE)

    reachBottom()
    expect(rows()).toHaveLength(PAGE_SIZE * 2)
    fireEvent.click(categoryTab('养老'))
    expect(rows()).toHaveLength(PAGE_SIZE)
    // Generous bound for a slow CI machine; the point is that it does not grow with the list.
    expect(firstRender).toBeLessThan(5000)
  })

  test('the last page shows the rest and no more button', () => {
    useAppStore.setState({ feed: { ...feed, projects: synthetic(PAGE_SIZE + 5) } })
    render(<ProjectsPage />)
    fireEvent.click(screen.getByRole('button', { name: '再显示 5 项' }))
    expect(rows()).toHaveLength(PAGE_SIZE + 5)
    expect(screen.queryByRole('button', { name: /再显示/ })).not.toBeInTheDocument()
    reachBottom()
    expect(rows()).toHaveLength(PAGE_SIZE + 5)
  })
})
