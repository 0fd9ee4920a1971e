/**
 * An 8-bit indexed-colour PNG file from its rows of palette indexes, for the scripts that draw the
 * app's small images (tab icons, share fallbacks): a palette of a few colours compresses to far
 * fewer bytes than the canvas's own RGBA PNG. https://www.w3.org/TR/png/#11IHDR
 */
import { deflateSync } from 'node:zlib'

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

export type IndexedImage = {
  width: number
  height: number
  /** One palette index per pixel, row by row (width × height). */
  indexes: Uint8Array
  /** The palette's colours as [r, g, b]. */
  palette: readonly (readonly number[])[]
  /** Each palette entry's opacity (0–255), when the image has transparency. */
  alphas?: readonly number[]
}

/** The PNG file of `image`: no filter on any row, deflated at level 9. */
export function indexedPng({ width, height, indexes, palette, alphas }: IndexedImage): Buffer {
  const rows = Buffer.alloc((width + 1) * height) // each row: filter type 0, then its indexes
  for (let y = 0; y < height; y++) rows.set(indexes.subarray(y * width, (y + 1) * width), y * (width + 1) + 1)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 3, 0, 0, 0], 8) // 8-bit palette indexes, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    ...(alphas ? [chunk('tRNS', Buffer.from(alphas))] : []),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
