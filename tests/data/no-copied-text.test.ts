/**
 * No sentence of the source documents is copied into the project (figures, names and titles may
 * carry over). Same rules as the before-stop hook; see copy-check.ts.
 * @jest-environment node
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { COPY_ALLOW_LIST } from './copy-allow-list'
import { copiedRuns, keptText, projectFiles, readSeeds, RUN, scanProject, TITLE_MAX, toSimplified } from './copy-check'

const ROOT = resolve(__dirname, '../..')
/** In CI the seeds are beside the checkout, read-only; SEEDS_DIR may point elsewhere. */
const SEEDS_DIR = process.env.SEEDS_DIR ?? resolve(ROOT, '../shared/seeds')
const TRADITIONAL = '001_9301914a83890df3.txt'
const isPreConverted = (name: string) => name.endsWith('.simplified.txt')
const same = (text: string) => text

// Throws (and so fails the suite loudly) when the seeds are not there.
const seeds = readSeeds(SEEDS_DIR)
const fixture = readFileSync(join(__dirname, 'fixtures/copied-from-001.fixture'), 'utf8')

describe('text copied from the source documents', () => {
  it('reads all the source documents, the traditional 001 among them', () => {
    expect(seeds.files).toContain(TRADITIONAL)
    expect(seeds.files.filter((f) => !isPreConverted(f)).length).toBeGreaterThanOrEqual(5)
  })

  it('finds no run of 20 characters from a source in the feed, the code, the tests or the docs', () => {
    const files = projectFiles(ROOT)
    expect(files).toEqual(expect.arrayContaining(['mock/feed.json', 'README.md', 'src/app.config.ts']))
    const hits = scanProject(ROOT, files, seeds, COPY_ALLOW_LIST).map((h) => `${h.file}: ${h.run}`)
    expect(hits).toEqual([])
  })

  it('catches a sentence of 001 pasted in traditional characters, by converting it', () => {
    const withoutPreConverted = readSeeds(SEEDS_DIR, toSimplified, isPreConverted)
    const runs = copiedRuns(fixture, withoutPreConverted)
    expect(runs).toHaveLength(1)
    expect(runs[0]).toContain('最低生活保障救助标准')
    // Without converting the pasted text, its traditional characters would slip through.
    expect(copiedRuns(fixture, withoutPreConverted, [], same)).toEqual([])
  })

  it('catches the same sentence in simplified characters although only the traditional 001 is read', () => {
    const traditionalOnly = readSeeds(SEEDS_DIR, toSimplified, (name) => name !== TRADITIONAL)
    const simplified = toSimplified(fixture)
    expect(copiedRuns(simplified, traditionalOnly)).toHaveLength(1)
    // The seed's conversion is what finds it: unconverted, 001 shares no run with it.
    expect(
      copiedRuns(
        simplified,
        readSeeds(SEEDS_DIR, same, (name) => name !== TRADITIONAL),
        [],
        same,
      ),
    ).toEqual([])
  })

  it('lets 19 characters of a sentence through and stops 20, ignoring punctuation and spaces', () => {
    // A long line of 001, read from the seed so that this file copies nothing itself.
    const line = toSimplified(readFileSync(join(SEEDS_DIR, TRADITIONAL), 'utf8'))
      .split('\n')
      .find((l) => keptText(l).length > 2 * TITLE_MAX) as string
    const kept = keptText(line)
    expect(copiedRuns(`我们说：${kept.slice(0, RUN - 1)}。`, seeds)).toEqual([])
    const spaced = kept.slice(0, RUN).split('').join(' ')
    expect(copiedRuns(`我们说：${spaced}。`, seeds)).toEqual([kept.slice(0, RUN)])
  })

  it('lets the headline of a report through as a title', () => {
    expect(copiedRuns('来源：回望2023·枣庄市中这一年 8张成绩单,续写市中发展荣光', seeds)).toEqual([])
  })

  it('keeps the allow-list short, reviewed and in use', () => {
    const files = projectFiles(ROOT)
    const texts = files.map((f) => keptText(readFileSync(join(ROOT, f), 'utf8')))
    for (const entry of COPY_ALLOW_LIST) {
      expect(entry.reason.trim().length).toBeGreaterThan(0)
      expect(keptText(entry.text).length).toBeLessThanOrEqual(TITLE_MAX)
      expect(texts.some((t) => t.includes(keptText(entry.text)))).toBe(true)
    }
    expect(COPY_ALLOW_LIST.length).toBeLessThanOrEqual(10)
  })
})
