/**
 * weapp: the built-ins newer than the syntax floor (ES2017, scripts/weapp/syntax-floor.ts) that the
 * app and its subpackages call, added to the logic layer's globals where the phone lacks them.
 * app.ts imports this first, so it runs before any other code of app.js and of the subpackages.
 * `npm run check:weapp-syntax` reads the `define(…)` lines below and fails on any other newer
 * built-in the package calls. Written here rather than taken from core-js, which cost 27 KiB of the
 * main package for these seven methods.
 */
type Fn = (this: never, ...args: never[]) => unknown

/** Adds a method the way the language defines built-ins: writable, configurable, not enumerable. */
function define(target: object, name: string, value: Fn) {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true })
}

/** The index `at` reads: relative to the end when negative, undefined outside. */
function relativeIndex(length: number, index: unknown): number | undefined {
  const n = Math.trunc(Number(index)) || 0
  const i = n < 0 ? length + n : n
  return i >= 0 && i < length ? i : undefined
}

function flatten(items: ArrayLike<unknown>, depth: number): unknown[] {
  const out: unknown[] = []
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) continue
    const item = items[i]
    if (depth >= 1 && Array.isArray(item)) out.push(...flatten(item, depth - 1))
    else out.push(item)
  }
  return out
}

define(Array.prototype, 'at', function (this: unknown[], index: unknown) {
  const i = relativeIndex(this.length, index)
  return i === undefined ? undefined : this[i]
})
define(String.prototype, 'at', function (this: string, index: unknown) {
  const s = String(this)
  const i = relativeIndex(s.length, index)
  return i === undefined ? undefined : s.charAt(i)
})
define(Array.prototype, 'flat', function (this: unknown[], depth?: unknown) {
  return flatten(this, depth === undefined ? 1 : Math.trunc(Number(depth)) || 0)
})
define(
  Array.prototype,
  'flatMap',
  function (this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, that?: unknown) {
    return flatten(this.map(fn, that), 1)
  },
)
define(Object, 'fromEntries', function (entries: Iterable<readonly [PropertyKey, unknown]>) {
  const out: Record<PropertyKey, unknown> = {}
  for (const [key, value] of entries) out[key] = value
  return out
})
// The whitespace String.prototype.trim removes: ECMAScript's WhiteSpace and LineTerminator.
const SPACE = '[\\s\\uFEFF\\xA0]+'
const LEADING = new RegExp(`^${SPACE}`)
const TRAILING = new RegExp(`${SPACE}$`)
define(String.prototype, 'trimStart', function (this: string) {
  return String(this).replace(LEADING, '')
})
define(String.prototype, 'trimEnd', function (this: string) {
  return String(this).replace(TRAILING, '')
})

export {}
