/**
 * One pure drawing function for the share image and the poster. It draws on any 2D context with
 * the standard API — the weapp `<Canvas type="2d">` context, an HTML canvas or @napi-rs/canvas in
 * tests — and returns what it drew, so tests can check that every line stays inside the canvas.
 * https://developers.weixin.qq.com/miniprogram/dev/api/canvas/CanvasRenderingContext2D.html
 */
import { CHAT_TITLE_MAX, fitTitle } from './share-payload'
import type { ShareFigure, ShareItem } from './share-item'
import { CJK_FONT_FAMILY } from '@/theme/tokens'

/** The part of CanvasRenderingContext2D this module uses; the weapp, browser and Node contexts all have it. */
export type PosterContext = {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  font: string
  textAlign: string
  textBaseline: string
  save(): void
  restore(): void
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void
  closePath(): void
  fill(): void
  stroke(): void
}

export type PosterLayout = 'card' | 'poster'

export type PosterOptions = {
  /** Size in CSS pixels; the caller sizes the canvas to width × pixelRatio by height × pixelRatio. */
  width: number
  height: number
  pixelRatio?: number
  /** 'card': the 5:4 chat share image (e.g. 500×400); 'poster': the tall poster (e.g. 750×1334). */
  layout: PosterLayout
  appName?: string
  /** A CSS font-family list; it should name a font with Chinese glyphs. */
  fontFamily?: string
}

export type PosterRole =
  | 'app'
  | 'region'
  | 'kicker'
  | 'title'
  | 'period'
  | 'figure-label'
  | 'figure-value'
  | 'figure-unit'
  | 'figure-stage'
  | 'figure-meta'
  | 'note'
  | 'source'
  | 'as-of'
  | 'path'

/** One line of text as drawn: its box in CSS pixels (top-left, measured width, font size). */
export type PosterLine = { role: PosterRole; text: string; x: number; y: number; width: number; size: number }

export type PosterReport = {
  /** True when some text could not be kept inside its box or the canvas, even shrunk and cut. */
  overflow: boolean
  lines: PosterLine[]
  /** Figures drawn (a poster shows 3–6 when the item has them, the card up to 3). */
  figuresShown: number
}

const COLOR = {
  red: '#c8161d',
  gold: '#e9b949',
  background: '#f6f3ef',
  panel: '#ffffff',
  ink: '#1f1a17',
  muted: '#5c5552',
  rule: '#e6ded6',
  onRed: '#ffffff',
  onRedSoft: 'rgba(255,255,255,0.86)',
  stageSoft: '#fbe9e8',
  actualSoft: '#efebe7',
}

// ---------------------------------------------------------------------------------------------
// Text: tokens and wrapping

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
export function wrapText(ctx: Pick<PosterContext, 'measureText'>, text: string, maxWidth: number): string[] {
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
export function ellipsize(ctx: Pick<PosterContext, 'measureText'>, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text
  let out = ''
  for (const unit of breakUnits(text)) {
    if (ctx.measureText(`${out}${unit}`.trimEnd() + '…').width > maxWidth) break
    out += unit
  }
  return `${out.trimEnd().replace(/[，、：（《“\s]+$/u, '')}…`
}

// ---------------------------------------------------------------------------------------------
// Drawing helpers

type Weight = 'normal' | 'bold'
type TextStyle = { size: number; weight?: Weight; color: string; role: PosterRole }
type Fitted = { lines: string[]; size: number; lineHeight: number }

class Painter {
  readonly lines: PosterLine[] = []
  overflow = false

  constructor(
    readonly ctx: PosterContext,
    readonly width: number,
    readonly height: number,
    readonly family: string,
  ) {}

  private currentFont = ''
  private readonly widths = new Map<string, number>()
  /** Measures with the current font and remembers each width: fitting measures the same words many times. */
  readonly meter = { measureText: (text: string) => ({ width: this.widthOf(text) }) }

  private widthOf(text: string): number {
    const key = `${this.currentFont}\n${text}`
    let w = this.widths.get(key)
    if (w === undefined) {
      w = this.ctx.measureText(text).width
      this.widths.set(key, w)
    }
    return w
  }

  font(size: number, weight: Weight = 'normal'): void {
    const font = `${weight === 'bold' ? 'bold ' : ''}${Math.round(size * 10) / 10}px ${this.family}`
    if (font === this.currentFont) return
    this.ctx.font = font
    this.currentFont = font
  }

  measure(text: string, size: number, weight: Weight = 'normal'): number {
    this.font(size, weight)
    return this.widthOf(text)
  }

  /** Draws one line with its top at `top`; records it and flags text outside `maxWidth` or the canvas. */
  text(text: string, x: number, top: number, style: TextStyle, maxWidth = this.width - x): number {
    const { ctx } = this
    this.font(style.size, style.weight)
    const w = this.widthOf(text)
    ctx.fillStyle = style.color
    ctx.fillText(text, x, top + style.size * 0.88)
    this.lines.push({ role: style.role, text, x, y: top, width: w, size: style.size })
    if (
      w > maxWidth + 0.5 ||
      x < -0.5 ||
      x + w > this.width + 0.5 ||
      top < -0.5 ||
      top + style.size > this.height + 0.5
    )
      this.overflow = true
    return w
  }

  /**
   * Wraps `text` to `maxWidth` in at most `maxLines`, shrinking the font step by step down to
   * `minSize`; what still does not fit ends with "…" (never inside a number).
   */
  fit(
    text: string,
    opts: { size: number; minSize: number; weight?: Weight; maxWidth: number; maxLines: number; leading: number },
  ): Fitted {
    let size = opts.size
    for (;;) {
      this.font(size, opts.weight)
      const lines = wrapText(this.meter, text, opts.maxWidth)
      const fits = lines.length <= opts.maxLines && lines.every((l) => this.widthOf(l) <= opts.maxWidth)
      if (fits) return { lines, size, lineHeight: size * opts.leading }
      const next = Math.max(opts.minSize, Math.floor(size * 0.92))
      if (next === size) {
        const kept = lines.slice(0, opts.maxLines)
        if (lines.length > opts.maxLines) kept[kept.length - 1] = lines.slice(opts.maxLines - 1).join('')
        return {
          lines: kept.map((l) => ellipsize(this.meter, l, opts.maxWidth)),
          size,
          lineHeight: size * opts.leading,
        }
      }
      size = next
    }
  }

  /** Draws fitted lines from `top`; returns the height used. */
  block(f: Fitted, x: number, top: number, maxWidth: number, style: Omit<TextStyle, 'size'>): number {
    f.lines.forEach((line, i) => {
      const lineTop = top + i * f.lineHeight + (f.lineHeight - f.size) / 2
      this.text(line, x, lineTop, { ...style, size: f.size }, maxWidth)
    })
    return f.lines.length * f.lineHeight
  }

  rect(x: number, y: number, w: number, h: number, color: string, radius = 0): void {
    const { ctx } = this
    ctx.fillStyle = color
    if (radius <= 0) {
      ctx.fillRect(x, y, w, h)
      return
    }
    const r = Math.min(radius, w / 2, h / 2)
    ctx.beginPath()
    ctx.moveTo(x + r, y)
    ctx.arcTo(x + w, y, x + w, y + h, r)
    ctx.arcTo(x + w, y + h, x, y + h, r)
    ctx.arcTo(x, y + h, x, y, r)
    ctx.arcTo(x, y, x + w, y, r)
    ctx.closePath()
    ctx.fill()
  }

  rule(x: number, y: number, w: number, color = COLOR.rule, lineWidth = 1): void {
    const { ctx } = this
    ctx.strokeStyle = color
    ctx.lineWidth = lineWidth
    ctx.beginPath()
    ctx.moveTo(x, y)
    ctx.lineTo(x + w, y)
    ctx.stroke()
  }

  /** A small rounded tag such as 预计 or 实际; returns its width. */
  chip(text: string, x: number, top: number, size: number, strong: boolean): number {
    const padX = size * 0.45
    const h = size * 1.5
    const w = this.measure(text, size, 'bold') + padX * 2
    this.rect(x, top, w, h, strong ? COLOR.stageSoft : COLOR.actualSoft, h / 2)
    this.text(text, x + padX, top + (h - size) / 2, {
      size,
      weight: 'bold',
      color: strong ? COLOR.red : COLOR.muted,
      role: 'figure-stage',
    })
    return w
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

/** Value and unit on one baseline, both shrunk together until they fit `maxWidth`. */
function valueSizes(p: Painter, f: Pick<ShareFigure, 'value' | 'unit'>, valueSize: number, maxWidth: number) {
  // A % reads as part of the number; a word unit (亿元, 家) is set smaller beside it.
  const percent = f.unit === '%'
  const unitSize = (s: number) => Math.max(12, s * (percent ? 0.6 : 0.36))
  const gap = (s: number) => s * (percent ? 0.04 : 0.12)
  let size = valueSize
  const width = (s: number) =>
    p.measure(f.value, s, 'bold') + (f.unit ? gap(s) + p.measure(f.unit, unitSize(s), 'bold') : 0)
  while (width(size) > maxWidth && size > valueSize * 0.45) size = Math.floor(size * 0.94)
  return { value: size, unit: unitSize(size), gap: gap(size), width: width(size) }
}

function drawValue(
  p: Painter,
  f: Pick<ShareFigure, 'value' | 'unit'>,
  x: number,
  top: number,
  valueSize: number,
  maxWidth: number,
) {
  const s = valueSizes(p, f, valueSize, maxWidth)
  const w = p.text(f.value, x, top, { size: s.value, weight: 'bold', color: COLOR.red, role: 'figure-value' }, maxWidth)
  if (f.unit) {
    // Sit the unit on the number's baseline.
    const unitTop = top + s.value * 0.88 - s.unit * 0.88
    const color = f.unit === '%' ? COLOR.red : COLOR.ink
    p.text(
      f.unit,
      x + w + s.gap,
      unitTop,
      { size: s.unit, weight: 'bold', color, role: 'figure-unit' },
      maxWidth - w - s.gap,
    )
  }
  return s.value
}

/** The stage chip, then period, growth and (when not the main report) the source, as fits. */
function drawMeta(
  p: Painter,
  f: ShareFigure,
  x: number,
  top: number,
  size: number,
  maxWidth: number,
  { period = true, source = true } = {},
) {
  const chipW = p.chip(f.stage, x, top, size, f.stage !== '实际')
  const parts = [period ? f.period : '', f.growth ? `▲ ${f.growth}` : '', source && f.source ? `据${f.source}` : '']
    .filter(Boolean)
    .map((t) => (t.startsWith('▲') && /下降|减少|降低/.test(t) ? t.replace('▲', '▼') : t))
  if (parts.length === 0) return
  const room = maxWidth - chipW - size * 0.6
  const words = parts.join(' · ')
  // Shrink a little before cutting: the growth is worth keeping whole.
  const fitSize = p.measure(words, size) <= room ? size : Math.max(size * 0.82, (size * room) / p.measure(words, size))
  const text = ellipsizeWith(p, words, fitSize, room)
  const top2 = top + size * 0.75 - fitSize / 2
  p.text(text, x + chipW + size * 0.6, top2, { size: fitSize, color: COLOR.ink, role: 'figure-meta' }, room)
}

function ellipsizeWith(p: Painter, text: string, size: number, maxWidth: number, weight: Weight = 'normal') {
  p.font(size, weight)
  return ellipsize(p.meter, text, maxWidth)
}

// ---------------------------------------------------------------------------------------------
// Layouts

type Frame = { p: Painter; item: ShareItem; appName: string; W: number; H: number }

/** Header band: the app name on district red, with a gold rule under it. */
function header(fr: Frame, h: number, nameSize: number, side: string, sideSize: number, margin: number) {
  const { p, W } = fr
  p.rect(0, 0, W, h, COLOR.red)
  p.rect(0, h, W, Math.max(2, h * 0.05), COLOR.gold)
  const nameW = p.text(fr.appName, margin, (h - nameSize) / 2, {
    size: nameSize,
    weight: 'bold',
    color: COLOR.onRed,
    role: 'app',
  })
  const room = W - margin * 2 - nameW - sideSize
  const sideText = ellipsizeWith(p, side, sideSize, room)
  const sideW = p.measure(sideText, sideSize)
  p.text(
    sideText,
    W - margin - sideW,
    (h - sideSize) / 2,
    { size: sideSize, color: COLOR.onRedSoft, role: 'region' },
    room,
  )
}

function drawPosterLayout(fr: Frame): number {
  const { p, item, W, H } = fr
  const k = W / 750
  const M = 56 * k
  const inner = W - 2 * M
  const headerH = 116 * k
  header(fr, headerH, 44 * k, `枣庄市市中区 · ${item.trail[0]}`, 26 * k, M)

  let y = headerH + 50 * k
  const trail = item.trail.some((t) => t.includes(item.period)) ? item.trail : [...item.trail, item.period]
  const kicker = ellipsizeWith(p, trail.join(' › '), 26 * k, inner, 'bold')
  p.text(kicker, M, y, { size: 26 * k, weight: 'bold', color: COLOR.red, role: 'kicker' }, inner)
  y += 26 * k + 20 * k

  // The full title when it fits two lines; else the chat title (≤ 32 characters), which nearly always does.
  const titleOpts = {
    size: 46 * k,
    minSize: 38 * k,
    weight: 'bold' as const,
    maxWidth: inner,
    maxLines: 2,
    leading: 1.3,
  }
  let title = p.fit(item.title, titleOpts)
  if (title.lines.some((l) => l.endsWith('…'))) title = p.fit(fitTitle(item.titleParts, CHAT_TITLE_MAX), titleOpts)
  y += p.block(title, M, y, inner, { weight: 'bold', color: COLOR.ink, role: 'title' })
  y += 32 * k

  // Footer, anchored to the bottom: source, 数据截至, the way back to this exact item.
  const small = 22 * k
  const source = p.fit(`来源：${item.sourceLine}`, {
    size: small,
    minSize: 18 * k,
    maxWidth: inner,
    maxLines: 3,
    leading: 1.45,
  })
  const back = p.fit(`微信搜索“${fr.appName}”小程序，打开：${item.trail.join(' › ')}`, {
    size: small,
    minSize: 18 * k,
    maxWidth: inner,
    maxLines: 2,
    leading: 1.45,
  })
  const path = p.fit(`页面路径：${safeDecode(item.path)}`, {
    size: 20 * k,
    minSize: 16 * k,
    maxWidth: inner,
    maxLines: 2,
    leading: 1.4,
  })
  const asOfH = 26 * k * 1.5
  const footerH =
    source.lines.length * source.lineHeight +
    asOfH +
    back.lines.length * back.lineHeight +
    path.lines.length * path.lineHeight +
    8 * k
  const bottomBand = 14 * k
  let fy = H - bottomBand - 30 * k - footerH
  const footerTop = fy - 24 * k
  p.rule(M, footerTop, inner, COLOR.rule, Math.max(1, 2 * k))
  fy += p.block(source, M, fy, inner, { color: COLOR.muted, role: 'source' })
  p.text(
    `数据截至 ${item.dataAsOf}`,
    M,
    fy + (asOfH - 26 * k) / 2,
    { size: 26 * k, weight: 'bold', color: COLOR.ink, role: 'as-of' },
    inner,
  )
  fy += asOfH
  fy += p.block(back, M, fy, inner, { color: COLOR.red, role: 'path' })
  fy += 8 * k
  p.block(path, M, fy, inner, { color: COLOR.muted, role: 'path' })
  p.rect(0, H - bottomBand, W, bottomBand, COLOR.red)

  return figuresPoster(fr, M, y, inner, footerTop - 28 * k - y, k)
}

type RowPlan = { f: ShareFigure; label: Fitted; labelW: number; h: number; valueSize: number }

/**
 * The poster's figures. Preferred: the first figure large in a panel of its own and the rest as
 * rows; when that does not fit, every figure as a row; then smaller type; then fewer figures, never
 * fewer than 3 (or all the item has). The room left carries the item's facts and summary.
 */
function figuresPoster(fr: Frame, x: number, top: number, w: number, room: number, k: number): number {
  const { p, item } = fr
  const figures = item.figures
  const pad = 32 * k
  const gap = 24 * k
  const minCount = Math.min(3, figures.length)
  const scales = [1, 0.92, 0.85, 0.78]

  const heroPlan = (f: ShareFigure | undefined, s: number) => {
    const label = fitLabel(p, f ? f.label : '进展', 28 * k * s, w - 2 * pad)
    const h =
      pad + label.lines.length * label.lineHeight + 8 * k * s + 104 * k * s + 24 * k * s + 26 * k * s * 1.5 + pad
    return { label, h }
  }
  const rowPlan = (f: ShareFigure, s: number, first: boolean): RowPlan => {
    const valueSize = (first ? 64 : 52) * k * s
    const growthW = f.growth ? p.measure(`▲ ${f.growth}`, 24 * k * s) : 0
    const valueW = Math.min(Math.max(valueSizes(p, f, valueSize, w * 0.5).width, growthW), w * 0.5)
    const labelW = w - 2 * pad - valueW - 28 * k
    const label = fitLabel(p, f.label, 27 * k * s, labelW)
    const left = label.lines.length * label.lineHeight + 10 * k * s + 22 * k * s * 1.5
    const right = valueSize + (f.growth ? 8 * k * s + 24 * k * s * 1.3 : 0)
    return { f, label, labelW, valueSize, h: Math.max(left, right) + 36 * k * s }
  }

  for (let count = figures.length; count >= minCount; count--) {
    const shown = figures.slice(0, count)
    const modes = count > 4 ? [true, false] : [true]
    for (const s of scales) {
      for (const withHero of modes) {
        const hero = withHero ? heroPlan(shown[0], s) : undefined
        const rows = (withHero ? shown.slice(1) : shown).map((f, i) => rowPlan(f, s, !withHero && i === 0))
        const rowsH = rows.length > 0 ? rows.reduce((a, r) => a + r.h, 0) + pad : 0
        const total = (hero ? hero.h : 0) + (hero && rows.length > 0 ? gap : 0) + rowsH
        const lastTry = count === minCount && s === scales[scales.length - 1] && withHero === modes[modes.length - 1]
        if (total > room && !lastTry) continue
        if (total > room) p.overflow = true

        let y = top
        if (hero) {
          drawHero(fr, shown[0], hero.label, x, y, w, hero.h, s, k)
          y += hero.h + (rows.length > 0 ? gap : 0)
        }
        if (rows.length > 0) {
          p.rect(x, y, w, rowsH, COLOR.panel, 20 * k)
          let ry = y + pad / 2
          rows.forEach((r, i) => {
            if (!hero && i === 0) p.rect(x, ry + 18 * k, 8 * k, r.h - 36 * k, COLOR.red)
            drawRow(p, r, x + pad, ry + 18 * k * s, w - 2 * pad, s, k)
            ry += r.h
            if (i < rows.length - 1) p.rule(x + pad, ry, w - 2 * pad)
          })
          y += rowsH
        }
        const left = top + room - y - gap
        const notes = notesBlock(p, item, w - 2 * pad, k, left - 2 * pad)
        if (notes) {
          p.rect(x, y + gap, w, notes.h + 2 * pad, COLOR.panel, 20 * k)
          notes.draw(x + pad, y + gap + pad)
        }
        return count
      }
    }
  }
  return 0
}

/** A label on one line when a slightly smaller size allows it, else on two. */
function fitLabel(p: Painter, text: string, size: number, maxWidth: number): Fitted {
  const one = p.fit(text, { size, minSize: size * 0.86, maxWidth, maxLines: 1, leading: 1.3 })
  if (!one.lines[0].endsWith('…') || text.endsWith('…')) return one
  return p.fit(text, { size, minSize: size * 0.8, maxWidth, maxLines: 2, leading: 1.3 })
}

/** The first figure large: label, number with unit, then stage, period and growth. A project without a number shows its status. */
function drawHero(
  fr: Frame,
  f: ShareFigure | undefined,
  label: Fitted,
  x: number,
  top: number,
  w: number,
  h: number,
  s: number,
  k: number,
) {
  const { p, item } = fr
  const pad = 32 * k
  p.rect(x, top, w, h, COLOR.panel, 20 * k)
  p.rect(x, top + 20 * k, 8 * k, h - 40 * k, COLOR.red)
  let y = top + pad
  y += p.block(label, x + pad, y, w - 2 * pad, { color: COLOR.muted, role: 'figure-label' })
  y += 8 * k * s
  drawValue(p, f ?? { value: item.status ?? '—', unit: '' }, x + pad, y, 104 * k * s, w - 2 * pad)
  y += 104 * k * s + 24 * k * s
  if (f) drawMeta(p, f, x + pad, y, 26 * k * s, w - 2 * pad)
  else
    p.text(
      ellipsizeWith(p, item.period, 26 * k * s, w - 2 * pad),
      x + pad,
      y,
      { size: 26 * k * s, color: COLOR.ink, role: 'figure-meta' },
      w - 2 * pad,
    )
}

/** One figure as a row: label, stage and period on the left; the number and its growth on the right. */
function drawRow(p: Painter, r: RowPlan, x: number, top: number, w: number, s: number, k: number) {
  const { f } = r
  let ly = top
  ly += p.block(r.label, x, ly, r.labelW, { color: COLOR.ink, role: 'figure-label' })
  ly += 10 * k * s
  const meta = 22 * k * s
  const chipW = p.chip(f.stage, x, ly, meta, f.stage !== '实际')
  const metaRoom = r.labelW - chipW - 12 * k * s
  const words = [f.period, f.source ? `据${f.source}` : ''].filter(Boolean).join(' · ')
  p.text(
    ellipsizeWith(p, words, meta, metaRoom),
    x + chipW + 12 * k * s,
    ly + meta * 0.25,
    { size: meta, color: COLOR.muted, role: 'figure-meta' },
    metaRoom,
  )

  const rightW = w - r.labelW - 28 * k
  const sizes = valueSizes(p, f, r.valueSize, rightW)
  drawValue(p, f, x + w - sizes.width, top, r.valueSize, rightW)
  if (f.growth) {
    const g = ellipsizeWith(p, `${/下降|减少|降低/.test(f.growth) ? '▼' : '▲'} ${f.growth}`, 24 * k * s, rightW)
    const gw = p.measure(g, 24 * k * s)
    p.text(
      g,
      x + w - gw,
      top + r.valueSize + 8 * k * s,
      { size: 24 * k * s, color: COLOR.ink, role: 'figure-meta' },
      rightW,
    )
  }
}

/** Facts (muted) and the summary as paragraphs within `room`; undefined when there is nothing to say or no room. */
function notesBlock(p: Painter, item: ShareItem, w: number, k: number, room: number) {
  const paragraphs = [
    ...item.facts.map((t) => ({ t, muted: true })),
    ...(item.summary ? [{ t: item.summary, muted: false }] : []),
  ]
  const size = 26 * k
  const lineHeight = size * 1.5
  const spacing = size * 0.5
  if (paragraphs.length === 0 || room < lineHeight * 2) return undefined
  const fitted: { f: Fitted; muted: boolean }[] = []
  let used = 0
  for (const { t, muted } of paragraphs) {
    const left = Math.floor((room - used - (fitted.length > 0 ? spacing : 0)) / lineHeight)
    if (left < 1) break
    const f = p.fit(t, { size, minSize: size, maxWidth: w, maxLines: left, leading: 1.5 })
    used += f.lines.length * lineHeight + (fitted.length > 0 ? spacing : 0)
    fitted.push({ f, muted })
  }
  return {
    h: used,
    draw: (x: number, y: number) => {
      let top = y
      fitted.forEach(({ f, muted }, i) => {
        if (i > 0) top += spacing
        top += p.block(f, x, top, w, { color: muted ? COLOR.muted : COLOR.ink, role: 'note' })
      })
    },
  }
}

/** The chat card shows this many figures at most, side by side. */
const CARD_FIGURES = 3

function drawCardLayout(fr: Frame): number {
  const { p, item, W, H } = fr
  const k = W / 500
  const M = 28 * k
  const inner = W - 2 * M
  header(fr, 58 * k, 26 * k, `${item.trail[0]} · ${item.period}`, 17 * k, M)

  let y = 58 * k + 20 * k
  const title = p.fit(fitTitle(item.titleParts, CHAT_TITLE_MAX), {
    size: 26 * k,
    minSize: 19 * k,
    weight: 'bold',
    maxWidth: inner,
    maxLines: 2,
    leading: 1.3,
  })
  y += p.block(title, M, y, inner, { weight: 'bold', color: COLOR.ink, role: 'title' })
  y += 14 * k

  const small = 13 * k
  // The cells have no room for a figure's own report, so the footer names the other reports.
  const others = [...new Set(item.figures.slice(0, CARD_FIGURES).flatMap((f) => (f.source ? [f.source] : [])))]
  const source = p.fit(`来源：${item.sourceLine}${others.length > 0 ? `；另据${others.join('、')}` : ''}`, {
    size: small,
    minSize: 12 * k,
    maxWidth: inner,
    maxLines: others.length > 0 ? 3 : 2,
    leading: 1.4,
  })
  const back = ellipsizeWith(p, `数据截至 ${item.dataAsOf} · ${fr.appName} › ${item.trail.join(' › ')}`, small, inner)
  const footerH = source.lines.length * source.lineHeight + small * 1.4
  let fy = H - 10 * k - footerH - 8 * k
  p.block(source, M, fy, inner, { color: COLOR.muted, role: 'source' })
  fy += source.lines.length * source.lineHeight
  p.text(back, M, fy + small * 0.2, { size: small, color: COLOR.ink, role: 'as-of' }, inner)
  p.rect(0, H - 8 * k, W, 8 * k, COLOR.red)

  const room = H - 10 * k - footerH - 8 * k - 12 * k - y
  return figuresCard(fr, M, y, inner, room, k)
}

/** The card's figures: up to 3 side by side in white panels, as large as the room allows. */
function figuresCard(fr: Frame, x: number, top: number, w: number, room: number, k: number): number {
  const { p, item } = fr
  const shown = item.figures.slice(0, CARD_FIGURES)
  const n = Math.max(1, shown.length)
  const gap = 12 * k
  const cellW = (w - gap * (n - 1)) / n
  const pad = 14 * k
  const valueSize = (n === 1 ? 64 : n === 2 ? 46 : 36) * k
  const labelSize = (n === 1 ? 17 : 15) * k
  const metaSize = 13 * k
  // Figures of one indicator differ only by period: name each by its period then.
  const sameLabel = shown.length > 1 && shown.every((f) => f.label === shown[0].label)
  const names = shown.length === 0 ? ['进展'] : shown.map((f) => (sameLabel ? f.period : f.label))
  const labels = names.map((l) => fitLabel(p, l, labelSize, cellW - 2 * pad))
  const labelH = Math.max(...labels.map((l) => l.lines.length * l.lineHeight))
  let scale = 1
  const need = (s: number) => pad + labelH + 6 * k + valueSize * s + 10 * k + metaSize * 1.5 + pad
  while (need(scale) > room && scale > 0.6) scale -= 0.05
  const h = Math.min(room, need(scale))
  if (need(scale) > room + 0.5) p.overflow = true
  const vTop = top + Math.max(0, (room - h) / 2)

  labels.forEach((label, i) => {
    const cx = x + i * (cellW + gap)
    const f = shown[i]
    p.rect(cx, vTop, cellW, h, COLOR.panel, 12 * k)
    p.rect(cx, vTop + 12 * k, 4 * k, h - 24 * k, COLOR.red)
    let y = vTop + pad
    p.block(label, cx + pad, y, cellW - 2 * pad, { color: COLOR.muted, role: 'figure-label' })
    y += labelH + 6 * k
    if (f) {
      drawValue(p, f, cx + pad, y, valueSize * scale, cellW - 2 * pad)
      y += valueSize * scale + 10 * k
      drawMeta(p, f, cx + pad, y, metaSize, cellW - 2 * pad, { period: n === 1 && !sameLabel, source: false })
    } else {
      drawValue(p, { value: item.status ?? '—', unit: '' }, cx + pad, y, valueSize * scale, cellW - 2 * pad)
    }
  })
  return shown.length
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/**
 * Draws the item as a 5:4 share card or a tall poster and reports what it drew. The canvas must be
 * sized width × pixelRatio by height × pixelRatio; the scale is set once here, so every length
 * below is in CSS pixels and the image stays sharp on the device.
 */
export function drawPoster(ctx: PosterContext, item: ShareItem, options: PosterOptions): PosterReport {
  const { width: W, height: H, layout } = options
  const pixelRatio = options.pixelRatio ?? 1
  const p = new Painter(ctx, W, H, options.fontFamily ?? CJK_FONT_FAMILY)
  ctx.save()
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0)
  ctx.textAlign = 'left'
  ctx.textBaseline = 'alphabetic'
  p.rect(0, 0, W, H, COLOR.background)
  const frame: Frame = { p, item, appName: options.appName ?? '幸福微市中', W, H }
  const figuresShown = layout === 'card' ? drawCardLayout(frame) : drawPosterLayout(frame)
  ctx.restore()
  return { overflow: p.overflow, lines: p.lines, figuresShown }
}
