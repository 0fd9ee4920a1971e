/**
 * The two layouts of a share image, drawn through the painter in boxes: the chat card (5:4, and
 * the same card on the 1:1 Moments square) and the tall poster. Their lengths are named in
 * card-design.ts and poster-design.ts (px of a 500- and a 750-px design, scaled by k = canvas
 * width / design width); the parts both draw are named in design.ts, the colours in
 * @/theme/tokens. The words around the figures
 * (title, source, 数据截至) come from the item's caption (src/domain/chart-caption.ts), as on the
 * chart card.
 */
import { asOfText, sourceText, type ChartCaption } from '@/domain/chart-caption'
import { HOME_REGION } from '@/domain/region'
import type { ShareFigure, ShareItem } from '@/features/share/share-item'
import { CHAT_TITLE_MAX, fitTitle } from '@/features/share/share-payload'
import { NO_NUMBER } from '@/domain/format'
import { BRAND_RED, CARD_BACKGROUND, PAGE_BACKGROUND, SHARE_TINT, TEXT_COLOR, TEXT_MUTED } from '@/theme/tokens'
import { accentBar, bottomBand, box, type Box } from './box'
import * as CARD from './card-design'
import {
  CHIP_HEIGHT,
  CHIP_MIDDLE,
  CHIP_PAD,
  HEADER_RULE_MIN,
  HEADER_RULE_SHARE,
  META_GAP,
  META_LEADING,
  META_MIN_SHARE,
  PERCENT_GAP,
  PERCENT_UNIT_SHARE,
  TITLE_LEADING,
  UNIT_MIN_SIZE,
  VALUE_MIN_SHARE,
  VALUE_SHRINK,
  WORD_UNIT_GAP,
  WORD_UNIT_SHARE,
} from './design'
import { BASELINE, type Painter } from './painter'
import * as POSTER from './poster-design'
import { drawQr, type QrDrawn } from './qr'
import { ellipsizeAt, fit, fitLabel, isCut, measure, type Fitted } from './text-layout'

export type PosterLayout = 'card' | 'poster'

/**
 * The caption of a share item: its title and the chat title, its source (and the further reports
 * `alsoFrom`, each once), 数据截至. Every field is known, so it is written out whole.
 */
export function shareCaption(item: ShareItem, alsoFrom: string[] = []): ChartCaption {
  return {
    title: item.title,
    shortTitle: fitTitle(item.titleParts, CHAT_TITLE_MAX),
    unit: '',
    sources: [item.sourceLine],
    alsoFrom: [...new Set(alsoFrom)],
    asOf: item.dataAsOf,
  }
}

type Frame = {
  p: Painter
  item: ShareItem
  appName: string
  W: number
  H: number
  /** The H5 address the poster's QR code carries; none: no code. */
  link?: string
  pixelRatio: number
  /** Set by the poster when it drew the code. */
  qr?: QrDrawn
}

/** What stands in for the number of an item without figures (a project): its status. */
const statusFigure = (item: ShareItem) => ({ value: item.status ?? NO_NUMBER, unit: '' })

/** Growth words that mean a fall: the arrow points down. */
const DECLINE = /下降|减少|降低/
const growthText = (growth: string) => `${DECLINE.test(growth) ? '▼' : '▲'} ${growth}`

// ---------------------------------------------------------------------------------------------
// Parts both layouts use

/** Header band: the app name on district red, the region or trail at the right, a gold rule under it. */
function header(fr: Frame, h: number, nameSize: number, side: string, sideSize: number, margin: number) {
  const { p, W } = fr
  p.rect(box(0, 0, W, h), BRAND_RED)
  p.rect(box(0, h, W, Math.max(HEADER_RULE_MIN, h * HEADER_RULE_SHARE)), SHARE_TINT.gold)
  const nameW = p.text(fr.appName, margin, (h - nameSize) / 2, {
    size: nameSize,
    weight: 'bold',
    color: SHARE_TINT.onRed,
    role: 'app',
  })
  const room = W - margin * 2 - nameW - sideSize
  const sideText = ellipsizeAt(p, side, sideSize, room)
  const sideW = measure(p, sideText, sideSize)
  p.text(
    sideText,
    W - margin - sideW,
    (h - sideSize) / 2,
    { size: sideSize, color: SHARE_TINT.onRedSoft, role: 'region' },
    room,
  )
}

/** A small rounded tag such as 预计 or 实际; returns its width. */
function chip(p: Painter, text: string, x: number, top: number, size: number, strong: boolean): number {
  const padX = size * CHIP_PAD
  const h = size * CHIP_HEIGHT
  const w = measure(p, text, size, 'bold') + padX * 2
  p.rect(box(x, top, w, h), strong ? SHARE_TINT.stageChip : SHARE_TINT.actualChip, h / 2)
  p.text(text, x + padX, top + (h - size) / 2, {
    size,
    weight: 'bold',
    color: strong ? BRAND_RED : TEXT_MUTED,
    role: 'figure-stage',
  })
  return w
}

/** Value and unit on one baseline, both shrunk together until they fit `maxWidth`. */
function valueSizes(p: Painter, f: Pick<ShareFigure, 'value' | 'unit'>, valueSize: number, maxWidth: number) {
  const percent = f.unit === '%'
  const unitSize = (s: number) => Math.max(UNIT_MIN_SIZE, s * (percent ? PERCENT_UNIT_SHARE : WORD_UNIT_SHARE))
  const gap = (s: number) => s * (percent ? PERCENT_GAP : WORD_UNIT_GAP)
  let size = valueSize
  const width = (s: number) =>
    measure(p, f.value, s, 'bold') + (f.unit ? gap(s) + measure(p, f.unit, unitSize(s), 'bold') : 0)
  while (width(size) > maxWidth && size > valueSize * VALUE_MIN_SHARE) size = Math.floor(size * VALUE_SHRINK)
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
  const w = p.text(f.value, x, top, { size: s.value, weight: 'bold', color: BRAND_RED, role: 'figure-value' }, maxWidth)
  if (f.unit) {
    // Sit the unit on the number's baseline.
    const unitTop = top + s.value * BASELINE - s.unit * BASELINE
    const color = f.unit === '%' ? BRAND_RED : TEXT_COLOR
    p.text(
      f.unit,
      x + w + s.gap,
      unitTop,
      { size: s.unit, weight: 'bold', color, role: 'figure-unit' },
      maxWidth - w - s.gap,
    )
  }
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
  const chipW = chip(p, f.stage, x, top, size, f.stage !== '实际')
  const parts = [
    period ? f.period : '',
    f.growth ? growthText(f.growth) : '',
    source && f.source ? `据${f.source}` : '',
  ]
  const words = parts.filter(Boolean).join(' · ')
  if (!words) return
  const room = maxWidth - chipW - size * META_GAP
  // Shrink a little before cutting: the growth is worth keeping whole.
  const fitSize =
    measure(p, words, size) <= room ? size : Math.max(size * META_MIN_SHARE, (size * room) / measure(p, words, size))
  const text = ellipsizeAt(p, words, fitSize, room)
  const top2 = top + size * CHIP_MIDDLE - fitSize / 2
  p.text(text, x + chipW + size * META_GAP, top2, { size: fitSize, color: TEXT_COLOR, role: 'figure-meta' }, room)
}

// ---------------------------------------------------------------------------------------------
// The poster (designed 750 px wide)

function drawPosterLayout(fr: Frame): number {
  const { p, item, W, H } = fr
  const k = W / POSTER.WIDTH
  const M = POSTER.MARGIN * k
  const inner = W - 2 * M
  const caption = shareCaption(item)
  const headerH = POSTER.HEADER * k
  header(fr, headerH, POSTER.APP_SIZE * k, `枣庄市${HOME_REGION} · ${item.trail[0]}`, POSTER.REGION_SIZE * k, M)

  let y = headerH + POSTER.KICKER_TOP * k
  const trail = item.trail.some((t) => t.includes(item.period)) ? item.trail : [...item.trail, item.period]
  const kickerSize = POSTER.KICKER_SIZE * k
  const kicker = ellipsizeAt(p, trail.join(' › '), kickerSize, inner, 'bold')
  p.text(kicker, M, y, { size: kickerSize, weight: 'bold', color: BRAND_RED, role: 'kicker' }, inner)
  y += kickerSize + POSTER.KICKER_GAP * k

  // The full title when it fits two lines; else the chat title (≤ 32 characters), which nearly always does.
  const titleOptions = {
    size: POSTER.TITLE_SIZE * k,
    minSize: POSTER.TITLE_MIN_SIZE * k,
    weight: 'bold' as const,
    maxWidth: inner,
    maxLines: POSTER.TITLE_LINES,
    leading: TITLE_LEADING,
  }
  let title = fit(p, caption.title, titleOptions)
  if (isCut(title)) title = fit(p, caption.shortTitle, titleOptions)
  y += p.block(title, M, y, inner, { weight: 'bold', color: TEXT_COLOR, role: 'title' })
  y += POSTER.TITLE_GAP * k

  // Footer, anchored to the bottom: source, 数据截至 and how to open this item, beside its QR code
  // when there is a link (a weapp build without an H5 address has none: it says how to find the app).
  const qrSide = fr.link ? POSTER.QR_SIZE * Math.min(k, H / POSTER.HEIGHT) : 0
  const textW = fr.link ? inner - qrSide - POSTER.QR_GAP * k : inner
  const small = {
    size: POSTER.FOOTER_SIZE * k,
    minSize: POSTER.FOOTER_MIN_SIZE * k,
    maxWidth: textW,
    leading: POSTER.FOOTER_LEADING,
  }
  const source = fit(p, sourceText(caption), { ...small, maxLines: POSTER.SOURCE_LINES })
  const scanSize = POSTER.SCAN_SIZE * k
  const scanH = fr.link ? scanSize * POSTER.AS_OF_LEADING : 0
  const search = `在微信里搜索「${fr.appName}」小程序`
  const open = `，打开：${item.trail.join(' › ')}`
  const backOptions = { ...small, maxLines: POSTER.BACK_LINES }
  let back = fit(p, fr.link ? `也可${search}${open}` : `${search}${open}`, backOptions)
  // Beside the code the search is the second way: when its path does not fit, the kicker at the
  // top already names it.
  if (fr.link && isCut(back)) back = fit(p, `也可${search}`, backOptions)
  const asOfSize = POSTER.AS_OF_SIZE * k
  const asOfH = asOfSize * POSTER.AS_OF_LEADING
  const textH = source.lines.length * source.lineHeight + asOfH + scanH + back.lines.length * back.lineHeight
  const footerH = Math.max(textH, qrSide)
  const bottom = POSTER.BOTTOM_BAND * k
  const footerBottom = H - bottom - POSTER.FOOTER_BOTTOM_GAP * k
  let fy = footerBottom - footerH
  const footerTop = fy - POSTER.FOOTER_RULE_GAP * k
  p.rule(M, footerTop, inner, SHARE_TINT.rule, Math.max(1, POSTER.FOOTER_RULE_WIDTH * k))
  fy += p.block(source, M, fy, textW, { color: TEXT_MUTED, role: 'source' })
  p.text(
    asOfText(caption),
    M,
    fy + (asOfH - asOfSize) / 2,
    { size: asOfSize, weight: 'bold', color: TEXT_COLOR, role: 'as-of' },
    textW,
  )
  fy += asOfH
  if (fr.link) {
    p.text(
      '微信扫码，打开这一页',
      M,
      fy + (scanH - scanSize) / 2,
      { size: scanSize, weight: 'bold', color: BRAND_RED, role: 'path' },
      textW,
    )
    fy += scanH
  }
  p.block(back, M, fy, textW, { color: fr.link ? TEXT_MUTED : BRAND_RED, role: 'path' })
  if (fr.link) fr.qr = drawQr(p, fr.link, box(M + inner - qrSide, footerBottom - qrSide, qrSide, qrSide), fr.pixelRatio)
  p.rect(bottomBand(box(0, 0, W, H), bottom), BRAND_RED)

  return figuresPoster(fr, box(M, y, inner, footerTop - POSTER.FIGURES_BOTTOM_GAP * k - y), k)
}

type RowPlan = { f: ShareFigure; label: Fitted; labelW: number; h: number; valueSize: number }

/**
 * The poster's figures in `room`. Preferred: the first figure large in a panel of its own and the
 * rest as rows; when that does not fit, every figure as a row; then smaller type; then fewer
 * figures, never fewer than 3 (or all the item has). The room left carries the item's facts and summary.
 */
function figuresPoster(fr: Frame, room: Box, k: number): number {
  const { p, item } = fr
  const { x, y: top, w } = room
  const figures = item.figures
  const pad = POSTER.PANEL_PAD * k
  const gap = POSTER.PANEL_GAP * k
  const minCount = Math.min(POSTER.MIN_FIGURES, figures.length)

  const heroPlan = (f: ShareFigure | undefined, s: number) => {
    const label = fitLabel(p, f ? f.label : '进展', POSTER.HERO_LABEL_SIZE * k * s, w - 2 * pad)
    const h =
      pad +
      label.lines.length * label.lineHeight +
      POSTER.HERO_LABEL_GAP * k * s +
      POSTER.HERO_VALUE_SIZE * k * s +
      POSTER.HERO_VALUE_GAP * k * s +
      POSTER.HERO_META_SIZE * k * s * META_LEADING +
      pad
    return { label, h }
  }
  const rowPlan = (f: ShareFigure, s: number, first: boolean): RowPlan => {
    const valueSize = (first ? POSTER.FIRST_ROW_VALUE_SIZE : POSTER.ROW_VALUE_SIZE) * k * s
    const growthW = f.growth ? measure(p, `▲ ${f.growth}`, POSTER.ROW_GROWTH_SIZE * k * s) : 0
    const valueW = Math.min(
      Math.max(valueSizes(p, f, valueSize, w * POSTER.VALUE_COLUMN_SHARE).width, growthW),
      w * POSTER.VALUE_COLUMN_SHARE,
    )
    const labelW = w - 2 * pad - valueW - POSTER.ROW_COLUMN_GAP * k
    const label = fitLabel(p, f.label, POSTER.ROW_LABEL_SIZE * k * s, labelW)
    const left =
      label.lines.length * label.lineHeight + POSTER.ROW_LABEL_GAP * k * s + POSTER.ROW_META_SIZE * k * s * META_LEADING
    const right =
      valueSize +
      (f.growth ? POSTER.ROW_GROWTH_GAP * k * s + POSTER.ROW_GROWTH_SIZE * k * s * POSTER.ROW_GROWTH_LEADING : 0)
    return { f, label, labelW, valueSize, h: Math.max(left, right) + 2 * POSTER.ROW_PAD * k * s }
  }

  for (let count = figures.length; count >= minCount; count--) {
    const shown = figures.slice(0, count)
    const modes = count > POSTER.HERO_ROWS_MAX ? [true, false] : [true]
    for (const s of POSTER.FIGURE_SCALES) {
      for (const withHero of modes) {
        const hero = withHero ? heroPlan(shown[0], s) : undefined
        const rows = (withHero ? shown.slice(1) : shown).map((f, i) => rowPlan(f, s, !withHero && i === 0))
        const rowsH = rows.length > 0 ? rows.reduce((a, r) => a + r.h, 0) + pad : 0
        const total = (hero ? hero.h : 0) + (hero && rows.length > 0 ? gap : 0) + rowsH
        const lastTry =
          count === minCount &&
          s === POSTER.FIGURE_SCALES[POSTER.FIGURE_SCALES.length - 1] &&
          withHero === modes[modes.length - 1]
        if (total > room.h && !lastTry) continue
        if (total > room.h) p.overflow = true

        let y = top
        if (hero) {
          drawHero(fr, shown[0], hero.label, box(x, y, w, hero.h), s, k)
          y += hero.h + (rows.length > 0 ? gap : 0)
        }
        if (rows.length > 0) {
          p.rect(box(x, y, w, rowsH), CARD_BACKGROUND, POSTER.PANEL_RADIUS * k)
          let ry = y + pad / 2
          rows.forEach((r, i) => {
            if (!hero && i === 0)
              p.rect(accentBar(box(x, ry, w, r.h), POSTER.ACCENT_WIDTH * k, POSTER.ROW_PAD * k), BRAND_RED)
            drawRow(p, r, x + pad, ry + POSTER.ROW_PAD * k * s, w - 2 * pad, s, k)
            ry += r.h
            if (i < rows.length - 1) p.rule(x + pad, ry, w - 2 * pad, SHARE_TINT.rule)
          })
          y += rowsH
        }
        const left = top + room.h - y - gap
        const notes = notesBlock(p, item, w - 2 * pad, k, left - 2 * pad)
        if (notes) {
          p.rect(box(x, y + gap, w, notes.h + 2 * pad), CARD_BACKGROUND, POSTER.PANEL_RADIUS * k)
          notes.draw(x + pad, y + gap + pad)
        }
        return count
      }
    }
  }
  return 0
}

/** The first figure large in `panel`: label, number with unit, then stage, period and growth. A project without a number shows its status. */
function drawHero(fr: Frame, f: ShareFigure | undefined, label: Fitted, panel: Box, s: number, k: number) {
  const { p, item } = fr
  const { x, w } = panel
  const pad = POSTER.PANEL_PAD * k
  const metaSize = POSTER.HERO_META_SIZE * k * s
  p.rect(panel, CARD_BACKGROUND, POSTER.PANEL_RADIUS * k)
  p.rect(accentBar(panel, POSTER.ACCENT_WIDTH * k, POSTER.HERO_ACCENT_INSET * k), BRAND_RED)
  let y = panel.y + pad
  y += p.block(label, x + pad, y, w - 2 * pad, { color: TEXT_MUTED, role: 'figure-label' })
  y += POSTER.HERO_LABEL_GAP * k * s
  drawValue(p, f ?? statusFigure(item), x + pad, y, POSTER.HERO_VALUE_SIZE * k * s, w - 2 * pad)
  y += POSTER.HERO_VALUE_SIZE * k * s + POSTER.HERO_VALUE_GAP * k * s
  if (f) drawMeta(p, f, x + pad, y, metaSize, w - 2 * pad)
  else
    p.text(
      ellipsizeAt(p, item.period, metaSize, w - 2 * pad),
      x + pad,
      y,
      { size: metaSize, color: TEXT_COLOR, role: 'figure-meta' },
      w - 2 * pad,
    )
}

/** One figure as a row: label, stage and period on the left; the number and its growth on the right. */
function drawRow(p: Painter, r: RowPlan, x: number, top: number, w: number, s: number, k: number) {
  const { f } = r
  let ly = top
  ly += p.block(r.label, x, ly, r.labelW, { color: TEXT_COLOR, role: 'figure-label' })
  ly += POSTER.ROW_LABEL_GAP * k * s
  const meta = POSTER.ROW_META_SIZE * k * s
  const chipW = chip(p, f.stage, x, ly, meta, f.stage !== '实际')
  const metaRoom = r.labelW - chipW - POSTER.ROW_CHIP_GAP * k * s
  const words = [f.period, f.source ? `据${f.source}` : ''].filter(Boolean).join(' · ')
  p.text(
    ellipsizeAt(p, words, meta, metaRoom),
    x + chipW + POSTER.ROW_CHIP_GAP * k * s,
    ly + meta * POSTER.ROW_META_TOP,
    { size: meta, color: TEXT_MUTED, role: 'figure-meta' },
    metaRoom,
  )

  const rightW = w - r.labelW - POSTER.ROW_COLUMN_GAP * k
  const sizes = valueSizes(p, f, r.valueSize, rightW)
  drawValue(p, f, x + w - sizes.width, top, r.valueSize, rightW)
  if (f.growth) {
    const growthSize = POSTER.ROW_GROWTH_SIZE * k * s
    const g = ellipsizeAt(p, growthText(f.growth), growthSize, rightW)
    p.text(
      g,
      x + w - measure(p, g, growthSize),
      top + r.valueSize + POSTER.ROW_GROWTH_GAP * k * s,
      { size: growthSize, color: TEXT_COLOR, role: 'figure-meta' },
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
  const size = POSTER.NOTE_SIZE * k
  const lineHeight = size * POSTER.NOTE_LEADING
  const spacing = size * POSTER.NOTE_SPACING
  if (paragraphs.length === 0 || room < lineHeight * 2) return undefined
  const fitted: { f: Fitted; muted: boolean }[] = []
  let used = 0
  for (const { t, muted } of paragraphs) {
    const left = Math.floor((room - used - (fitted.length > 0 ? spacing : 0)) / lineHeight)
    if (left < 1) break
    const f = fit(p, t, { size, minSize: size, maxWidth: w, maxLines: left, leading: POSTER.NOTE_LEADING })
    used += f.lines.length * lineHeight + (fitted.length > 0 ? spacing : 0)
    fitted.push({ f, muted })
  }
  return {
    h: used,
    draw: (x: number, y: number) => {
      let top = y
      fitted.forEach(({ f, muted }, i) => {
        if (i > 0) top += spacing
        top += p.block(f, x, top, w, { color: muted ? TEXT_MUTED : TEXT_COLOR, role: 'note' })
      })
    },
  }
}

// ---------------------------------------------------------------------------------------------
// The chat card (designed 500 px wide)

function drawCardLayout(fr: Frame): number {
  const { p, item, W, H } = fr
  const k = W / CARD.WIDTH
  const M = CARD.MARGIN * k
  const inner = W - 2 * M
  header(fr, CARD.HEADER * k, CARD.APP_SIZE * k, `${item.trail[0]} · ${item.period}`, CARD.SIDE_SIZE * k, M)

  let y = CARD.HEADER * k + CARD.TITLE_TOP * k
  // The cells have no room for a figure's own report, so the footer names the other reports.
  const others = item.figures.slice(0, CARD.FIGURES).flatMap((f) => (f.source ? [f.source] : []))
  const caption = shareCaption(item, others)
  const title = fit(p, caption.shortTitle, {
    size: CARD.TITLE_SIZE * k,
    minSize: CARD.TITLE_MIN_SIZE * k,
    weight: 'bold',
    maxWidth: inner,
    maxLines: CARD.TITLE_LINES,
    leading: TITLE_LEADING,
  })
  y += p.block(title, M, y, inner, { weight: 'bold', color: TEXT_COLOR, role: 'title' })
  y += CARD.TITLE_GAP * k

  const small = CARD.SMALL_SIZE * k
  const source = fit(p, sourceText(caption), {
    size: small,
    minSize: CARD.SMALL_MIN_SIZE * k,
    maxWidth: inner,
    maxLines: caption.alsoFrom.length > 0 ? CARD.SOURCE_LINES_WITH_OTHERS : CARD.SOURCE_LINES,
    leading: CARD.SMALL_LEADING,
  })
  const back = ellipsizeAt(p, `${asOfText(caption)} · ${fr.appName} › ${item.trail.join(' › ')}`, small, inner)
  const footerH = source.lines.length * source.lineHeight + small * CARD.SMALL_LEADING
  const band = CARD.BOTTOM_BAND * k
  let fy = H - CARD.FOOTER_GAP * k - footerH - band
  p.block(source, M, fy, inner, { color: TEXT_MUTED, role: 'source' })
  fy += source.lines.length * source.lineHeight
  p.text(back, M, fy + small * CARD.AS_OF_TOP, { size: small, color: TEXT_COLOR, role: 'as-of' }, inner)
  p.rect(bottomBand(box(0, 0, W, H), band), BRAND_RED)

  const room = H - CARD.FOOTER_GAP * k - footerH - band - CARD.FIGURES_GAP * k - y
  return figuresCard(fr, box(M, y, inner, room), k)
}

/** The card's figures: up to 3 side by side in white panels, as large as the room allows. */
function figuresCard(fr: Frame, room: Box, k: number): number {
  const { p, item } = fr
  const { x, y: top, w } = room
  const shown = item.figures.slice(0, CARD.FIGURES)
  const n = Math.max(1, shown.length)
  const gap = CARD.CELL_GAP * k
  const cellW = (w - gap * (n - 1)) / n
  const pad = CARD.CELL_PAD * k
  const valueSize = CARD.CELL_VALUE_SIZES[n - 1] * k
  const labelSize = (n === 1 ? CARD.CELL_LABEL_SIZE : CARD.CELL_LABEL_SIZE_SHARED) * k
  const metaSize = CARD.CELL_META_SIZE * k
  // Figures of one indicator differ only by period: name each by its period then.
  const sameLabel = shown.length > 1 && shown.every((f) => f.label === shown[0].label)
  const names = shown.length === 0 ? ['进展'] : shown.map((f) => (sameLabel ? f.period : f.label))
  const labels = names.map((l) => fitLabel(p, l, labelSize, cellW - 2 * pad))
  const labelH = Math.max(...labels.map((l) => l.lines.length * l.lineHeight))
  let scale = 1
  const need = (s: number) =>
    pad + labelH + CARD.CELL_LABEL_GAP * k + valueSize * s + CARD.CELL_VALUE_GAP * k + metaSize * META_LEADING + pad
  while (need(scale) > room.h && scale > CARD.CELL_MIN_SCALE) scale -= CARD.CELL_SCALE_STEP
  const h = Math.min(room.h, need(scale))
  if (need(scale) > room.h + 0.5) p.overflow = true
  const vTop = top + Math.max(0, (room.h - h) / 2)

  labels.forEach((label, i) => {
    const cell = box(x + i * (cellW + gap), vTop, cellW, h)
    const f = shown[i]
    p.rect(cell, CARD_BACKGROUND, CARD.CELL_RADIUS * k)
    p.rect(accentBar(cell, CARD.CELL_ACCENT_WIDTH * k, CARD.CELL_ACCENT_INSET * k), BRAND_RED)
    let y = vTop + pad
    p.block(label, cell.x + pad, y, cellW - 2 * pad, { color: TEXT_MUTED, role: 'figure-label' })
    y += labelH + CARD.CELL_LABEL_GAP * k
    if (f) {
      drawValue(p, f, cell.x + pad, y, valueSize * scale, cellW - 2 * pad)
      y += valueSize * scale + CARD.CELL_VALUE_GAP * k
      drawMeta(p, f, cell.x + pad, y, metaSize, cellW - 2 * pad, { period: n === 1 && !sameLabel, source: false })
    } else {
      drawValue(p, statusFigure(item), cell.x + pad, y, valueSize * scale, cellW - 2 * pad)
    }
  })
  return shown.length
}

/** Paints the background and the layout; returns how many figures it showed and the QR code drawn, if any. */
export function drawLayout(
  p: Painter,
  layout: PosterLayout,
  item: ShareItem,
  appName: string,
  { link, pixelRatio = 1 }: { link?: string; pixelRatio?: number } = {},
): { figuresShown: number; qr?: QrDrawn } {
  const { width: W, height: H } = p
  p.rect(box(0, 0, W, H), PAGE_BACKGROUND)
  const frame: Frame = { p, item, appName, W, H, link, pixelRatio }
  const figuresShown = layout === 'card' ? drawCardLayout(frame) : drawPosterLayout(frame)
  return { figuresShown, ...(frame.qr ? { qr: frame.qr } : {}) }
}
