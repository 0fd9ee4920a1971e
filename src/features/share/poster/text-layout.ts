/**
 * Text on a canvas without a layout engine: lines broken where Chinese typography allows, a font
 * shrunk step by step until a text fits its box, and "…" where it still does not. Everything here
 * measures through a Meter and draws nothing (painter.ts draws).
 */

/** What measuring needs: the width of a text in the current font. All 2D contexts have it. */
export type TextMeasure = { measureText(text: string): { width: number } }

export type Weight = 'normal' | 'bold'

/** A TextMeasure whose font can be set by size and weight (the painter, which caches widths). */
export type Meter = TextMeasure & { font(size: number, weight?: Weight): void }

/** Lines fitted to a box: the text of each, the font size they were fitted at and their line height. */
export type Fitted = { lines: string[]; size: number; lineHeight: number }

export type FitOptions = {
  /** The font size to start at, and the smallest it may shrink to. */
  size: number
  minSize: number
  weight?: Weight
  maxWidth: number
  maxLines: number
  /** Line height as a multiple of the font size. */
  leading: number
}

/** A label may shrink to this share of its size to stay on one line, to this one on two. */
const LABEL_ONE_LINE_MIN = 0.86
const LABEL_TWO_LINES_MIN = 0.8
const LABEL_LEADING = 1.3

/** Each step of shrinking a text to fit takes the font size to this share of the last, rounded down. */
const SHRINK_STEP = 0.92

/** Characters that may not begin a line (closing punctuation, %, the ellipsis). */
const NO_START = new Set([...'，。、；：！？）》」』】〕〉”’…—～·%,.;:!?)]}'])
/** Characters that may not end a line (opening punctuation, a bound before its number). */
const NO_END = new Set([...'（《「『【〔〈“‘([{≥≤'])
/** Unit characters that stay on the line of the number before them: 331亿元, 2023年, 55个. */
const UNIT_CHARS = new Set([...'亿万千百元家个人项件条处台所次户名亩天年月日号场期支张吨倍番'])
/** A Latin word or a number with its sign, separators, decimals and % is one unit; anything else is one character. */
const UNIT = /[≥≤>+\-−]?[0-9A-Za-z]+(?:[.,:+\-_'’/][0-9A-Za-z]+)*%?|\s+|[\s\S]/gu

/** The units a line may break between: words and numbers whole, punctuation glued to its neighbour. */
export function breakUnits(text: string): string[] {
  const units: string[] = []
  for (const atom of text.match(UNIT) ?? []) {
    const last = units[units.length - 1]
    const glue =
      last !== undefined &&
      !/^\s/.test(atom) &&
      (NO_START.has(atom[0]) ||
        NO_END.has(last[last.length - 1]) ||
        atom === '"' ||
        last.endsWith('"') ||
        (UNIT_CHARS.has(atom) && /\d[亿万千]?$/.test(last)))
    if (glue && /^\s+$/.test(last) && units.length > 1) {
      // "文字 ）": a closing mark after a space still stays with the word before it.
      units.pop()
      units[units.length - 1] += last + atom
    } else if (glue) units[units.length - 1] = last + atom
    else units.push(atom)
  }
  return units
}

/** Characters of a number: never a line break between two of them. */
const NUMBER_CHAR = /[\d.,%]/

/**
 * Lines of `text` no wider than `maxWidth`, measured with the context's current font. Breaks between
 * Chinese characters, never before closing punctuation (，。、）》…) or after opening punctuation, and
 * keeps a Latin word or a number with its unit together (331.17亿元, 39,252元, 6.5%). When such a
 * unit is wider than a whole line it is broken between letters or after the number; a number itself
 * never is: that line comes back wider than `maxWidth`, for the caller to shrink or cut.
 */
export function wrapText(ctx: TextMeasure, text: string, maxWidth: number): string[] {
  const width = (s: string) => ctx.measureText(s).width
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    const place = (unit: string) => {
      line = unit.trimStart()
      if (width(line) <= maxWidth) return
      // Break between letters or after a number's unit, but never inside a number, before a
      // closing or after an opening mark: split where allowed, then fill greedily.
      const pieces: string[] = []
      for (const ch of line) {
        const last = pieces[pieces.length - 1]
        const prev = last?.[last.length - 1]
        const allowed =
          prev !== undefined &&
          !NO_END.has(prev) &&
          !NO_START.has(ch) &&
          !(NUMBER_CHAR.test(prev) && NUMBER_CHAR.test(ch))
        if (allowed || last === undefined) pieces.push(ch)
        else pieces[pieces.length - 1] = last + ch
      }
      line = ''
      for (const piece of pieces) {
        if (line !== '' && width(line + piece) > maxWidth) {
          lines.push(line)
          line = piece
        } else line += piece
      }
    }
    for (const unit of breakUnits(paragraph)) {
      if (line === '') {
        if (!/^\s+$/.test(unit)) place(unit)
      } else if (width((line + unit).trimEnd()) <= maxWidth) {
        line += unit
      } else {
        lines.push(line.trimEnd())
        if (!/^\s+$/.test(unit)) place(unit)
        else line = ''
      }
    }
    if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd())
  }
  return lines
}

/** `text` cut at a break unit to fit `maxWidth` with a trailing "…"; a number is dropped whole, never cut. */
export function ellipsize(ctx: TextMeasure, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text
  let out = ''
  for (const unit of breakUnits(text)) {
    if (ctx.measureText(`${out}${unit}`.trimEnd() + '…').width > maxWidth) break
    out += unit
  }
  return `${out.trimEnd().replace(/[，、：（《“\s]+$/u, '')}…`
}

/** The width of `text` at `size` and `weight`. */
export function measure(m: Meter, text: string, size: number, weight?: Weight): number {
  m.font(size, weight)
  return m.measureText(text).width
}

/** `text` on one line of `maxWidth` at `size`: whole when it fits, else cut with "…" (ellipsize). */
export function ellipsizeAt(m: Meter, text: string, size: number, maxWidth: number, weight?: Weight): string {
  m.font(size, weight)
  return ellipsize(m, text, maxWidth)
}

/**
 * Wraps `text` to `maxWidth` in at most `maxLines`, shrinking the font step by step down to
 * `minSize`; what still does not fit ends with "…" (never inside a number).
 */
export function fit(m: Meter, text: string, opts: FitOptions): Fitted {
  let size = opts.size
  for (;;) {
    m.font(size, opts.weight)
    let lines = wrapText(m, text, opts.maxWidth)
    const fits = lines.length <= opts.maxLines && lines.every((l) => m.measureText(l).width <= opts.maxWidth)
    const next = Math.max(opts.minSize, Math.floor(size * SHRINK_STEP))
    if (!fits && next === size) {
      // As small as it may be: keep maxLines lines and cut the last.
      const kept = lines.slice(0, opts.maxLines)
      if (lines.length > opts.maxLines) kept[kept.length - 1] = lines.slice(opts.maxLines - 1).join('')
      lines = kept.map((l) => ellipsize(m, l, opts.maxWidth))
    }
    if (fits || next === size) return { lines, size, lineHeight: size * opts.leading }
    size = next
  }
}

/** Whether fitting had to cut the text ("…" at the end of a line). */
export const isCut = (f: Fitted): boolean => f.lines.some((l) => l.endsWith('…'))

/** A label on one line when a slightly smaller size allows it, else on two. */
export function fitLabel(m: Meter, text: string, size: number, maxWidth: number): Fitted {
  const one = fit(m, text, { size, minSize: size * LABEL_ONE_LINE_MIN, maxWidth, maxLines: 1, leading: LABEL_LEADING })
  if (!isCut(one) || text.endsWith('…')) return one
  return fit(m, text, { size, minSize: size * LABEL_TWO_LINES_MIN, maxWidth, maxLines: 2, leading: LABEL_LEADING })
}
