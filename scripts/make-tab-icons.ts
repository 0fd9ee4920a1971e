/**
 * Draws the four tab-bar icons (normal and selected) as 81×81 PNGs into src/assets/tab/.
 * WeChat's tabBar takes only local image files; drawing them keeps them tiny and on-palette.
 * Usage: npx tsx scripts/make-tab-icons.ts
 */
import { writeFileSync } from 'node:fs'
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
    writeFileSync(`src/assets/tab/${name}${state === 'active' ? '-active' : ''}.png`, canvas.toBuffer('image/png'))
  }
}
console.log('tab icons written to src/assets/tab/')
