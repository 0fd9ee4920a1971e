/**
 * The weapp syntax floor (ES2017: iOS 10.3, Chrome 58): the check fails on syntax and built-ins an
 * older phone lacks, and the built-ins src/polyfills.weapp.ts adds behave as the language defines them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { transformSync } from 'esbuild'
import { checkSource } from '../../scripts/weapp/syntax-check'
import { polyfilled } from '../../scripts/weapp/syntax-floor'

const none = { methods: new Set<string>(), statics: new Set<string>() }
const messages = (source: string, installed = none) => checkSource(source, 'x.js', installed).map((f) => f.message)

describe('the syntax check at the weapp floor', () => {
  it.each([
    ['optional chaining', 'var a = b?.c'],
    ['nullish coalescing', 'var a = b ?? c'],
    ['logical assignment', 'a ??= 1'],
    ['optional catch binding', 'try { f() } catch { g() }'],
    ['object spread', 'var a = { ...b }'],
    ['regular expression named groups', 'var r = /(?<y>\\d{4})/'],
  ])('fails on %s', (_what, source) => {
    expect(messages(source)).toEqual([expect.stringMatching(/^not ES2017/)])
  })

  it('fails on .at( and on other built-ins the floor lacks, naming each', () => {
    const source =
      'x.at(-1); y.flatMap(f); Object.fromEntries(e); s.replaceAll("a", "b"); Promise.allSettled(p); globalThis.a = 1'
    expect(messages(source)).toEqual([
      'calls .at() (ES2022)',
      'calls .flatMap() (ES2019)',
      'uses Object.fromEntries (ES2019)',
      'calls .replaceAll() (ES2021)',
      'uses Promise.allSettled (ES2020)',
      'uses globalThis (ES2020)',
    ])
  })

  it('passes ES2017 code, a built-in tested with typeof first, and what the polyfills add', () => {
    const es2017 = 'async function f(a, ...b) { const { c } = await a; return [...b, c, 2 ** 3].includes(1) }'
    expect(messages(es2017)).toEqual([])
    expect(messages('var g = "object" == typeof globalThis ? globalThis : this')).toEqual([])
    expect(messages('x.at(-1); y.flatMap(f); Object.fromEntries(e)', polyfilled())).toEqual([])
    expect(messages('s.replaceAll("a", "b")', polyfilled())).toEqual(['calls .replaceAll() (ES2021)'])
  })
})

describe('the weapp polyfills on an engine without those built-ins', () => {
  const code = transformSync(readFileSync(path.join(__dirname, '..', '..', 'src', 'polyfills.weapp.ts'), 'utf8'), {
    loader: 'ts',
    format: 'cjs',
  }).code
  const realm = vm.createContext({})
  vm.runInContext(
    `delete Array.prototype.at; delete String.prototype.at; delete Array.prototype.flat;
     delete Array.prototype.flatMap; delete Object.fromEntries; delete String.prototype.trimStart;
     delete String.prototype.trimEnd; var exports = {}, module = { exports }`,
    realm,
  )
  const before = vm.runInContext('typeof [].at + typeof [].flatMap + typeof Object.fromEntries', realm)
  vm.runInContext(code, realm)
  // Each expression runs natively in Node and with the polyfills in the stripped realm.
  const cases = [
    '[1, 2, 3].at(-1)',
    '[1, 2, 3].at(5)',
    '[1, 2, 3].at(1.7)',
    '"市中区".at(-1)',
    '"ab".at(-3)',
    '[1, [2, [3, [4]]]].flat()',
    '[1, [2, [3, [4]]]].flat(Infinity)',
    '[1, , 3].flat()',
    '[1, 2].flatMap((x) => [x, [x * 2]])',
    '[1, 2].flatMap(function (x) { return this.k + x }, { k: 10 })',
    'Object.fromEntries([["a", 1], ["b", [2]]])',
    'Object.fromEntries(new Map([["m", true]]))',
    '"\\u00a0\\t 数据 \\n".trimStart()',
    '"\\u00a0\\t 数据 \\ufeff\\n".trimEnd()',
  ]

  it('starts without them', () => expect(before).toBe('undefinedundefinedundefined'))

  it.each(cases)('%s gives what the built-in gives', (expression) => {
    const polyfilledResult = JSON.stringify(vm.runInContext(expression, realm))
    expect(polyfilledResult).toBe(JSON.stringify(vm.runInNewContext(expression)))
  })

  it('adds methods that do not show up in for…in', () => {
    expect(vm.runInContext('var k = []; for (var i in []) k.push(i); for (var j in "") k.push(j); k', realm)).toEqual(
      [],
    )
  })
})
