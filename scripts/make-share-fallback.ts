/**
 * Draws the two images a share falls back to while an item's own image is not drawn yet (or
 * could not be): the 5:4 chat image and the 1:1 Moments image, with the app's name and what it
 * holds, on the district red. They ship in the weapp main package, so they are kept small: flat
 * colours, and text in one size band, which PNG compresses well.
 * Usage: npx tsx scripts/make-share-fallback.ts   (needs a font with Chinese glyphs, e.g. fonts-wqy-microhei)
 */
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createCanvas, GlobalFonts } from '@napi-rs/canvas'
import { BRAND_RED, CARD_BACKGROUND, PAGE_BACKGROUND, TEXT_COLOR } from '@/theme/tokens'
import { indexedPng } from './indexed-png'

const OUT = path.resolve(__dirname, '..', 'src', 'features', 'share', 'assets')
const FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
const FAMILY = 'WenQuanYi Micro Hei'
/**
 * A chat card is shown about 210 pt wide, a Moments thumbnail far smaller: 400 and 240 px are
 * enough for a stand-in and keep the pair near 6 KiB of the main package.
 */
const SIZES: Record<string, [number, number]> = { 'share-card.png': [400, 320], 'share-square.png': [240, 240] }
/** The app's palette; the gold rule is the share images' own (the app's --app-gold is a text colour, too dark here). */
const COLOR = { red: BRAND_RED, gold: '#e9b949', paper: PAGE_BACKGROUND, ink: TEXT_COLOR, onRed: CARD_BACKGROUND }

type Rgb = [number, number, number]
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb

/** Every colour the drawing can make: each text colour blended over its background in 8 steps (edges stay smooth at this size). */
const PALETTE: Rgb[] = [
  [COLOR.red, COLOR.onRed],
  [COLOR.paper, COLOR.ink],
  [COLOR.paper, COLOR.red],
  [COLOR.red, COLOR.gold],
  [COLOR.paper, COLOR.gold],
].flatMap(([bg, fg]) => {
  const [a, b] = [rgb(bg), rgb(fg)]
  return Array.from({ length: 8 }, (_, i) => a.map((v, k) => Math.round(v + ((b[k] - v) * i) / 7)) as Rgb)
})

/** The image's pixels as palette indexes, each pixel mapped to its nearest palette colour. */
function toIndexes(rgba: Uint8ClampedArray): Uint8Array {
  const nearest = new Map<number, number>()
  const indexes = new Uint8Array(rgba.length / 4)
  for (let i = 0; i < indexes.length; i++) {
    const o = i * 4
    const key = (rgba[o] << 16) | (rgba[o + 1] << 8) | rgba[o + 2]
    let index = nearest.get(key)
    if (index === undefined) {
      let best = Infinity
      PALETTE.forEach((p, k) => {
        const d = (p[0] - rgba[o]) ** 2 + (p[1] - rgba[o + 1]) ** 2 + (p[2] - rgba[o + 2]) ** 2
        if (d < best) [best, index] = [d, k]
      })
      nearest.set(key, index!)
    }
    indexes[i] = index!
  }
  return indexes
}

/** One image: red band with the name, gold rule, the three things the app shows, the district. */
function draw(width: number, height: number): Buffer {
  const canvas = createCanvas(width, height)
  const c = canvas.getContext('2d')
  c.fillStyle = COLOR.paper
  c.fillRect(0, 0, width, height)
  const band = Math.round(height * 0.46)
  c.fillStyle = COLOR.red
  c.fillRect(0, 0, width, band)
  c.fillStyle = COLOR.gold
  c.fillRect(0, band, width, Math.round(height * 0.025))
  c.textAlign = 'center'
  c.textBaseline = 'middle'
  c.fillStyle = COLOR.onRed
  c.font = `bold ${Math.round(width * 0.13)}px "${FAMILY}"`
  c.fillText('幸福微市中', width / 2, band * 0.5)
  c.fillStyle = COLOR.ink
  c.font = `bold ${Math.round(width * 0.066)}px "${FAMILY}"`
  c.fillText('资讯 · 成绩单 · 民生实事', width / 2, band + (height - band) * 0.4)
  c.fillStyle = COLOR.red
  c.font = `${Math.round(width * 0.05)}px "${FAMILY}"`
  c.fillText('枣庄市市中区', width / 2, band + (height - band) * 0.7)
  const indexes = toIndexes(c.getImageData(0, 0, width, height).data)
  return indexedPng({ width, height, indexes, palette: PALETTE })
}

function main() {
  if (!existsSync(FONT)) throw new Error(`${FONT} missing: apt-get install fonts-wqy-microhei`)
  GlobalFonts.registerFromPath(FONT, FAMILY)
  for (const [name, [w, h]] of Object.entries(SIZES)) {
    const png = draw(w, h)
    writeFileSync(path.join(OUT, name), png)
    console.log(`${name}: ${w}×${h}, ${(png.length / 1024).toFixed(1)} KiB`)
  }
}

main()
