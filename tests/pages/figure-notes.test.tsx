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

const MARK = /^ⓘ 数据说明 · /

/** Opens every "ⓘ 数据说明" line on screen; returns the blocks that now show this note's text. */
function openMarks(noteId: string): HTMLElement[] {
  for (const mark of screen.queryAllByRole('button', { name: MARK })) {
    if (mark.getAttribute('aria-expanded') === 'false') fireEvent.click(mark)
  }
  return Array.from(document.querySelectorAll<HTMLElement>(`.figure-notes__text[data-note-id="${noteId}"]`)).map(
    (text) => text.closest<HTMLElement>('.figure-notes')!,
  )
}

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

  test('is marked under a figure it names, with its kind in words', () => {
    show(place, note.id)
    const blocks = openMarks(note.id)
    expect(blocks.length).toBeGreaterThan(0)
    for (const block of blocks) {
      // The line sits in the figure's own block (row, cell or line), beside the figure's number.
      const figureBlock = block.parentElement!.textContent!
      expect(numbers.some((n) => figureBlock.includes(n))).toBe(true)
      const mark = within(block).getByRole('button', { name: MARK })
      expect(mark).toHaveTextContent(NOTE_KIND_LABEL[kind])
      expect(block).toHaveTextContent(`【${NOTE_KIND_LABEL[kind]}】${note.text}`)
    }
  })

  test('shows its text only after a tap, and folds it again', () => {
    show(place, note.id)
    const block = openMarks(note.id)[0]
    const mark = within(block).getByRole('button', { name: MARK })
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
  expect(row.querySelector('.figure-notes')).toBeNull()
})

test('the list at the end of the 成绩单 still has every note of the view, each with its kind', () => {
  show({ page: 'scorecards', view: '2023' })
  const list = screen.getByRole('note', { name: '数据说明' })
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
