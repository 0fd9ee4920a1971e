/**
 * @jest-environment node
 *
 * The weapp chart's init path, run in Node with a stand-in `wx` and a real 2D canvas
 * (@napi-rs/canvas) as the node Taro's selector query would return.
 */
import './wx-global'
import { createCanvas, type Canvas } from '@napi-rs/canvas'
import Taro from '@tarojs/taro'
import { forwardTouch, initChart } from '../../../src/components/chart/index.weapp'
import { seriesOption } from '../../../src/features/scorecards/chart-options'
import { topicSeries } from '../../../src/features/scorecards/topic-series'
import { getBundledFeed } from '../../fixtures/bundled-feed'

const WIDTH = 320
const HEIGHT = 240
const DPR = 2

function standInQuery(node: Canvas | null) {
  const query = {
    select: () => query,
    fields: () => query,
    exec: (cb: (res: unknown[]) => void) => cb([node ? { node, width: WIDTH, height: HEIGHT } : null]),
  }
  return query
}

function paintedPixels(canvas: Canvas): number {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height)
  let n = 0
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++
  return n
}

const gdp = topicSeries(getBundledFeed().feed.figures, '经济运行').find(
  (s) => s.indicator === 'gdp' && s.metric === 'level',
)!

beforeEach(() => {
  jest.spyOn(Taro, 'getWindowInfo').mockReturnValue({ pixelRatio: DPR } as ReturnType<typeof Taro.getWindowInfo>)
})

test('draws the GDP chart on the 2D canvas node at the device pixel ratio, without exceptions', () => {
  const node = createCanvas(1, 1)
  jest.spyOn(Taro, 'createSelectorQuery').mockReturnValue(standInQuery(node) as never)
  let chart: import('echarts/core').ECharts | undefined
  const dispose = initChart('gdp-chart', (c) => {
    chart = c
    c.setOption(seriesOption(gdp))
  })
  expect(chart).toBeDefined()
  chart!.getZr().flush()
  // Sharp on high-DPR screens: the backing store is the CSS size times the pixel ratio.
  expect(node.width).toBe(WIDTH * DPR)
  expect(node.height).toBe(HEIGHT * DPR)
  expect(paintedPixels(node)).toBeGreaterThan(2000)
  dispose()
  expect(chart!.isDisposed()).toBe(true)
})

test('forwards touches to echarts so the tooltip follows the finger', () => {
  const node = createCanvas(1, 1)
  jest.spyOn(Taro, 'createSelectorQuery').mockReturnValue(standInQuery(node) as never)
  let chart: import('echarts/core').ECharts | undefined
  initChart('touch-chart', (c) => {
    chart = c
    c.setOption(seriesOption(gdp))
  })
  const dispatch = jest.spyOn(chart!.getZr().handler, 'dispatch')
  forwardTouch(chart, 'touchStart', { touches: [{ x: 100, y: 120 }], changedTouches: [] } as never)
  forwardTouch(chart, 'touchEnd', { touches: [], changedTouches: [{ x: 100, y: 120 }] } as never)
  expect(dispatch).toHaveBeenCalledWith('mousedown', { zrX: 100, zrY: 120 })
  expect(dispatch).toHaveBeenCalledWith('mouseup', { zrX: 100, zrY: 120 })
  expect(dispatch).toHaveBeenCalledWith('click', { zrX: 100, zrY: 120 })
})

test('does nothing when the canvas node is not found (page left before the query answered)', () => {
  jest.spyOn(Taro, 'createSelectorQuery').mockReturnValue(standInQuery(null) as never)
  const onReady = jest.fn()
  expect(() => initChart('missing', onReady)()).not.toThrow()
  expect(onReady).not.toHaveBeenCalled()
})
