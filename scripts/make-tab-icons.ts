/**
 * Draws the four tab-bar icons (normal and selected) as 81×81 PNGs into src/assets/tab/.
 * WeChat's tabBar takes only local image files; drawing them keeps them tiny and on-palette.
 * Each icon is one colour at varying opacity, so it is written as an indexed PNG (one palette
 * entry per opacity) instead of the canvas's RGBA PNG: 40 % of the bytes, the same pixels. The
 * icons count against the weapp main package.
 * Usage: npx tsx scripts/make-tab-icons.ts
 */
import { writeFileSync } from 'node:fs'
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas'
import { BRAND_RED, TEXT_MUTED } from '@/theme/tokens'
import { indexedPng } from './indexed-png'

const SIZE = 81
const COLORS = { normal: TEXT_MUTED, active: BRAND_RED }

const icons: Record<string, (c: SKRSContext2D) => void> = {
  news(c) {
    c.strokeRect(16, 12, 49, 57)
    for (const y of [28, 40, 52]) {
      c.beginPath()
      c.moveTo(26, y)
      c.lineTo(55, y)
      c.stroke()
    }
  },
  scorecards(c) {
    c.fillRect(16, 44, 11, 24)
    c.fillRect(35, 30, 11, 38)
    c.fillRect(54, 16, 11, 52)
  },
  projects(c) {
    c.beginPath()
    c.moveTo(12, 40)
    c.lineTo(40.5, 14)
    c.lineTo(69, 40)
    c.stroke()
    c.strokeRect(20, 38, 41, 30)
    c.fillRect(35, 50, 11, 18)
  },
  mine(c) {
    c.beginPath()
    c.arc(40.5, 28, 13, 0, Math.PI * 2)
    c.stroke()
    c.beginPath()
    c.arc(40.5, 72, 26, Math.PI * 1.1, Math.PI * 1.9)
    c.stroke()
  },
}

/** An image of `color` (#rrggbb) whose pixels differ only in opacity (the canvas's alpha): one palette entry per opacity. */
function tintPng(width: number, height: number, rgba: Uint8ClampedArray, color: string): Buffer {
  const rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
  const alphas = [...new Set(rgba.filter((_, i) => i % 4 === 3))].sort((a, b) => a - b)
  const index = new Map(alphas.map((a, i) => [a, i]))
  const indexes = Uint8Array.from({ length: width * height }, (_, i) => index.get(rgba[i * 4 + 3])!)
  return indexedPng({ width, height, indexes, palette: alphas.map(() => rgb), alphas })
}

for (const [name, draw] of Object.entries(icons)) {
  for (const [state, color] of Object.entries(COLORS)) {
    const canvas = createCanvas(SIZE, SIZE)
    const c = canvas.getContext('2d')
    c.strokeStyle = color
    c.fillStyle = color
    c.lineWidth = 6
    c.lineJoin = 'round'
    c.lineCap = 'round'
    draw(c)
    const { data } = c.getImageData(0, 0, SIZE, SIZE)
    writeFileSync(`src/assets/tab/${name}${state === 'active' ? '-active' : ''}.png`, tintPng(SIZE, SIZE, data, color))
  }
}
console.log('tab icons written to src/assets/tab/')
