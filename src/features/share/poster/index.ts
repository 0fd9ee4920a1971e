/**
 * One pure drawing function for the share image and the poster. It draws on any 2D context with
 * the standard API — the weapp `<Canvas type="2d">` context, an HTML canvas or @napi-rs/canvas in
 * tests — and returns what it drew, so tests can check that every line stays inside the canvas.
 * The weapp build bundles this entry on its own into package-share/poster-drawing.js (config/index.ts).
 *
 * text-layout.ts breaks, measures and shrinks text; painter.ts is the only code that draws;
 * layouts.ts places the card and the poster in boxes (box.ts), with the item's caption
 * (src/domain/chart-caption.ts) for the title, the source and 数据截至.
 */
import type { ShareItem } from '@/features/share/share-item'
import { CJK_FONT_FAMILY } from '@/theme/tokens'
import { drawLayout, type PosterLayout } from './layouts'
import { Painter, type PosterContext, type PosterLine } from './painter'
import type { QrDrawn } from './qr'

export type { PosterLayout } from './layouts'
export type { PosterContext, PosterLine, PosterRole } from './painter'

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
  /** The poster only: the H5 address its QR code carries (poster-link.ts); none, no code. */
  link?: string
}

export type PosterReport = {
  /** True when some text could not be kept inside its box or the canvas, even shrunk and cut. */
  overflow: boolean
  lines: PosterLine[]
  /** Figures drawn (a poster shows 3–6 when the item has them, the card up to 3). */
  figuresShown: number
  /** The poster's QR code when it has a link: its square (CSS px, quiet zone included), modules a side, device px per module. */
  qr?: QrDrawn
}

/**
 * Draws the item as a 5:4 share card or a tall poster and reports what it drew. The canvas must be
 * sized width × pixelRatio by height × pixelRatio; the scale is set once here, so every length
 * below is in CSS pixels and the image stays sharp on the device.
 */
export function drawPoster(ctx: PosterContext, item: ShareItem, options: PosterOptions): PosterReport {
  const { width, height, layout, pixelRatio = 1, appName = '幸福微市中', fontFamily = CJK_FONT_FAMILY, link } = options
  const p = new Painter(ctx, width, height, fontFamily)
  ctx.save()
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0)
  ctx.textAlign = 'left'
  ctx.textBaseline = 'alphabetic'
  const drawn = drawLayout(p, layout, item, appName, { link, pixelRatio })
  ctx.restore()
  return { overflow: p.overflow, lines: p.lines, ...drawn }
}
