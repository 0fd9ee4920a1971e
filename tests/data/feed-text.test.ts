/**
 * The words of the bundled feed keep to its sources: a count of new firms is not a net change,
 * a target is marked as one, a story cites every report it speaks of, and no summary is filler.
 */
import { getBundledFeed } from '../fixtures/bundled-feed'

const { feed } = getBundledFeed()
const figures = new Map(feed.figures.map((f) => [f.id, f]))

/** How a story names another report in its text, and that report's id. */
const REPORT_WORDS: Record<string, string> = {
  前三季度报道: 'src-2023-q3',
  年终回顾: 'src-2023-review',
  政府工作报告: 'src-2023-gov-report',
  党代会: 'src-2022-party-congress',
}

/** Openings and closings that tell a reader nothing (issue 15). */
const FILLER = ['下面先看总账', '这里带您一次看全', '供对照', '各项工作稳步向前', '也有进展']

test('a count of new or newly certified firms is an amount of its own, never a net change of a total', () => {
  const wrong = feed.figures.filter((f) => /^(新增|新认定)/.test(f.label) && f.metric !== 'level').map((f) => f.id)
  expect(wrong).toEqual([])
  const changes = feed.figures.filter((f) => f.metric === 'change' && /新增|新认定/.test(`${f.label}${f.note ?? ''}`))
  expect(changes.map((f) => f.id)).toEqual([])
})

test('a figure whose id says target is a target, and only those', () => {
  const mismatched = feed.figures.filter((f) => f.id.endsWith('-target') !== (f.kind === 'target')).map((f) => f.id)
  expect(mismatched).toEqual([])
})

test('a story cites every report whose figures it shows or whose words it reports', () => {
  for (const news of feed.news) {
    const shown = [news.coverFigureId, ...news.sections.flatMap((s) => s.figureIds)]
    const fromReports = new Set(shown.map((id) => figures.get(id)!.sourceId))
    const text = `${news.summary}${news.sections.map((s) => s.text).join('')}`
    for (const [word, id] of Object.entries(REPORT_WORDS)) if (text.includes(word)) fromReports.add(id)
    const uncited = [...fromReports].filter((id) => !news.sourceIds.includes(id))
    expect({ news: news.id, uncited }).toEqual({ news: news.id, uncited: [] })
  }
})

test('summaries carry figures, not filler', () => {
  const texts = [
    ...feed.news.map((n) => ({ id: n.id, text: n.summary })),
    ...feed.scorecards.map((c) => ({ id: c.id, text: c.summary })),
  ]
  for (const { id, text } of texts) {
    expect({ id, filler: FILLER.filter((f) => text.includes(f)) }).toEqual({ id, filler: [] })
    expect({ id, figures: /\d/.test(text) }).toEqual({ id, figures: true })
  }
})
