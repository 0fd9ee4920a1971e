/**
 * The painter: the one place that draws on the 2D context. It fills boxes, rules and lines of text,
 * records every line it draws (role, box, size) and flags text that leaves its box or the canvas.
 * It is also the layouts' Meter: it sets fonts and measures with a cache, since fitting measures
 * the same words many times.
 * https://developers.weixin.qq.com/miniprogram/dev/api/canvas/CanvasRenderingContext2D.html
 */
import type { Box } from './box'
import type { Fitted, Meter, Weight } from './text-layout'

/** The part of CanvasRenderingContext2D the poster uses; the weapp, browser and Node contexts all have it. */
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

export type TextStyle = { size: number; weight?: Weight; color: string; role: PosterRole }

/** Where the alphabetic baseline sits below a line's top, as a share of the font size. */
export const BASELINE = 0.88
/** How far a text may pass its box or the canvas before it counts as overflow (half a pixel of rounding). */
const TOLERANCE = 0.5

export class Painter implements Meter {
  readonly lines: PosterLine[] = []
  overflow = false
  private currentFont = ''
  private readonly widths = new Map<string, number>()

  constructor(
    readonly ctx: PosterContext,
    readonly width: number,
    readonly height: number,
    readonly family: string,
  ) {}

  /** The width of `text` in the current font, measured once per font and text. */
  measureText(text: string): { width: number } {
    const key = `${this.currentFont}\n${text}`
    let width = this.widths.get(key)
    if (width === undefined) {
      width = this.ctx.measureText(text).width
      this.widths.set(key, width)
    }
    return { width }
  }

  font(size: number, weight: Weight = 'normal'): void {
    const font = `${weight === 'bold' ? 'bold ' : ''}${Math.round(size * 10) / 10}px ${this.family}`
    if (font === this.currentFont) return
    this.ctx.font = font
    this.currentFont = font
  }

  /** Draws one line with its top at `top`; records it and flags text outside `maxWidth` or the canvas. */
  text(text: string, x: number, top: number, style: TextStyle, maxWidth = this.width - x): number {
    const { ctx } = this
    this.font(style.size, style.weight)
    const w = this.measureText(text).width
    ctx.fillStyle = style.color
    ctx.fillText(text, x, top + style.size * BASELINE)
    this.lines.push({ role: style.role, text, x, y: top, width: w, size: style.size })
    if (
      w > maxWidth + TOLERANCE ||
      x < -TOLERANCE ||
      x + w > this.width + TOLERANCE ||
      top < -TOLERANCE ||
      top + style.size > this.height + TOLERANCE
    )
      this.overflow = true
    return w
  }

  /** Draws fitted lines from `top`, each centred in its line height; returns the height used. */
  block(f: Fitted, x: number, top: number, maxWidth: number, style: Omit<TextStyle, 'size'>): number {
    f.lines.forEach((line, i) => {
      const lineTop = top + i * f.lineHeight + (f.lineHeight - f.size) / 2
      this.text(line, x, lineTop, { ...style, size: f.size }, maxWidth)
    })
    return f.lines.length * f.lineHeight
  }

  /** Fills `b`, with rounded corners when `radius` is given. */
  rect({ x, y, w, h }: Box, color: string, radius = 0): void {
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

  /** A horizontal line `w` long from (x, y). */
  rule(x: number, y: number, w: number, color: string, lineWidth = 1): void {
    const { ctx } = this
    ctx.strokeStyle = color
    ctx.lineWidth = lineWidth
    ctx.beginPath()
    ctx.moveTo(x, y)
    ctx.lineTo(x + w, y)
    ctx.stroke()
  }
}
