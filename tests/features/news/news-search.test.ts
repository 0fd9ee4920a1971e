/** @jest-environment node */
import fc from 'fast-check'
import { createNewsSearch, type NewsHit } from '@/features/news/news-search'
import { getBundledFeed } from '../../fixtures/bundled-feed'
import { loadFeed } from '@/services/feed/load'
import type { News } from '@/services/feed/schema'
import { occurrences as findOccurrences, highlightTerms, queryTerms, splitByRanges, type Range } from '@/utils/search'
import validFeed from '../../fixtures/valid-feed.json'
import { synonymsOf } from '@/services/feed/synonyms'
import { expectFindsExactlyTheItemsWithEveryTerm, realTextQuery } from '../../helpers/search-property'

const { news } = loadFeed(validFeed).feed
const search = createNewsSearch(news)
const ids = (hits: NewsHit[]) => hits.map((h) => h.news.id).sort()
/** The text each range of a hit marks. */
const marked = (text: string, ranges: readonly Range[]) => ranges.map(([a, b]) => text.slice(a, b + 1))

describe('searching news', () => {
  test('finds a Chinese word in a title and highlights exactly that word', () => {
    const hits = search.search('回顾')
    // 回顾 is in the year review's title and summary, and in the last sentence of the Q3 summary.
    expect(ids(hits)).toEqual(['news-q3', 'news-review'])
    const review = hits.find((h) => h.news.id === 'news-review')!
    expect(review.news.title).toBe('2023年回顾：GDP预计331亿元')
    expect(marked(review.news.title, review.titleRanges)).toEqual(['回顾'])
    expect(marked(review.news.summary, review.summaryRanges)).toEqual(['回顾'])
  })

  test('ranks a card with the word in its title above one with it only in the summary', () => {
    expect(search.search('回顾').map((h) => h.news.id)).toEqual(['news-review', 'news-q3'])
  })

  test('highlights the word in a summary when the title does not have it', () => {
    const [hit] = search.search('地区生产总值').filter((h) => h.news.id === 'news-q3')
    expect(hit.titleRanges).toEqual([])
    expect(marked(hit.news.summary, hit.summaryRanges)).toEqual(['地区生产总值'])
  })

  test('finds a word that is only in the body and shows the passage around it', () => {
    const hits = search.search('镇街')
    expect(ids(hits)).toEqual(['news-review'])
    const { snippet, titleRanges, summaryRanges } = hits[0]
    expect(titleRanges).toEqual([])
    expect(summaryRanges).toEqual([])
    expect(snippet?.text).toContain('镇街综合养老服务中心')
    expect(marked(snippet!.text, snippet!.ranges)).toEqual(['镇街', '镇街'])
  })

  test('matches Latin letters regardless of case', () => {
    expect(ids(search.search('gdp'))).toEqual(['news-q3', 'news-review'])
  })

  test('requires every term, wherever in the card each one is found', () => {
    // GDP is in both titles; 养老 only in a section of the year review.
    expect(ids(search.search('GDP 养老'))).toEqual(['news-review'])
    expect(ids(search.search('GDP 257'))).toEqual(['news-q3'])
    expect(search.search('GDP 不存在的词')).toEqual([])
  })

  test('highlights each term of a multi-term query', () => {
    const [hit] = search.search('331 GDP')
    expect(marked(hit.news.title, hit.titleRanges).sort()).toEqual(['331', 'GDP'])
  })

  test('returns every card, unhighlighted and in the given order, for an empty query', () => {
    for (const q of ['', '   ', '\n']) {
      const hits = search.search(q)
      expect(hits.map((h) => h.news.id)).toEqual(['news-review', 'news-q3'])
      expect(hits.every((h) => h.titleRanges.length === 0 && h.summaryRanges.length === 0 && !h.snippet)).toBe(true)
    }
  })

  test('treats search operators as plain text', () => {
    // In Fuse's extended syntax !GDP would mean "cards without GDP" and ^ "starts with".
    expect(search.search('!GDP')).toEqual([])
    expect(search.search('^2023')).toEqual([])
    expect(search.search('养老|GDP')).toEqual([])
  })

  test('finds nothing for a word no card contains', () => {
    expect(search.search('高铁')).toEqual([])
  })

  test('splits a query on any whitespace, including the full-width space', () => {
    expect(queryTerms('  GDP\u3000养老  ')).toEqual(['GDP', '养老'])
  })
})

describe('searching the bundled news', () => {
  const bundled = getBundledFeed().feed.news
  const bundledSearch = createNewsSearch(bundled)
  const fields = (n: News) => [n.title, n.summary, ...n.sections.flatMap((s) => [s.heading, s.text])]

  /** A query made of one to three pieces of real card text. */
  const realQuery = realTextQuery(bundled, fields, { maxLength: 8, maxTerms: 3 })

  /**
   * Positions of every occurrence of every term, overlapping ones included: "11" in "2111" marks
   * "111" (a model that skipped past each match marked only "11" and failed on a random query).
   */
  const occurrences = (text: string, terms: string[]) => {
    const at = new Set<number>()
    const lower = text.toLowerCase()
    for (const term of terms) {
      for (let i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + 1)) {
        for (let k = i; k < i + term.length; k += 1) at.add(k)
      }
    }
    return [...at].sort((a, b) => a - b)
  }
  const positions = (ranges: readonly Range[]) =>
    [...new Set(ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k)))].sort((x, y) => x - y)

  test('finds exactly the cards that contain every term', () => {
    expectFindsExactlyTheItemsWithEveryTerm(bundled, fields, realQuery, (q) => ids(bundledSearch.search(q)), synonymsOf)
  })

  test('highlights exactly the query text (and its synonyms) in titles and summaries, every time it occurs', () => {
    fc.assert(
      fc.property(realQuery, (query) => {
        const terms = highlightTerms(query, synonymsOf)
        for (const h of bundledSearch.search(query)) {
          expect(positions(h.titleRanges)).toEqual(occurrences(h.news.title, terms))
          expect(positions(h.summaryRanges)).toEqual(occurrences(h.news.summary, terms))
        }
      }),
      { numRuns: 200 },
    )
  })
})

test('a term that overlaps itself is found at every position, and Latin letters in any case', () => {
  expect(findOccurrences('第2111号', ['11'])).toEqual([
    [2, 3],
    [3, 4],
  ])
  // Drawn as one highlighted run: the parts after 第2 are all hits, none repeats a character.
  expect(splitByRanges('第2111号', findOccurrences('第2111号', ['11']))).toEqual([
    { text: '第2', hit: false },
    { text: '11', hit: true },
    { text: '1', hit: true },
    { text: '号', hit: false },
  ])
  expect(findOccurrences('GDP 与 gdp', ['Gdp'])).toEqual([
    [0, 2],
    [6, 8],
  ])
})

describe('splitting text into highlighted parts', () => {
  test('marks the given ranges and keeps the rest plain', () => {
    expect(splitByRanges('市中区养老服务', [[3, 4]])).toEqual([
      { text: '市中区', hit: false },
      { text: '养老', hit: true },
      { text: '服务', hit: false },
    ])
  })

  test('merges overlapping ranges instead of repeating text', () => {
    expect(
      splitByRanges('abcdef', [
        [1, 3],
        [2, 4],
      ]).map((p) => p.text),
    ).toEqual(['a', 'bcd', 'e', 'f'])
  })

  const textAndRanges = fc.string({ minLength: 1, maxLength: 40 }).chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc
          .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
          .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
        { maxLength: 6 },
      ),
    ),
  )

  test('parts always re-join to the original text', () => {
    fc.assert(
      fc.property(textAndRanges, ([text, ranges]) => {
        expect(
          splitByRanges(text, ranges)
            .map((p) => p.text)
            .join(''),
        ).toBe(text)
      }),
      { numRuns: 1000 },
    )
  })

  test('highlights exactly the characters inside some range', () => {
    fc.assert(
      fc.property(textAndRanges, ([text, ranges]) => {
        let at = 0
        for (const part of splitByRanges(text, ranges)) {
          for (let i = at; i < at + part.text.length; i += 1) {
            expect(ranges.some(([a, b]) => a <= i && i <= b)).toBe(part.hit)
          }
          at += part.text.length
        }
      }),
      { numRuns: 1000 },
    )
  })
})

test('a synonym finds the news that say it in other words (老人 → 养老)', () => {
  const bundledSearch = createNewsSearch(getBundledFeed().feed.news)
  const viaOld = bundledSearch.search('老人').map((h) => h.news.id)
  const viaCare = bundledSearch.search('养老').map((h) => h.news.id)
  for (const id of viaCare) expect(viaOld).toContain(id)
})
