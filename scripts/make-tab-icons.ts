/**
 * Draws the four tab-bar icons (normal and selected) as 81×81 PNGs into src/assets/tab/.
 * WeChat's tabBar takes only local image files; drawing them keeps them tiny and on-palette.
 * Each icon is one colour at varying opacity, so it is written as an indexed PNG (one palette
 * entry per opacity) instead of the canvas's RGBA PNG: 40 % of the bytes, the same pixels. The
 * icons count against the weapp main package.
 * Usage: npx tsx scripts/make-tab-icons.ts
 */
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas'

const SIZE = 81
const COLORS = { normal: '#5c5552', active: '#c8161d' }

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

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** An indexed PNG of `color` (#rrggbb) whose pixels differ only in opacity (the canvas's alpha). */
function indexedPng(width: number, height: number, rgba: Uint8ClampedArray, color: string): Buffer {
  const rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
  const alphas = [...new Set(rgba.filter((_, i) => i % 4 === 3))].sort((a, b) => a - b)
  const index = new Map(alphas.map((a, i) => [a, i]))
  const rows = Buffer.alloc((width + 1) * height) // each row: filter type 0, then one index per pixel
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = index.get(rgba[(y * width + x) * 4 + 3])!
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 3, 0, 0, 0], 8) // 8-bit palette indices, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(alphas.flatMap(() => rgb))),
    chunk('tRNS', Buffer.from(alphas)),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
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
    writeFileSync(
      `src/assets/tab/${name}${state === 'active' ? '-active' : ''}.png`,
      indexedPng(SIZE, SIZE, data, color),
    )
  }
}
console.log('tab icons written to src/assets/tab/')
