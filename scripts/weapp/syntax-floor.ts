/**
 * The oldest JavaScript the weapp package may rely on (README, "Syntax floor"): iOS 10.3's
 * JavaScriptCore and, on Android, the V8 of WeChat's own engine at Chrome 58, which is ES2017 in
 * both. babel.config.js compiles the weapp build to these targets; scripts/weapp/syntax-check.ts
 * parses the uploaded package at this ECMAScript level and scans it for newer built-ins.
 */

import { readFileSync } from 'node:fs'
import path from 'node:path'
import targets from '../../config/weapp-targets.json'

/** @babel/preset-env targets of the weapp build, read by babel.config.js (https://babeljs.io/docs/options#targets). */
export const WEAPP_TARGETS: { ios: string; chrome: string } = targets

/** The ECMAScript edition both engines implement completely. */
export const WEAPP_ECMA_VERSION = 2017

/** Methods called on an instance that came after ES2017, with the edition that added them. */
export const NEWER_METHODS: Record<string, string> = {
  at: 'ES2022',
  flat: 'ES2019',
  flatMap: 'ES2019',
  trimStart: 'ES2019',
  trimEnd: 'ES2019',
  matchAll: 'ES2020',
  replaceAll: 'ES2021',
  findLast: 'ES2023',
  findLastIndex: 'ES2023',
  toSorted: 'ES2023',
  toReversed: 'ES2023',
  toSpliced: 'ES2023',
  finally: 'ES2018 (Promise.prototype.finally)',
}

/** Static members of built-in objects that came after ES2017. */
export const NEWER_STATICS: Record<string, string> = {
  'Object.fromEntries': 'ES2019',
  'Object.hasOwn': 'ES2022',
  'Object.groupBy': 'ES2024',
  'Map.groupBy': 'ES2024',
  'Promise.allSettled': 'ES2020',
  'Promise.any': 'ES2021',
  'Promise.withResolvers': 'ES2024',
  'Array.fromAsync': 'ES2024',
  'String.prototype.replaceAll': 'ES2021',
  'Array.prototype.at': 'ES2022',
  'Array.prototype.flat': 'ES2019',
}

/** Globals that came after ES2017 (or are not ECMAScript at all but newer web APIs). */
export const NEWER_GLOBALS: Record<string, string> = {
  globalThis: 'ES2020',
  BigInt: 'ES2020',
  WeakRef: 'ES2021',
  FinalizationRegistry: 'ES2021',
  AggregateError: 'ES2021',
  structuredClone: 'HTML (not in WeChat)',
  queueMicrotask: 'HTML (not in WeChat)',
}

const POLYFILL_FILE = path.resolve(__dirname, '..', '..', 'src', 'polyfills.weapp.ts')

/**
 * What src/polyfills.weapp.ts installs, read from its `define(target, 'name', …)` lines: instance
 * methods (`define(Array.prototype, 'flatMap'` → flatMap) and statics (`define(Object, 'fromEntries'`).
 */
export function polyfilled(source = readFileSync(POLYFILL_FILE, 'utf8')): {
  methods: Set<string>
  statics: Set<string>
} {
  const methods = new Set<string>()
  const statics = new Set<string>()
  for (const [, target, prototype, name] of source.matchAll(/^define\(\s*(\w+)(\.prototype)?,\s*'(\w+)'/gm))
    if (prototype) methods.add(name)
    else statics.add(`${target}.${name}`)
  return { methods, statics }
}
