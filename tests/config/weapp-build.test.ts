/**
 * @jest-environment node
 *
 * The pieces config/index.ts adds to the weapp build to keep the main package small.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { transformSync } from '@babel/core'
import * as acorn from 'acorn'
import { createCanvas } from '@napi-rs/canvas'
import { bundlePackageModule } from '../../config/package-module'
import templatePlugin, { type ComponentConfig } from '../../config/template-components'
import { WEAPP_ECMA_VERSION } from '../../scripts/weapp/syntax-floor'
import { drawPoster } from '@/features/share/poster'
import { scorecardShareItem } from '@/features/share/share-item'
import { loadFeed } from '@/services/feed/load'
import feedJson from '../../mock/feed.json'
import { getBundledFeed } from '../fixtures/bundled-feed'

const ROOT = path.resolve(__dirname, '..', '..')
const src = (file: string) => path.join(ROOT, 'src', file)

/** Runs a CommonJS bundle the way WeChat's require does and returns its exports. */
function evaluate<T>(code: string): T {
  const module = { exports: {} }
  new Function('module', 'exports', 'require', code)(module, module.exports, require)
  return module.exports as T
}

describe('subpackage modules (config/package-module.ts)', () => {
  test('the feed loader bundle validates exactly like load.ts, and leaves Taro and React out', async () => {
    const { code, inputs } = await bundlePackageModule(src('services/feed/load.ts'))
    const bundled = evaluate<{ loadFeed: typeof loadFeed }>(code)
    expect(bundled.loadFeed(feedJson)).toEqual(loadFeed(feedJson))
    const broken = { ...feedJson, figures: [{ id: 'x' }, ...feedJson.figures.slice(1)] }
    expect(bundled.loadFeed(broken).issues).toEqual(loadFeed(broken).issues)
    expect(inputs.some((file) => file.includes(`${path.sep}valibot${path.sep}`))).toBe(true)
    expect(inputs.filter((file) => /@tarojs|react/.test(file))).toEqual([])
  })

  test('the poster drawing bundle draws the same poster as poster.ts', async () => {
    const { code } = await bundlePackageModule(src('features/share/poster/index.ts'))
    const bundled = evaluate<{ drawPoster: typeof drawPoster }>(code)
    const item = scorecardShareItem(getBundledFeed().feed, 'sc-2023-1')!
    const draw = (fn: typeof drawPoster) => {
      const canvas = createCanvas(750, 1334)
      const report = fn(canvas.getContext('2d') as never, item, { width: 750, height: 1334, layout: 'poster' })
      return { report, png: canvas.toBuffer('image/png') }
    }
    const [fromSource, fromBundle] = [draw(drawPoster), draw(bundled.drawPoster)]
    expect(fromBundle.report).toEqual(fromSource.report)
    expect(fromBundle.png.equals(fromSource.png)).toBe(true)
  })

  test('a module that imports Taro cannot become one', async () => {
    await expect(bundlePackageModule(src('features/share/components/weapp-canvas.ts'))).rejects.toThrow(
      /不能打包 Taro、React 或 NutUI/,
    )
  })
})

test('the installed @tarojs/taro entry reads only `hooks` from the runtime (patches/, applied by postinstall)', () => {
  const entry = readFileSync(require.resolve('@tarojs/taro/index.js'), 'utf8')
  expect(entry).toContain("const hooks = require('@tarojs/runtime').hooks")
  expect(entry).not.toContain('const { hooks }')
})

test("the template plugin takes scroll-view out of the set Taro's modifyComponentConfig hook hands it", () => {
  const hooked: Array<(args: { componentConfig: ComponentConfig }) => void> = []
  templatePlugin({ modifyComponentConfig: (fn: (typeof hooked)[number]) => hooked.push(fn) } as never)
  expect(hooked).toHaveLength(1)
  const componentConfig = { includes: new Set(['view', 'text', 'image', 'scroll-view']) }
  hooked[0]({ componentConfig })
  expect([...componentConfig.includes]).toEqual(['view', 'text', 'image'])
})

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(full) ? [full] : []
  })
}

test('no component sets dangerouslySetInnerHTML: the weapp build has innerHTML turned off', () => {
  const users = sourceFiles(path.join(ROOT, 'src')).filter((file) =>
    readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML'),
  )
  expect(users).toEqual([])
})

describe('the weapp syntax floor (babel.config.js)', () => {
  /** Compiles a snippet the way the production build of `target` does. */
  function compileFor(target: 'weapp' | 'h5', code: string): string {
    const saved = { NODE_ENV: process.env.NODE_ENV, TARO_ENV: process.env.TARO_ENV }
    Object.assign(process.env, { NODE_ENV: 'production', TARO_ENV: target })
    try {
      const options = { filename: src('floor-probe.ts'), cwd: ROOT, envName: 'production', babelrc: false }
      return transformSync(code, { ...options, configFile: path.join(ROOT, 'babel.config.js') })?.code ?? ''
    } finally {
      Object.assign(process.env, saved)
    }
  }
  const modern =
    'export const f = async (a?: { b?: number }, o = {}) => { try { return { ...o, v: a?.b ?? 1 } } catch { return null } }'

  test('weapp output parses at ES2017: no optional chaining, nullish coalescing, object spread or optional catch binding', () => {
    const out = compileFor('weapp', modern)
    expect(() =>
      acorn.parse(out, { ecmaVersion: WEAPP_ECMA_VERSION as acorn.ecmaVersion, sourceType: 'module' }),
    ).not.toThrow()
    expect(out).toContain('async') // ES2017 keeps async functions: no regenerator in the package
  })

  test('H5 keeps the modern syntax of its browserslist', () => {
    const out = compileFor('h5', modern)
    expect(out).toContain('?.')
    expect(out).toContain('??')
  })
})
