/**
 * The poster's QR code: the modules of a link (lean-qr, ISO 18004), drawn dark on white with the
 * standard quiet zone of 4 modules, each module a whole number of device pixels so the code stays
 * crisp at any pixel ratio. Only ASCII-safe modes are offered: lean-qr's Shift-JIS test needs a
 * TextDecoder that WeChat's engine lacks, and a link is ASCII anyway (routes encode their queries).
 */
import { releaseTextEncoder } from './text-encoder-shim'
import { correction, generate, mode } from 'lean-qr'
import type { Box } from './box'
import type { Painter } from './painter'

// lean-qr has made its encoder by now (imports run in order): the global goes back as it was.
releaseTextEncoder()

/** Modules of blank around the code, as the standard asks. */
export const QUIET_ZONE = 4
export const QR_DARK = '#000000'
export const QR_LIGHT = '#FFFFFF'

export type QrMatrix = { size: number; get(x: number, y: number): boolean }

/** The code of `text` at correction level M or better. */
export function qrMatrix(text: string): QrMatrix {
  const ascii = text.replace(/[^\x20-\x7e]+/g, (s) => encodeURIComponent(s))
  return generate(ascii, {
    minCorrectionLevel: correction.M,
    modes: [mode.numeric, mode.alphaNumeric, mode.ascii],
  })
}

/** What was drawn: the white square (CSS px, quiet zone included), modules a side, device px per module. */
export type QrDrawn = { box: Box; modules: number; unit: number }

/**
 * Paints the code of `text` in the square `b` (CSS px) at `pixelRatio`: a white square the size
 * of `b`, the modules centred in it, dark runs filled row by row, each module `unit` device pixels
 * (at least 1).
 */
export function drawQr(p: Painter, text: string, b: Box, pixelRatio: number): QrDrawn {
  const code = qrMatrix(text)
  const side = Math.min(b.w, b.h)
  const modules = code.size + 2 * QUIET_ZONE
  const unit = Math.max(1, Math.floor((side * pixelRatio) / modules)) // device px per module
  const m = unit / pixelRatio
  const drawn = m * code.size
  const snap = (v: number) => Math.round(v * pixelRatio) / pixelRatio
  const x0 = snap(b.x + (side - drawn) / 2)
  const y0 = snap(b.y + (side - drawn) / 2)
  p.rect({ x: b.x, y: b.y, w: side, h: side }, QR_LIGHT)
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size;) {
      if (!code.get(x, y)) {
        x++
        continue
      }
      let end = x
      while (end < code.size && code.get(end, y)) end++
      p.rect({ x: x0 + x * m, y: y0 + y * m, w: (end - x) * m, h: m }, QR_DARK)
      x = end
    }
  }
  return { box: { x: b.x, y: b.y, w: side, h: side }, modules: code.size, unit }
}
