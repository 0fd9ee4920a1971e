/**
 * @jest-environment node
 *
 * The bundled feed is checked when the app is built (config/emit-feed.ts) and trusted at run time:
 * the build gives the app exactly what the loader makes of mock/feed.json, and fails on a feed
 * with any problem, on both platforms.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import webpack from 'webpack'
import { checkedFeed, EmitFeedPlugin } from '../../../config/emit-feed'
import { PACKAGE_FILES, packageFileConstants } from '../../../config/package-files'
import { checkFeedBytes } from '../../../scripts/feed-check'
import { loadFeed } from '@/services/feed/load'
import bundledJson from '../../../mock/feed.json'

const ROOT = path.resolve(__dirname, '..', '..', '..')
const FEED = path.join(ROOT, PACKAGE_FILES.feed.from)
const fixture = (name: string) => path.join(ROOT, 'tests', 'fixtures', name)

/** Runs a CommonJS file the way WeChat's require does and returns its exports. */
function evaluate(code: string): unknown {
  const module = { exports: {} }
  new Function('module', 'exports', 'require', code)(module, module.exports, require)
  return module.exports
}

/** A webpack build of `files` (entry.js the entry, in a fresh folder) with `config`; its errors and output. */
async function compile(
  files: Record<string, string>,
  config: (dir: string) => webpack.Configuration,
): Promise<{ errors: string[]; read: (file: string) => string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'feed-build-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({
      mode: 'none',
      context: dir,
      entry: './entry.js',
      output: { path: path.join(dir, 'out'), library: { type: 'commonjs2' } },
      ...config(dir),
    }).run((error, result) => (error || !result ? reject(error) : resolve(result))),
  )
  const errors = stats.compilation.errors.map((e) => e.message)
  const out: Record<string, string> = {}
  for (const name of Object.keys(stats.compilation.assets))
    out[name] = readFileSync(path.join(dir, 'out', name), 'utf8')
  rmSync(dir, { recursive: true, force: true })
  return { errors, read: (file) => out[file] }
}

describe('the bundled feed, checked at build time', () => {
  test('is exactly what the loader makes of mock/feed.json (defaults filled in), with nothing skipped', async () => {
    const { json } = await checkedFeed(FEED)
    const loaded = loadFeed(bundledJson)
    expect(loaded.issues).toEqual([])
    expect(JSON.parse(json)).toEqual(loaded.feed)
    // The loader's output form: what the app shows without loading the schema.
    expect(json).not.toEqual(JSON.stringify(bundledJson))
  })

  test('passes the rules of npm run feed:check', () => {
    expect(checkFeedBytes(readFileSync(FEED)).issues).toEqual([])
  })

  test.each([
    ['missing-unit.json', '$.figures[1].unit'],
    ['wrong-type.json', '$.figures[1].value'],
    ['duplicate-id.json', '重复的 id'],
    ['unknown-source.json', '未知来源'],
    ['invalid-header.json', '$.'],
    ['not-an-object.json', '数据不是 JSON 对象'],
  ])('a feed with a problem (%s) fails, naming it', async (name, expected) => {
    await expect(checkedFeed(fixture(name))).rejects.toThrow(expected)
    await expect(checkedFeed(fixture(name))).rejects.toThrow(/未通过数据检查（npm run feed:check -- /)
  })

  test('a feed with nothing to show fails, as npm run feed:check says', async () => {
    await expect(checkedFeed(fixture('hostile/header-only.json'))).rejects.toThrow(
      '新数据没有任何资讯、成绩单或民生实事',
    )
  })
})

describe('weapp: EmitFeedPlugin', () => {
  const build = (from: string) =>
    compile({ 'entry.js': 'module.exports = 1' }, () => ({
      plugins: [new EmitFeedPlugin(from, 'package-data/feed.js')],
    }))

  test('writes the checked feed as a CommonJS file', async () => {
    const { errors, read } = await build(FEED)
    expect(errors).toEqual([])
    expect(evaluate(read('package-data/feed.js'))).toEqual(loadFeed(bundledJson).feed)
  })

  test('an invalid feed is a build error and writes no feed', async () => {
    const { errors, read } = await build(fixture('missing-unit.json'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^package-data\/feed\.js: .*missing-unit\.json 未通过数据检查/)
    expect(errors[0]).toContain('$.figures[1].unit')
    expect(read('package-data/feed.js')).toBeUndefined()
  })
})

describe('H5: the checked-feed loader', () => {
  const build = (feed: string) =>
    compile(
      { 'entry.js': "module.exports = require('./feed.json')", 'feed.json': readFileSync(feed, 'utf8') },
      (dir) => ({
        module: { rules: [{ test: path.join(dir, 'feed.json'), loader: path.join(ROOT, 'config', 'emit-feed.ts') }] },
      }),
    )

  test('puts the checked feed in the chunk', async () => {
    const { errors, read } = await build(FEED)
    expect(errors).toEqual([])
    expect(evaluate(read('main.js'))).toEqual(loadFeed(bundledJson).feed)
  })

  test('an invalid feed is a build error', async () => {
    const { errors } = await build(fixture('missing-unit.json'))
    expect(errors.join('\n')).toMatch(/未通过数据检查[\s\S]*\$\.figures\[1\]\.unit/)
  })
})

describe('config/package-files.ts, the one list of subpackage files', () => {
  test('names each file once, and what it is made of exists', () => {
    const files = Object.values(PACKAGE_FILES).map((f) => f.file)
    expect(new Set(files).size).toBe(files.length)
    for (const { from } of Object.values(PACKAGE_FILES)) expect(existsSync(path.join(ROOT, from))).toBe(true)
  })

  test('gives the app each path as the string literal require.async needs', () => {
    const constants = packageFileConstants()
    expect(Object.keys(constants)).toEqual(Object.keys(PACKAGE_FILES).map((name) => `PACKAGE_FILES.${name}`))
    for (const [name, { file }] of Object.entries(PACKAGE_FILES))
      expect(JSON.parse(constants[`PACKAGE_FILES.${name as keyof typeof PACKAGE_FILES}`])).toBe(`./${file}`)
  })
})
