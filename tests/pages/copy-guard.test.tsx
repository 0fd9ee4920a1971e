/**
 * A guard over the whole feed's copy: every label the app builds for every figure (rows, lines,
 * chart titles, share items, the 成绩单 tab in every view with every fold opened) is checked for
 * wording that reads like a note to ourselves or like a level where a rate is meant.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fireEvent, render, screen } from '@testing-library/react'
import { FigureRow } from '@/components/figure/figure-row'
import { changePhrase, figureName, figureValueText } from '@/domain/figure-words'
import { shareCard } from '@/features/charts/chart-cards'
import { topicsWithFigures, trendOf } from '@/features/scorecards/figure-groups'
import { PERIOD_VIEWS } from '@/features/scorecards/scorecard-periods'
import { findingTitle, topicSeries } from '@/features/scorecards/topic-series'
import { measureLabel } from '@/features/scorecards/target-check'
import { shareItemsOf } from '@/features/share/share-item'
import ScorecardsPage from '@/pages/scorecards/index'
import { TOPICS } from '@/services/feed/vocabulary'
import { useAppStore } from '@/store'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { setRouter } from '../mocks/taro'
import { openFeed, resetUserData } from './helpers'

const { feed } = getBundledFeed()
const sources = new Map(feed.sources.map((s) => [s.id, s]))

/** Wording that must never reach a reader, each with why. */
const BAD_COPY: [RegExp, string][] = [
  [/持平于/, '“持平于”：同一个数说“均为”'],
  [/(率|比重|比例)占\d/, '“处理率占100%”：一个比率不“占”'],
  [/(率|比重|比例|占比)占比/, '“比重占比”：重复'],
  [/\d\s*番/, '“1番”：写作“翻一番”'],
  [/[\u3400-\u9fff]\s*["']|["']\s*[\u3400-\u9fff]/, '中文旁边用了ASCII引号'],
  [/分别增长.{0,3}中的/, '“分别增长”中的前一个数：像给自己的备注'],
  [/新增数|（新增）/, '变化写作“增加/减少”，与报告一致'],
  [/undefined|null|NaN|\[object/, '程序的值漏到了文字里'],
]

function problemsIn(text: string): string[] {
  return BAD_COPY.filter(([pattern]) => pattern.test(text)).map(([, why]) => `${why}：${text}`)
}

const dump: string[] = []
afterAll(() => {
  const dir = join(__dirname, '..', 'artifacts')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'copy-dump.txt'), dump.join('\n'))
})

describe('labels built for every figure of the feed', () => {
  test('a growth rate is named a rate (增速) wherever it stands alone, never like a level', () => {
    const growth = feed.figures.filter((f) => f.metric === 'growth')
    expect(growth.length).toBeGreaterThan(30)
    for (const f of growth) {
      expect(figureName(f)).toMatch(/增速|增幅/)
      expect(measureLabel(f)).toMatch(/增速|增幅/)
    }
  })

  test('every figure row shows its name, a rate with 增速, and no note-to-self wording', () => {
    const problems: string[] = []
    for (const f of feed.figures) {
      const { container, unmount } = render(<FigureRow figure={f} source={sources.get(f.sourceId)} />)
      const label = container.querySelector('.figure-row__label')!.textContent!
      const value = container.querySelector('.figure-row__value')!.textContent!
      if (f.metric === 'growth' && !/增速|增幅/.test(label)) problems.push(`增速不见了：${label}`)
      const text = `${label} ${value}`
      dump.push(`行  ${text}`)
      problems.push(...problemsIn(container.textContent!))
      unmount()
    }
    expect(problems).toEqual([])
  })

  test('names, values, changes, chart links and share cards of every figure read as the reports write', () => {
    const problems: string[] = []
    for (const f of feed.figures) {
      const texts = [figureName(f), figureValueText(f), changePhrase(f), measureLabel(f)]
      if (f.metric === 'share') texts.push(shareCard(f, f.id, sources).caption.title)
      if (f.metric === 'growth' || f.metric === 'change') texts.push(`${trendOf(f).words}`)
      dump.push(`名  ${texts.join(' | ')}`)
      for (const t of texts) problems.push(...problemsIn(t))
    }
    expect(problems).toEqual([])
  })

  test('a change is worded 增长/下降, 提高/降低, 增加/减少, 翻…番 or 持平, the one convention', () => {
    for (const f of feed.figures.filter((g) => g.metric === 'growth' || g.metric === 'change')) {
      expect(changePhrase(f)).toMatch(/^(增长|下降|提高|降低|增加|减少|变化|翻[一两三四五六七八九十]番|持平)/)
    }
  })

  test('every topic chart states its finding without 持平于 or a doubled 占比', () => {
    const problems: string[] = []
    for (const topic of topicsWithFigures(feed.figures, TOPICS)) {
      for (const s of topicSeries(feed.figures, topic)) {
        const title = findingTitle(s)
        dump.push(`图  ${title}`)
        problems.push(...problemsIn(title))
        if (s.metric === 'growth' && !/增速|增幅/.test(title)) problems.push(`增速不见了：${title}`)
      }
    }
    expect(problems).toEqual([])
  })

  test('every share item (titles, figures, growth clauses) reads naturally', () => {
    const problems: string[] = []
    for (const item of shareItemsOf(feed)) {
      const texts = [item.title, ...item.figures.map((f) => `${f.label} ${f.value}${f.unit} ${f.growth ?? ''}`)]
      dump.push(`享  ${texts.join(' | ')}`)
      for (const t of texts) problems.push(...problemsIn(t))
    }
    expect(problems).toEqual([])
  })
})

describe('the feed’s own texts', () => {
  test('no string of the feed puts an ASCII quote beside Chinese, nor a note to ourselves', () => {
    const problems: string[] = []
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') problems.push(...problemsIn(value).map((p) => `${path}: ${p}`))
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`))
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`)
    }
    walk(feed, '$')
    expect(problems).toEqual([])
  })
})

describe('the 成绩单 tab in every view, every fold opened', () => {
  beforeAll(openFeed)
  beforeEach(() => {
    resetUserData()
    useAppStore.setState({ feed })
    setRouter({}, '/pages/scorecards/index')
  })

  test.each(PERIOD_VIEWS.map((v) => [v.label]))(
    '%s: no 其余 button over nothing shown, no note-to-self wording',
    (label) => {
      render(<ScorecardsPage />)
      fireEvent.click(screen.getByRole('tab', { name: label }))
      const problems: string[] = []
      // A 展开其余 button must sit under items of its own list: 其余 of nothing reads wrong.
      for (const button of screen.queryAllByRole('button', { name: /^展开/ })) {
        const text = button.textContent ?? ''
        const scope = button.closest('.card') ?? document.getElementById(button.getAttribute('aria-controls') ?? '')
        const shown = scope?.querySelectorAll('[role="listitem"], [data-testid="scorecard"]').length ?? 0
        dump.push(`钮 ${label}  ${text}（已显示${shown}项）`)
        if (/其余/.test(text) && shown === 0) problems.push(`没有显示任何一项却说“其余”：${text}`)
        if (/全部/.test(text) && shown > 0) problems.push(`已显示${shown}项却说“全部”：${text}`)
      }
      for (const button of screen.queryAllByRole('button', { name: /^展开/ })) fireEvent.click(button)
      // A growth rate shown on a line says 增速 on the line or in the name of the row it sits in.
      const growthIds = new Set(feed.figures.filter((f) => f.metric === 'growth').map((f) => f.id))
      for (const line of Array.from(document.querySelectorAll<HTMLElement>('.figure-line[data-figure-id]'))) {
        if (!growthIds.has(line.dataset.figureId!)) continue
        const side = line.closest('.beside-row__side, .target-row')
        const name = side?.querySelector('.beside-row__label, .target-row__label')?.textContent ?? ''
        if (!/增速|增幅/.test(`${name} ${line.textContent}`)) problems.push(`增速不见了：${name} ${line.textContent}`)
      }
      const text = document.body.textContent ?? ''
      dump.push(`页 ${label}  ${text}`)
      for (const sentence of text.split(/(?<=[。；])|(?=来源：)/)) problems.push(...problemsIn(sentence))
      expect(problems).toEqual([])
    },
  )
})
