/**
 * lean-qr makes one TextEncoder when it loads, and WeChat's JS engine may have none (Android's
 * did not in our checks; the mini program API has no TextEncoder). This module, imported right
 * before lean-qr, lends it a small UTF-8 encoder for that moment only: qr.ts calls
 * `releaseTextEncoder()` once lean-qr holds its instance, so the global is left as it was found.
 * Where the engine has a TextEncoder, nothing is touched.
 */
type Encoder = { encode(text: string): Uint8Array }
type Scope = { TextEncoder?: new () => Encoder }

/** The code points of `text` as UTF-8 bytes (lone surrogates as their 3-byte form, like any encoder that does not check). */
export class Utf8Encoder implements Encoder {
  encode(text: string): Uint8Array {
    const bytes: number[] = []
    for (const ch of text) {
      const c = ch.codePointAt(0)!
      if (c < 0x80) bytes.push(c)
      else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63))
      else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
      else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    }
    return new Uint8Array(bytes)
  }
}

const scope: Scope | undefined = typeof globalThis === 'object' ? (globalThis as Scope) : undefined
const lent = scope !== undefined && typeof scope.TextEncoder !== 'function'
if (lent) scope!.TextEncoder = Utf8Encoder

/** Takes the lent encoder back (only if it is still ours); a no-op where the engine has its own. */
export function releaseTextEncoder(): void {
  if (lent && scope!.TextEncoder === Utf8Encoder) delete scope!.TextEncoder
}
