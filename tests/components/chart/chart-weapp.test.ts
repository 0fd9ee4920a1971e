/**
 * @jest-environment node
 *
 * The weapp chart's init path, run in Node with a stand-in `wx` and a real 2D canvas
 * (@napi-rs/canvas) as the node Taro's selector query would return: found in its own page even
 * when the view layer is late, never created after its page left, disposed, and driven by touches.
 */
import './wx-global'
import { createCanvas, type Canvas } from '@napi-rs/canvas'
import Taro from '@tarojs/taro'
import type { ECharts } from 'echarts/core'
import { forwardTouch, initChart, type InitChartOptions } from '@/components/chart/index.weapp'
import { QUERY_RETRY_MS } from '@/components/chart/find-canvas'
import { seriesOption } from '@/features/charts/chart-options'
import { topicSeries } from '@/features/scorecards/topic-series'
import { getBundledFeed } from '../../fixtures/bundled-feed'

const WIDTH = 320
const HEIGHT = 240
const DPR = 2

type Answer = Canvas | null
type StandIn = { scopes: unknown[]; queries: number; answerLater: (() => void)[] }

/**
 * Stands in for Taro.createSelectorQuery: the n-th query answers with `answers[n]` (the last one
 * again after that); with `hold`, answers wait until the test calls them (`answerLater`).
 */
function standInQueries(answers: Answer[], hold = false): StandIn {
  const standIn: StandIn = { scopes: [], queries: 0, answerLater: [] }
  jest.spyOn(Taro, 'createSelectorQuery').mockImplementation(() => {
    const node = answers[Math.min(standIn.queries++, answers.length - 1)]
    const query = {
      in: (scope: unknown) => (standIn.scopes.push(scope), query),
      select: () => query,
      fields: () => query,
      exec: (cb: (res: unknown[]) => void) => {
        const answer = () => cb([node ? { node, width: WIDTH, height: HEIGHT } : null])
        if (hold) standIn.answerLater.push(answer)
        else answer()
        return query
      },
    }
    return query as never
  })
  return standIn
}

/** Resolves with the chart once initChart has created it. */
const chartOn = (id: string, options?: InitChartOptions) =>
  new Promise<{ chart: ECharts; dispose: () => void }>((resolve) => {
    const dispose = initChart(
      id,
      (chart) => {
        chart.setOption(seriesOption(gdp))
        resolve({ chart, dispose })
      },
      options,
    )
  })

function paintedPixels(canvas: Canvas): number {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height)
  let n = 0
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++
  return n
}

const totalRetryMs = QUERY_RETRY_MS.reduce((a, b) => a + b, 0)

const gdp = topicSeries(getBundledFeed().feed.figures, '经济运行').find(
  (s) => s.indicator === 'gdp' && s.metric === 'level',
)!

beforeEach(() => {
  jest.spyOn(Taro, 'getWindowInfo').mockReturnValue({ pixelRatio: DPR } as ReturnType<typeof Taro.getWindowInfo>)
})
afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
})

test('draws the GDP chart on the 2D canvas node at the device pixel ratio, without exceptions', async () => {
  const node = createCanvas(1, 1)
  standInQueries([node])
  const { chart, dispose } = await chartOn('gdp-chart')
  chart.getZr().flush()
  // Sharp on high-DPR screens: the backing store is the CSS size times the pixel ratio.
  expect(node.width).toBe(WIDTH * DPR)
  expect(node.height).toBe(HEIGHT * DPR)
  expect(paintedPixels(node)).toBeGreaterThan(2000)
  dispose()
  expect(chart.isDisposed()).toBe(true)
})

test("looks for the canvas in the chart's own page, and asks again while the view layer has not made it", async () => {
  jest.useFakeTimers()
  const node = createCanvas(1, 1)
  const standIn = standInQueries([null, null, node])
  const page = { route: 'package-charts/pages/topic/index' }
  const ready = chartOn('late-chart', { scope: page })

  await jest.advanceTimersByTimeAsync(QUERY_RETRY_MS[0] + QUERY_RETRY_MS[1])
  const { chart } = await ready
  expect(chart.getOption()).toBeDefined()
  expect(standIn.queries).toBe(3)
  expect(standIn.scopes).toEqual([page, page, page])
  expect(node.width).toBe(WIDTH * DPR)
})

test('a canvas that never appears leaves the box empty after the last retry, without exceptions', async () => {
  jest.useFakeTimers()
  const standIn = standInQueries([null])
  const onReady = jest.fn()
  const dispose = initChart('missing', onReady)
  await jest.advanceTimersByTimeAsync(totalRetryMs * 2)
  expect(standIn.queries).toBe(QUERY_RETRY_MS.length + 1)
  expect(onReady).not.toHaveBeenCalled()
  expect(() => dispose()).not.toThrow()
})

test('a chart whose page left while it waited for the canvas is never created', async () => {
  jest.useFakeTimers()
  const node = createCanvas(1, 1)
  const standIn = standInQueries([null, node])
  const onReady = jest.fn()
  const dispose = initChart('left-while-waiting', onReady)
  await jest.advanceTimersByTimeAsync(0)
  dispose() // unmounted during the wait before the second query
  await jest.advanceTimersByTimeAsync(totalRetryMs * 2)
  expect(standIn.queries).toBe(1)
  expect(onReady).not.toHaveBeenCalled()
  expect(node.width).toBe(1) // echarts never sized (or drew on) the canvas
})

test('a chart whose page left while the query was in flight is never created', async () => {
  const node = createCanvas(1, 1)
  const standIn = standInQueries([node], true)
  const onReady = jest.fn()
  const dispose = initChart('left-during-query', onReady)
  dispose()
  standIn.answerLater.forEach((answer) => answer())
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(onReady).not.toHaveBeenCalled()
  expect(node.width).toBe(1)
})

test('a disposed chart ignores later touches', async () => {
  standInQueries([createCanvas(1, 1)])
  const { chart, dispose } = await chartOn('disposed')
  dispose()
  expect(chart.isDisposed()).toBe(true)
  expect(() => forwardTouch(chart, 'touchMove', { touches: [{ x: 10, y: 10 }] } as never)).not.toThrow()
})

test('forwards touches to echarts: a touch that starts also moves, one that ends also clicks', async () => {
  standInQueries([createCanvas(1, 1)])
  const { chart } = await chartOn('touch-chart')
  const dispatch = jest.spyOn(chart.getZr().handler, 'dispatch')
  const at = { x: 100, y: 120 }
  forwardTouch(chart, 'touchStart', { touches: [at], changedTouches: [] } as never)
  expect(dispatch.mock.calls).toEqual([
    ['mousedown', { zrX: 100, zrY: 120 }],
    ['mousemove', { zrX: 100, zrY: 120 }],
  ])
  dispatch.mockClear()
  forwardTouch(chart, 'touchEnd', { touches: [], changedTouches: [at] } as never)
  expect(dispatch.mock.calls).toEqual([
    ['mouseup', { zrX: 100, zrY: 120 }],
    ['click', { zrX: 100, zrY: 120 }],
  ])
  dispatch.mockClear()
  forwardTouch(chart, 'touchCancel', { touches: [], changedTouches: [at] } as never)
  expect(dispatch.mock.calls).toEqual([['mouseup', { zrX: 100, zrY: 120 }]])
})

test('a finger put on a bar shows its tooltip at once, without lifting', async () => {
  standInQueries([createCanvas(1, 1)])
  const { chart } = await chartOn('tooltip-chart')
  chart.getZr().flush()
  const shown = jest.fn()
  chart.on('showTip', shown)
  const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [1, 200]) as number[]
  forwardTouch(chart, 'touchStart', { touches: [{ x, y }], changedTouches: [] } as never)
  expect(shown).toHaveBeenCalledTimes(1)
  expect(shown.mock.calls[0][0]).toMatchObject({ dataIndex: 1 })
})
