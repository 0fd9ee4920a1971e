/** @jest-environment node */
import fc from 'fast-check'
import { breakUnits, ellipsize, wrapText } from '@/features/share/poster/text-layout'

/** A measuring stand-in: a Chinese character or full-width mark is 16 wide, anything else 9. */
const ctx = {
  measureText: (text: string) => ({ width: [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 16 : 9), 0) }),
}
const width = (s: string) => ctx.measureText(s).width

const CLOSING = /^[，。、；：！？）》」』】…%,.;:!?)]/
const OPENING = /[（《「『【“]$/
const NUMBERS = /[≥≤+-]?\d+(?:[.,]\d+)*%?/g

function expectGoodLines(text: string, lines: string[], maxWidth: number) {
  for (const line of lines) {
    expect(line).not.toMatch(CLOSING)
    expect(line).not.toMatch(OPENING)
    // Only a line that is one unbreakable number may be wider than the box.
    if (width(line) > maxWidth) expect(line).toMatch(/^[≥≤+-]?\d[\d.,]*%?$/)
  }
  expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
  for (const number of text.match(NUMBERS) ?? []) {
    expect(lines.some((l) => l.includes(number))).toBe(true)
  }
}

test('breaks Chinese text between characters and keeps every line within the width', () => {
  const text = '2023年全区地区生产总值预计完成331亿元，比上年增长6.5%，居民人均可支配收入39,252元。'
  const lines = wrapText(ctx, text, 160)
  expect(lines.length).toBeGreaterThan(2)
  expectGoodLines(text, lines, 160)
})

test('never starts a line with closing punctuation such as ，。、）》', () => {
  // 10 characters fill a 160-wide line exactly, so the mark after them pulls the 10th down with it.
  for (const mark of ['，', '。', '、', '）', '》', '；', '：', '…']) {
    const text = `一二三四五六七八九十${mark}后面的文字`
    const lines = wrapText(ctx, text, 160)
    expect(lines[0]).toBe('一二三四五六七八九')
    expect(lines[1].startsWith(`十${mark}`)).toBe(true)
    expectGoodLines(text, lines, 160)
  }
})

test('never ends a line with opening punctuation such as （《“', () => {
  const text = '一二三四五六七八九《报告名称》和（预计）'
  const lines = wrapText(ctx, text, 160)
  expect(lines[0]).toBe('一二三四五六七八九')
  expectGoodLines(text, lines, 160)
})

test('keeps numbers like 331.17, 39,252 and 6.5% and Latin words whole', () => {
  const text = '产值达到331.17亿元，收入39,252元，增长6.5%，GDP继续增长'
  for (const maxWidth of [60, 90, 120, 150, 200]) {
    const lines = wrapText(ctx, text, maxWidth)
    for (const whole of ['331.17', '39,252', '6.5%', 'GDP']) expect(lines.some((l) => l.includes(whole))).toBe(true)
    expectGoodLines(text, lines, maxWidth)
  }
})

test('breaks a Latin word that is wider than a whole line, but never a number', () => {
  const word = wrapText(ctx, 'abcdefghijklmnopqrstuvwxyz', 90)
  expect(word.length).toBeGreaterThan(1)
  for (const line of word) expect(width(line)).toBeLessThanOrEqual(90)
  expect(wrapText(ctx, '12345678901234', 90)).toEqual(['12345678901234'])
})

test('keeps the lines of a paragraph break and drops spaces at the break', () => {
  expect(wrapText(ctx, '第一段\n第二段', 500)).toEqual(['第一段', '第二段'])
  const lines = wrapText(ctx, 'one two three four five', 50)
  for (const line of lines) expect(line).toBe(line.trim())
})

test('units glue punctuation to its neighbour and keep numbers whole, with their unit', () => {
  expect(breakUnits('增长6.5%，（预计）')).toEqual(['增', '长', '6.5%，', '（预', '计）'])
  expect(breakUnits('≥550亿元，2023年')).toEqual(['≥550亿元，', '2023年'])
})

test('whatever the text, no line starts with closing punctuation and no number is split', () => {
  const piece = fc.constantFrom(
    '市',
    '中',
    '区',
    '生',
    '产',
    '总',
    '值',
    '，',
    '。',
    '、',
    '）',
    '》',
    '（',
    '《',
    '331.17',
    '39,252',
    '6.5%',
    'GDP',
    ' ',
  )
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 40, max: 400 }), (pieces, maxWidth) => {
      const text = pieces.join('')
      const lines = wrapText(ctx, text, maxWidth)
      for (const line of lines.slice(1)) expect(line).not.toMatch(CLOSING)
      for (const number of ['331.17', '39,252', '6.5%']) {
        const inText = text.split(number).length - 1
        const inLines = lines.reduce((n, l) => n + l.split(number).length - 1, 0)
        expect(inLines).toBe(inText)
      }
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
    }),
  )
})

test('ellipsize ends with … inside the width and drops a number whole rather than cutting it', () => {
  const text = '地区生产总值331.17亿元'
  const cut = ellipsize(ctx, text, 130)
  expect(cut.endsWith('…')).toBe(true)
  expect(width(cut)).toBeLessThanOrEqual(130)
  expect(cut).toBe('地区生产总值…')
  expect(ellipsize(ctx, '短句', 130)).toBe('短句')
})
