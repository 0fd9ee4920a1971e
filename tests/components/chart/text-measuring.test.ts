/**
 * @jest-environment node
 *
 * echarts measures chart text on a canvas of its own that lives as long as the app, set up once:
 * a chart opened after the first chart's page closed still lays out its labels. Each test loads
 * echarts afresh (zrender keeps the first measuring context for good).
 */
import './wx-global'
import { createCanvas, type Canvas } from '@napi-rs/canvas'
import type * as WeappChart from '@/components/chart/index.weapp'
import type * as TextMeasuring from '@/components/chart/text-measuring'
import type { ChartOption } from '@/components/chart/types'
import type { statusStackOption as StatusStackOption } from '@/features/charts/chart-options'

type Fresh = {
  Taro: typeof import('../../mocks/taro').default & { createOffscreenCanvas?: unknown }
  chart: typeof WeappChart
  measuring: typeof TextMeasuring
  statusStackOption: typeof StatusStackOption
}

/** The chart modules and the Taro stand-in, loaded afresh with `offscreen` as Taro.createOffscreenCanvas. */
function fresh(offscreen: unknown): Fresh {
  let loaded: Fresh | undefined
  jest.isolateModules(() => {
    const Taro = (jest.requireActual('@tarojs/taro') as { default: Fresh['Taro'] }).default
    Taro.createOffscreenCanvas = offscreen
    loaded = {
      Taro,
      chart: jest.requireActual('@/components/chart/index.weapp'),
      measuring: jest.requireActual('@/components/chart/text-measuring'),
      statusStackOption: (
        jest.requireActual('@/features/charts/chart-options') as {
          statusStackOption: Fresh['statusStackOption']
        }
      ).statusStackOption,
    }
  })
  return loaded!
}

/** A canvas node whose 2D context stops working once `close()` is called, as a closed page's does. */
function closableNode() {
  const node = createCanvas(1, 1)
  const ctx = node.getContext('2d')
  const measure = ctx.measureText.bind(ctx)
  let closed = false
  let measured = 0
  ctx.measureText = (text: string) => {
    measured++
    if (closed) throw new Error('canvas node is gone')
    return measure(text)
  }
  return { node, close: () => (closed = true), measured: () => measured }
}

/** Shows `option` on `node`, found by a stand-in selector query, and draws it. */
function draw(f: Fresh, node: Canvas, option: ChartOption, id: string) {
  jest.spyOn(f.Taro, 'createSelectorQuery').mockImplementation(() => {
    const query = {
      in: () => query,
      select: () => query,
      fields: () => query,
      exec: (cb: (res: unknown[]) => void) => cb([{ node, width: 320, height: 360 }]),
    }
    return query as never
  })
  return new Promise<{ dispose: () => void }>((resolve) => {
    const dispose = f.chart.initChart(id, (chart) => {
      chart.setOption(option)
      chart.getZr().flush()
      resolve({ dispose })
    })
  })
}

const rows = ['住房与物业', '城市环境', '教育', '交通与道路'].map((name, i) => ({
  name,
  done: i + 1,
  inProgress: 1,
  planned: 0,
}))

afterEach(() => jest.restoreAllMocks())

test('a chart opened after the first chart closed measures its text on a canvas that is still there', async () => {
  const offscreen = jest.fn(() => createCanvas(300, 150))
  const f = fresh(offscreen)
  const first = closableNode()
  const { dispose } = await draw(f, first.node, f.statusStackOption(rows), 'first')
  dispose()
  first.close()

  const second = closableNode()
  await expect(draw(f, second.node, f.statusStackOption(rows, { large: true }), 'second')).resolves.toBeDefined()
  // Neither chart's own canvas was used for measuring; the offscreen one was.
  expect(first.measured()).toBe(0)
  expect(second.measured()).toBe(0)
  expect(offscreen).toHaveBeenCalledWith({ type: '2d', width: 300, height: 150 })
})

test('the measuring canvas is set up once for the app, not once per chart', async () => {
  const offscreen = jest.fn(() => createCanvas(300, 150))
  const f = fresh(offscreen)
  await draw(f, createCanvas(1, 1), f.statusStackOption(rows), 'a')
  const afterFirst = offscreen.mock.calls.length
  await draw(f, createCanvas(1, 1), f.statusStackOption(rows), 'b')
  await draw(f, createCanvas(1, 1), f.statusStackOption(rows), 'c')
  expect(afterFirst).toBeGreaterThan(0)
  expect(offscreen).toHaveBeenCalledTimes(afterFirst)
  expect(f.measuring.setUpTextMeasuring()).toBe('offscreen')
})

test.each([
  ['has no createOffscreenCanvas', undefined],
  ['makes a WebGL canvas with no 2D context (before 2.16.1)', () => ({ getContext: () => null })],
  [
    'throws',
    () => {
      throw new Error('createOffscreenCanvas:fail')
    },
  ],
])('a base library that %s still gets charts, with text widths estimated', async (_, offscreen) => {
  const f = fresh(offscreen === undefined ? undefined : jest.fn(offscreen))
  const node = closableNode()
  await draw(f, node.node, f.statusStackOption(rows), 'old')
  expect(node.measured()).toBe(0)
  expect(f.measuring.setUpTextMeasuring()).toBe('estimate')
})

test('estimates a Chinese character at one em and other characters at 0.6 em', () => {
  const { estimateTextWidth } = fresh(undefined).measuring
  expect(estimateTextWidth('住房与物业', '12px sans-serif').width).toBe(60)
  expect(estimateTextWidth('2023年', 'bold 16px "PingFang SC"').width).toBeCloseTo(4 * 0.6 * 16 + 16)
  expect(estimateTextWidth('', undefined).width).toBe(0)
})
