import { fireEvent, render, screen, within } from '@testing-library/react'
import { NOTE_KIND_LABEL } from '../../src/components/figure/figure-notes'
import NewsDetailPage from '../../src/package-data/pages/news-detail/index'
import ScorecardsPage from '../../src/pages/scorecards/index'
import { PERIOD_VIEWS } from '../../src/features/scorecards/scorecard-periods'
import { NOTE_KINDS } from '../../src/services/feed/vocabulary'
import { useAppStore } from '../../src/store'
import { formatValue } from '../../src/utils/format'
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

/** The "ⓘ 数据说明" lines of a note on screen. */
const marksOf = (noteId: string) =>
  Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="figure-note"][data-note-id="${noteId}"]`))

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
    if (noteId && marksOf(noteId).length > 0) break
    const folded = screen.queryAllByRole('button', { name: /^展开/ })
    if (folded.length === 0) break
    folded.forEach((b) => fireEvent.click(b))
  }
}

describe.each(NOTE_KINDS)('a data note of kind %s', (kind) => {
  const note = feed.notes.find((n) => n.kind === kind)!
  const place = placesOf(feed, note)[0]

  test('is marked under the figure it names, with its kind in words', () => {
    show(place, note.id)
    const marks = marksOf(note.id)
    expect(marks.length).toBeGreaterThan(0)
    for (const mark of marks) {
      const under = mark.closest<HTMLElement>('[data-figure-ids]')!
      const shownIds = under.getAttribute('data-figure-ids')!.split(' ')
      const named = shownIds.filter((id) => note.figureIds.includes(id))
      expect(named.length).toBeGreaterThan(0)
      // The line sits in the figure's own block, beside its number.
      const figure = figures.get(named[0])!
      expect(under.parentElement!.textContent).toContain(formatValue({ value: Math.abs(figure.value) }))
      expect(mark).toHaveTextContent(`数据说明 · ${NOTE_KIND_LABEL[kind]}`)
    }
  })

  test('shows its text there on a tap, and folds it again', () => {
    show(place, note.id)
    const mark = marksOf(note.id)[0]
    const button = within(mark).getByRole('button')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(mark).not.toHaveTextContent(note.text)
    fireEvent.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(within(mark).getByText(note.text)).toBeInTheDocument()
    fireEvent.click(button)
    expect(mark).not.toHaveTextContent(note.text)
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
  expect(row.querySelector('[data-testid="figure-note"]')).toBeNull()
})

test('the list at the end of the 成绩单 still has every note of the view, each with its kind', () => {
  show({ page: 'scorecards', view: '2023' })
  const list = screen.getByRole('note', { name: '数据说明' })
  const expected = feed.notes.filter((n) => placesOf(feed, n).some((p) => p.page === 'scorecards' && p.view === '2023'))
  expect(expected.length).toBeGreaterThan(0)
  for (const n of expected) expect(list).toHaveTextContent(`【${NOTE_KIND_LABEL[n.kind!]}】${n.text}`)
})
