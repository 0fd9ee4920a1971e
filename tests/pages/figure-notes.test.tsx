import { fireEvent, render, screen, within } from '@testing-library/react'
import { NOTE_KIND_LABEL } from '@/components/figure/figure-notes'
import NewsDetailPage from '@/package-data/pages/news-detail/index'
import ScorecardsPage from '@/pages/scorecards/index'
import { PERIOD_VIEWS } from '@/features/scorecards/scorecard-periods'
import { NOTE_KINDS } from '@/services/feed/vocabulary'
import { useAppStore } from '@/store'
import { formatValue } from '@/domain/format'
import { placesOf, type NotePlace } from '../data/note-places'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { setRouter } from '../mocks/taro'
import { openFeed, resetUserData } from './helpers'

const { feed } = getBundledFeed()
const figures = new Map(feed.figures.map((f) => [f.id, f]))

beforeAll(openFeed)
beforeEach(() => {
  resetUserData()
  useAppStore.setState({ feed })
})

const MARK = /^(说明|收起)：/

/**
 * Opens every "ⓘ 说明" button on screen; returns, for each place that now shows this note's text,
 * the figure's block (row, cell or line) holding the button and the opened text.
 */
function openMarks(noteId: string): HTMLElement[] {
  for (const mark of screen.queryAllByRole('button', { name: MARK })) {
    if (mark.getAttribute('aria-expanded') === 'false') fireEvent.click(mark)
  }
  return Array.from(document.querySelectorAll<HTMLElement>(`.figure-notes__text[data-note-id="${noteId}"]`)).map(
    (text) => text.closest<HTMLElement>('.figure-notes')!.parentElement!,
  )
}

/** The opened ⓘ buttons of a figure's block (a target row has two figures). */
const openedMarks = (block: HTMLElement) =>
  within(block)
    .getAllByRole('button', { name: MARK })
    .filter((b) => b.getAttribute('aria-expanded') === 'true')

/** Opens the screen and unfolds what is folded on it (cards, figures, other figures) until the note shows. */
function show(place: NotePlace, noteId = '') {
  if (place.page === 'news') {
    setRouter({ id: place.id }, '/package-data/pages/news-detail/index')
    render(<NewsDetailPage />)
    return
  }
  setRouter({}, '/pages/scorecards/index')
  render(<ScorecardsPage />)
  const label = PERIOD_VIEWS.find((v) => v.key === place.view)!.label
  fireEvent.click(screen.getByRole('tab', { name: label }))
  for (let i = 0; i < 20; i++) {
    if (noteId && openMarks(noteId).length > 0) break
    const folded = screen.queryAllByRole('button', { name: /^展开/ })
    if (folded.length === 0) break
    folded.forEach((b) => fireEvent.click(b))
  }
}

describe.each(NOTE_KINDS)('a data note of kind %s', (kind) => {
  const note = feed.notes.find((n) => n.kind === kind)!
  const place = placesOf(feed, note)[0]
  const numbers = note.figureIds.map((id) => formatValue({ value: Math.abs(figures.get(id)!.value) }))

  test('opens from an ⓘ beside a figure it names, with its kind in words', () => {
    show(place, note.id)
    const blocks = openMarks(note.id)
    expect(blocks.length).toBeGreaterThan(0)
    for (const block of blocks) {
      // The button sits in the figure's own block (row, cell or line), beside the figure's number.
      expect(numbers.some((n) => block.textContent!.includes(n))).toBe(true)
      const names = openedMarks(block).map((b) => b.getAttribute('aria-label'))
      expect(names.some((name) => name!.includes(NOTE_KIND_LABEL[kind]))).toBe(true)
      expect(block).toHaveTextContent(`【${NOTE_KIND_LABEL[kind]}】${note.text}`)
    }
  })

  test('shows its text only after a tap, and folds it again', () => {
    show(place, note.id)
    const block = openMarks(note.id)[0]
    const mark = openedMarks(block).find((b) => b.getAttribute('aria-label')!.includes(NOTE_KIND_LABEL[kind]))!
    expect(mark).toHaveAttribute('aria-expanded', 'true')
    fireEvent.click(mark)
    expect(mark).toHaveAttribute('aria-expanded', 'false')
    expect(block).not.toHaveTextContent(note.text)
    fireEvent.click(mark)
    expect(block).toHaveTextContent(note.text)
  })
})

test('a figure that no note names has no mark', () => {
  const plain = feed.news.find((n) =>
    n.sections.some((s) => s.figureIds.some((f) => !feed.notes.some((note) => note.figureIds.includes(f)))),
  )!
  const fid = plain.sections
    .flatMap((s) => s.figureIds)
    .find((f) => !feed.notes.some((note) => note.figureIds.includes(f)))!
  show({ page: 'news', id: plain.id })
  const row = document.querySelector(`.figure-row[data-figure-id="${fid}"]`)!
  expect(row).toBeInTheDocument()
  expect(within(row as HTMLElement).queryByRole('button', { name: MARK })).toBeNull()
})

test('a headline cell has one ⓘ, however many notes its figures have, and never a stack of lines', () => {
  show({ page: 'scorecards', view: '2023' })
  const cells = screen.getAllByTestId('headline-cell')
  const marks = cells.map((cell) => within(cell).queryAllByRole('button', { name: MARK }))
  expect(marks.some((m) => m.length === 1)).toBe(true)
  for (const m of marks) expect(m.length).toBeLessThanOrEqual(1)
  // Several notes behind one button: their count is in its name.
  expect(marks.flat().some((m) => /共\d+条/.test(m.getAttribute('aria-label')!))).toBe(true)
})

test('the list at the end of the 成绩单 still has every note of the view, each with its kind', () => {
  setRouter({}, '/pages/scorecards/index')
  render(<ScorecardsPage />)
  const list = screen.getByRole('note', { name: '数据说明' })
  // Folded at the end of the page: the ⓘ beside each figure opens its note there.
  expect(list.querySelector('.data-notes__item')).toBeNull()
  fireEvent.click(within(list).getByRole('button', { name: /^展开全部\d+条数据说明$/ }))
  const expected = feed.notes.filter((n) => placesOf(feed, n).some((p) => p.page === 'scorecards' && p.view === '2023'))
  expect(expected.length).toBeGreaterThan(0)
  for (const n of expected) expect(list).toHaveTextContent(`【${NOTE_KIND_LABEL[n.kind!]}】${n.text}`)
})

test('notes start folded: only the lines show until a reader taps one', () => {
  const noted = feed.news.find((n) =>
    n.sections.some((s) => s.figureIds.some((f) => feed.notes.some((note) => note.figureIds.includes(f)))),
  )!
  show({ page: 'news', id: noted.id })
  const marks = screen.getAllByRole('button', { name: MARK })
  expect(marks.length).toBeGreaterThan(0)
  for (const mark of marks) expect(mark).toHaveAttribute('aria-expanded', 'false')
  expect(document.querySelector('.figure-notes__text')).toBeNull()
})
