/**
 * The bundled feed's data notes: each says what kind of caveat it is, names the figures it is
 * about, cites the reports those figures come from, and is shown somewhere beside them.
 */
import { NOTE_KINDS } from '@/services/feed/vocabulary'
import { getBundledFeed } from '../fixtures/bundled-feed'
import { placesOf } from './note-places'

const { feed, issues } = getBundledFeed()
const figures = new Map(feed.figures.map((f) => [f.id, f]))
const sourceIds = new Set(feed.sources.map((s) => s.id))

test('the bundled feed loads with every note', () => {
  expect(issues.filter((i) => i.path.startsWith('$.notes'))).toEqual([])
  expect(feed.notes.length).toBeGreaterThan(0)
})

test('every note names the figures it concerns, and cites the reports they come from', () => {
  for (const note of feed.notes) {
    expect({ id: note.id, named: note.figureIds.length > 0 }).toEqual({ id: note.id, named: true })
    const missing = note.figureIds.filter((id) => !figures.has(id))
    expect({ id: note.id, missing }).toEqual({ id: note.id, missing: [] })
    const reports = [...new Set(note.figureIds.map((id) => figures.get(id)!.sourceId))]
    const uncited = reports.filter((s) => !note.sourceIds.includes(s))
    expect({ id: note.id, uncited }).toEqual({ id: note.id, uncited: [] })
    for (const s of note.sourceIds) expect(sourceIds.has(s)).toBe(true)
  }
})

test('every note says what kind of caveat it is', () => {
  const unkinded = feed.notes.filter((n) => !n.kind).map((n) => n.id)
  expect(unkinded).toEqual([])
})

describe.each(NOTE_KINDS)('data notes of kind %s', (kind) => {
  const ofKind = feed.notes.filter((n) => n.kind === kind)

  test('the feed has at least one', () => {
    expect(ofKind.length).toBeGreaterThan(0)
  })

  test('each is shown in the app where one of its figures is', () => {
    const unshown = ofKind.filter((n) => placesOf(feed, n).length === 0).map((n) => n.id)
    expect(unshown).toEqual([])
  })
})

test('a note written by this app about its own arithmetic says so in its text', () => {
  for (const note of feed.notes.filter((n) => n.kind === 'derived')) expect(note.text).toMatch(/本应用换算|换算值/)
})
