import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { topicsWithFigures } from '@/features/scorecards/figure-groups'
import ScorecardsPage from '@/pages/scorecards/index'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { TOPICS } from '@/services/feed/vocabulary'
import { useAppStore } from '@/store'
import { openFeed, resetUserData } from './helpers'
import eightScorecards from '../fixtures/eight-scorecards.json'
import { setRouter } from '../mocks/taro'

const { feed } = getBundledFeed()
const figures = new Map(feed.figures.map((f) => [f.id, f]))

beforeAll(openFeed)

/** The page shows FIRST_CARDS scorecards until 展开; most tests look at all eight. */
function showAllCards() {
  fireEvent.click(screen.getByRole('button', { name: /^展开.*的其余\d+张成绩单$/ }))
}
beforeEach(() => {
  resetUserData()
  useAppStore.setState({ feed })
})

/** The eight 2023 scorecards in the report's order. */
const EIGHT: string[] = eightScorecards

const tab = (name: string) => screen.getByRole('tab', { name })
const choose = (name: string) => fireEvent.click(tab(name))
const grid = () => screen.getByRole('list', { name: /主要指标$/ })
const cell = (indicator: string) =>
  within(grid())
    .getAllByRole('listitem')
    .find((el) => el.getAttribute('data-indicator') === indicator)!
const targetRow = (label: string) =>
  screen.getAllByTestId('target-row').find((el) => el.textContent!.startsWith(label))!

describe('the year switcher', () => {
  test('offers five views as tabs, 2023 chosen first', () => {
    render(<ScorecardsPage />)
    const tabs = within(screen.getByRole('tablist', { name: '选择年份' })).getAllByRole('tab')
    expect(tabs.map((t) => t.textContent)).toEqual(['2023年', '2023前三季度', '2022年', '2021年', '五年'])
    expect(tab('2023年')).toHaveAttribute('aria-selected', 'true')
    choose('2022年')
    expect(tab('2022年')).toHaveAttribute('aria-selected', 'true')
    expect(tab('2023年')).toHaveAttribute('aria-selected', 'false')
    expect(screen.getByRole('tabpanel', { name: '2022年' })).toBeInTheDocument()
  })
})

describe('2023', () => {
  test('the headline grid shows GDP with its unit, growth in an arrow and words, stage and source', () => {
    render(<ScorecardsPage />)
    const gdp = cell('gdp')
    expect(gdp).toHaveTextContent('地区生产总值')
    expect(within(gdp).getByText('331')).toBeInTheDocument()
    expect(within(gdp).getByText('亿元')).toBeInTheDocument()
    expect(gdp).toHaveTextContent('▲ 增长 6.5%')
    expect(within(gdp).getByText('预计')).toBeInTheDocument()
    expect(gdp).toHaveTextContent('2023年 · 2023年终回顾')
    expect(within(cell('livelihood-spending')).getByText('占一般公共预算支出比重 80.6%')).toBeInTheDocument()
    // 新增229家 is a count of new firms, not a net change of the 777: no arrow says 增加 here.
    expect(within(cell('four-up-firms')).getByText('777')).toBeInTheDocument()
    expect(cell('four-up-firms')).not.toHaveTextContent('229')
  })

  test('the eight scorecards come in the report order, each with its first four figures', () => {
    render(<ScorecardsPage />)
    showAllCards()
    const cards = screen.getAllByRole('article')
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(EIGHT)
    cards.forEach((card, i) => {
      expect(card).toHaveTextContent(`第${i + 1}张`)
      const sc = feed.scorecards.find((s) => s.order === i + 1)!
      expect(card).toHaveTextContent(sc.summary)
      const rows = within(card).getAllByTestId('scorecard-figure')
      expect(rows).toHaveLength(Math.min(4, sc.figureIds.length))
      rows.forEach((row, j) => expect(row).toHaveTextContent(figures.get(sc.figureIds[j])!.label))
      expect(card).toHaveTextContent('来源：《回望2023')
    })
  })

  test('展开 shows the rest of a card and says so to screen readers', () => {
    render(<ScorecardsPage />)
    showAllCards()
    const card = screen.getByRole('article', { name: '第1张成绩单：产业发展质效齐升' })
    const more = within(card).getByRole('button', { name: '展开“产业发展质效齐升”的其余8项数字' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    expect(more).toHaveTextContent('展开其余8项')
    fireEvent.click(more)
    expect(within(card).getAllByTestId('scorecard-figure')).toHaveLength(12)
    expect(card).toHaveTextContent('金融机构')
    const less = within(card).getByRole('button', { name: '收起“产业发展质效齐升”的其余8项数字' })
    expect(less).toHaveAttribute('aria-expanded', 'true')
    expect(document.getElementById(less.getAttribute('aria-controls')!)).toBeInTheDocument()
  })

  test('a card with four figures or fewer has no 展开', () => {
    render(<ScorecardsPage />)
    showAllCards()
    const card = screen.getByRole('article', { name: '第7张成绩单：社会治理更富成效' })
    expect(within(card).queryByRole('button')).not.toBeInTheDocument()
    expect(within(card).getAllByTestId('scorecard-figure')).toHaveLength(1)
  })

  test('every figure on a scorecard shows its stage in words', () => {
    render(<ScorecardsPage />)
    showAllCards()
    for (const card of screen.getAllByRole('article')) {
      const more = within(card).queryByRole('button', { name: /^展开/ })
      if (more) fireEvent.click(more)
      for (const row of within(card).getAllByTestId('scorecard-figure'))
        expect(row.textContent).toMatch(/实际|预计|目标|累计/)
    }
  })

  test('target vs result marks 固定资产投资 as not met, in words and with a mark, with both figures', () => {
    render(<ScorecardsPage />)
    const fai = targetRow('固定资产投资增速')
    expect(fai).toHaveAttribute('data-verdict', 'not-met')
    expect(within(fai).getByText('未达成')).toBeInTheDocument()
    expect(within(fai).getByText('×')).toHaveAttribute('aria-hidden', 'true')
    expect(fai).toHaveTextContent('目标约12%2023年 · 2023年区政府工作报告')
    expect(fai).toHaveTextContent('实际7.2%2023年 · 2023年终回顾')
    expect(fai).toHaveTextContent('低于目标4.8个百分点')
  })

  test('an estimate is never shown as a final result: GDP growth is "预计达成"', () => {
    render(<ScorecardsPage />)
    const gdp = targetRow('地区生产总值增速')
    expect(within(gdp).getByText('预计达成')).toBeInTheDocument()
    expect(within(gdp).getByText('√')).toBeInTheDocument()
    expect(gdp).toHaveTextContent('预计6.5%')
    expect(gdp).toHaveTextContent('结果是预计数')
  })

  test('the summary counts the verdicts, and targets without a result are folded', () => {
    render(<ScorecardsPage />)
    const list = screen.getByTestId('target-list')
    expect(list).toHaveTextContent('有全年结果可对照的9项目标：7项达成（其中1项按预计数），2项未达成。')
    expect(list).toHaveTextContent('0.5个百分点')
    expect(screen.getAllByTestId('target-row')).toHaveLength(9)
    fireEvent.click(within(list).getByRole('button', { name: '展开21项暂无结果的目标' }))
    expect(screen.getAllByTestId('target-row')).toHaveLength(30)
    const unanswered = screen.getAllByTestId('target-row').filter((r) => r.getAttribute('data-verdict') === 'unknown')
    expect(unanswered).toHaveLength(21)
    for (const r of unanswered) {
      expect(within(r).getByText('无法判断')).toBeInTheDocument()
      expect(r).toHaveTextContent('年度回顾没有给出这一项的全年结果')
    }
  })

  test('a comparison that a data note questions says so', () => {
    render(<ScorecardsPage />)
    expect(targetRow('“6+3”')).toHaveTextContent('口径可能不完全相同')
  })

  test('the data notes touching the shown figures are listed', () => {
    render(<ScorecardsPage />)
    const notes = screen.getByRole('note', { name: '数据说明' })
    fireEvent.click(within(notes).getByRole('button', { name: /^展开全部\d+条数据说明$/ }))
    const text = (id: string) => feed.notes.find((n) => n.id === id)!.text
    expect(notes).toHaveTextContent(text('note-key-projects-2023-plan-mismatch'))
    expect(notes).toHaveTextContent(text('note-firms-tax-10m-2022-2023-decline'))
    expect(notes).not.toHaveTextContent(text('note-2022-yicheng-periods'))
  })
})

test('2023前三季度 shows each figure with its true period', () => {
  render(<ScorecardsPage />)
  showAllCards()
  choose('2023前三季度')
  expect(within(cell('gdp')).getByText('257')).toBeInTheDocument()
  expect(cell('gdp')).toHaveTextContent('2023年前三季度 · 2023前三季度报道')
  expect(within(cell('general-budget-revenue')).getByText('26.5')).toBeInTheDocument()
  expect(cell('general-budget-revenue')).toHaveTextContent('2023年1—10月')
  expect(screen.queryAllByRole('article')).toHaveLength(0)
  expect(screen.queryByTestId('target-list')).not.toBeInTheDocument()
})

test('2022 shows its results and the 2023 targets set beside them', () => {
  render(<ScorecardsPage />)
  choose('2022年')
  expect(within(cell('gdp')).getByText('311.7')).toBeInTheDocument()
  expect(cell('gdp')).toHaveTextContent('▲ 增长 4.7%')
  expect(cell('gdp')).toHaveTextContent('2022年 · 2023年区政府工作报告')
  const next = screen.getByTestId('next-targets')
  const gdpRow = within(next)
    .getAllByTestId('next-target')
    .find((r) => r.textContent!.includes('地区生产总值增速'))!
  expect(gdpRow).toHaveTextContent('实际4.7%2022年')
  expect(gdpRow).toHaveTextContent('目标约6%2023年')
})

test('2021 shows the party-congress figures as estimates where they are', () => {
  render(<ScorecardsPage />)
  choose('2021年')
  expect(within(cell('gdp')).getByText('280')).toBeInTheDocument()
  expect(within(cell('gdp')).getByText('预计')).toBeInTheDocument()
  expect(screen.getByTestId('next-targets')).toHaveTextContent('≥380亿元')
})

test('五年 shows 2016–2021 results and the 2026 goals side by side', () => {
  render(<ScorecardsPage />)
  choose('五年')
  expect(cell('gdp')).toHaveTextContent('▲ 增长 5.5%')
  expect(cell('gdp')).toHaveTextContent('五年年均增速')
  const gdpPair = screen.getAllByTestId('five-year-pair').find((r) => r.textContent!.startsWith('地区生产总值'))!
  expect(gdpPair).toHaveTextContent('预计280亿元2021年')
  expect(gdpPair).toHaveTextContent('目标≥380亿元2026年')
  expect(gdpPair).toHaveTextContent('2035年')
  const past = screen.getByRole('list', { name: '2016—2021年成绩' })
  const goals = screen.getByRole('list', { name: '2026年目标与2035年远景' })
  expect(past).toHaveTextContent('棚户区改造项目')
  expect(goals).toHaveTextContent('境内外上市企业')
  expect(within(goals).getAllByText('目标').length).toBe(within(goals).getAllByRole('listitem').length)
})

test('no view shows a 峄城区 figure', () => {
  render(<ScorecardsPage />)
  const yicheng = feed.figures.filter((f) => f.region === '峄城区')
  for (const name of ['2023年', '2023前三季度', '2022年', '2021年', '五年']) {
    choose(name)
    for (const button of screen.queryAllByRole('button', { name: /^展开/ })) fireEvent.click(button)
    const panel = screen.getByRole('tabpanel')
    expect(panel).not.toHaveTextContent('峄城')
    for (const f of yicheng) expect(panel.querySelector(`[data-figure-id="${f.id}"]`)).toBeNull()
  }
})

test('the other figures of a period are folded, grouped by report', () => {
  render(<ScorecardsPage />)
  const others = screen.getByTestId('other-figures')
  expect(others).toHaveTextContent('来自2023年终回顾、2023前三季度报道、2023年区政府工作报告')
  fireEvent.click(within(others).getByRole('button', { name: /^展开2023年的其他数字/ }))
  expect(others).toHaveTextContent('重点项目集中开工仪式')
})

test('a link per topic that has figures opens its chart page', () => {
  render(<ScorecardsPage />)
  const nav = screen.getByRole('navigation', { name: '按主题看图表' })
  const topics = topicsWithFigures(feed.figures, TOPICS)
  expect(within(nav).getAllByRole('link')).toHaveLength(topics.length)
  fireEvent.click(within(nav).getByRole('link', { name: '查看“经济运行”的图表' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: `/package-charts/pages/topic/index?topic=${encodeURIComponent('经济运行')}`,
  })
})

test('a topic with no 市中区 figure gets no link', () => {
  useAppStore.setState({ feed: { ...feed, figures: feed.figures.filter((f) => f.topic !== '社会治理') } })
  render(<ScorecardsPage />)
  const nav = screen.getByRole('navigation', { name: '按主题看图表' })
  expect(within(nav).queryByRole('link', { name: '查看“社会治理”的图表' })).not.toBeInTheDocument()
})

test('an empty feed shows a friendly empty state, not a blank page', () => {
  useAppStore.setState({ feed: { ...feed, figures: [], scorecards: [], notes: [] } })
  render(<ScorecardsPage />)
  expect(screen.getByText('这一时期的来源报道没有给出主要指标。')).toBeInTheDocument()
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
})

describe('the first screen stays small', () => {
  test('three scorecards show first; 展开其余5张 shows the other five in order, and 收起 folds them again', () => {
    render(<ScorecardsPage />)
    const titles = () => screen.getAllByRole('article').map((c) => within(c).getByRole('heading').textContent)
    expect(titles()).toEqual(EIGHT.slice(0, 3))
    const more = screen.getByRole('button', { name: '展开2023年的其余5张成绩单' })
    expect(more).toHaveTextContent('展开其余5张')
    expect(more).toHaveAttribute('aria-controls', 'scorecards-list')
    fireEvent.click(more)
    expect(titles()).toEqual(EIGHT)
    fireEvent.click(screen.getByRole('button', { name: '收起2023年的其余5张成绩单' }))
    expect(titles()).toEqual(EIGHT.slice(0, 3))
  })

  test('a link to a folded card shows every card, with that one highlighted', () => {
    setRouter({ card: 'sc-2023-7' }, '/pages/scorecards/index')
    render(<ScorecardsPage />)
    expect(screen.getAllByRole('article')).toHaveLength(8)
    expect(screen.queryByRole('button', { name: /其余\d+张成绩单/ })).toBeNull()
    expect(screen.getByRole('article', { name: /第7张成绩单/ })).toHaveAttribute('data-highlighted', 'true')
  })
})
