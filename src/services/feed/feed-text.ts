/**
 * What the app and `feed:check` both do with a feed file's text before validating it: the size
 * limit, and JSON with or without a UTF-8 byte order mark.
 */

import { MAX_FEED_BYTES } from './http'

export { MAX_FEED_BYTES }

/** Bytes of a string in UTF-8, without TextEncoder (older WeChat base libraries lack it). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A surrogate pair (4 bytes) counts 2 + 2.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3
  }
  return bytes
}

/** True when `text` is larger than MAX_FEED_BYTES; a long text is refused before it is counted. */
export function isOversized(text: string): boolean {
  return text.length > MAX_FEED_BYTES || utf8Length(text) > MAX_FEED_BYTES
}

/** The text without a leading UTF-8 byte order mark (editors on Windows save one). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** The parsed JSON of a feed text, or undefined when it is not JSON (e.g. cut off). */
export function parseFeedText(text: string): { raw: unknown } | undefined {
  try {
    return { raw: JSON.parse(withoutBom(text)) as unknown }
  } catch {
    return undefined
  }
}
