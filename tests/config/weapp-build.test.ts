/**
 * @jest-environment node
 *
 * The pieces config/index.ts adds to the weapp build to keep the main package small.
 */
import path from 'node:path'
import { createCanvas } from '@napi-rs/canvas'
import { bundlePackageModule } from '../../config/package-module'
import { drawPoster } from '../../src/features/share/poster'
import { scorecardShareItem } from '../../src/features/share/share-item'
import { loadFeed } from '../../src/services/feed/load'
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
    const { code } = await bundlePackageModule(src('features/share/poster.ts'))
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
