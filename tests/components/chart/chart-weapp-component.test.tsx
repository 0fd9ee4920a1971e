/**
 * The weapp Chart component: its canvas keeps the page still under a finger, its queries stay in
 * the page it was rendered in, and leaving the page disposes the chart. echarts is a stand-in here
 * (chart-weapp.test.ts draws real charts).
 */
import { act, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { hookCallbacks } from '../../mocks/taro'
import { Chart } from '@/components/chart/index.weapp'
import type { ChartOption } from '@/components/chart/types'
import { themedOption } from '@/components/chart/chart-theme'
import { CHART_LIGHT } from '@/theme/tokens'

type Instance = { setOption: jest.Mock; dispose: jest.Mock; isDisposed: () => boolean; getZr: () => unknown }
const mockInstances: Instance[] = []
jest.mock('@/components/chart/echarts-setup', () => ({
  echarts: {
    init: jest.fn(() => {
      const instance = {
        setOption: jest.fn(),
        dispose: jest.fn(),
        isDisposed: () => false,
        getZr: () => ({ handler: { dispatch: jest.fn() } }),
      }
      mockInstances.push(instance)
      return instance
    }),
  },
}))
jest.mock('@/components/chart/text-measuring', () => ({ setUpTextMeasuring: () => 'offscreen' }))

/** The props each Canvas was last rendered with. */
const mockCanvasProps: Record<string, unknown>[] = []
jest.mock('@tarojs/components', () => {
  const actual = jest.requireActual('../../mocks/components')
  const { createElement } = jest.requireActual('react')
  return {
    ...actual,
    Canvas: (props: Record<string, unknown>) => {
      mockCanvasProps.push(props)
      return createElement(actual.Canvas, props)
    },
  }
})

const option: ChartOption = { series: [{ type: 'bar', data: [1] }] }
const node = { getContext: () => ({}) }
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)))

/** Selector queries that find `node` (or nothing while `missing`), recording the scope of each. */
function standInQueries() {
  const state = { missing: false, scopes: [] as unknown[] }
  jest.spyOn(Taro, 'createSelectorQuery').mockImplementation(() => {
    const query = {
      in: (scope: unknown) => (state.scopes.push(scope), query),
      select: () => query,
      fields: () => query,
      exec: (cb: (res: unknown[]) => void) => cb([state.missing ? null : { node, width: 320, height: 240 }]),
    }
    return query as never
  })
  return state
}

beforeEach(() => {
  mockInstances.length = 0
  mockCanvasProps.length = 0
})
const currentInstance = jest.mocked(Taro.getCurrentInstance)
const defaultInstance = currentInstance.getMockImplementation()!
/** Makes `page` the page Taro says is current. */
const currentPageIs = (page: object | null) =>
  currentInstance.mockReturnValue({ page, router: null, app: null } as never)
const thisPage = { route: 'package-charts/pages/project-stats/index' }
beforeEach(() => currentPageIs(thisPage))
afterEach(() => {
  jest.restoreAllMocks()
  currentInstance.mockImplementation(defaultInstance)
})

test('the page does not scroll while a finger moves on the chart, and every touch reaches the chart', () => {
  standInQueries()
  render(<Chart id='c' option={option} height={240} summary='GDP 图' />)
  const props = mockCanvasProps.at(-1)!
  expect(props.type).toBe('2d')
  expect(props.disableScroll).toBe(true)
  for (const handler of ['onTouchStart', 'onTouchMove', 'onTouchEnd', 'onTouchCancel'])
    expect(typeof props[handler]).toBe('function')
})

test('queries stay in the page the chart was rendered in, even after another page came on top', async () => {
  const chartPage = { route: 'package-charts/pages/topic/index' }
  const otherPage = { route: 'package-charts/pages/topic/index', other: true }
  currentPageIs(chartPage)
  const queries = standInQueries()
  queries.missing = true
  const { rerender } = render(<Chart id='c' option={option} height={240} summary='s' />)
  currentPageIs(otherPage)
  rerender(<Chart id='c' option={{ ...option }} height={240} summary='s' />)
  queries.missing = false
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)))
  expect(mockInstances).toHaveLength(1)
  expect(queries.scopes.length).toBeGreaterThan(1)
  expect(queries.scopes.every((scope) => scope === chartPage)).toBe(true)
})

test('leaving the page disposes its chart; one that was not drawn yet never is', async () => {
  standInQueries()
  const drawn = render(<Chart id='a' option={option} height={240} summary='s' />)
  await flush()
  expect(mockInstances).toHaveLength(1)
  expect(mockInstances[0].setOption).toHaveBeenCalledWith(themedOption(option, CHART_LIGHT), { notMerge: true })
  drawn.unmount()
  expect(mockInstances[0].dispose).toHaveBeenCalledTimes(1)

  const early = render(<Chart id='b' option={option} height={240} summary='s' />)
  early.unmount()
  await flush()
  expect(mockInstances).toHaveLength(1)
})

test('a chart first rendered while its page was hidden is drawn in that page once it shows again', async () => {
  currentPageIs(null) // Taro clears the current page on hide
  const queries = standInQueries()
  render(<Chart id='c' option={option} height={240} summary='s' />)
  await flush()
  expect(queries.scopes).toEqual([])
  expect(mockInstances).toHaveLength(0)

  currentPageIs(thisPage)
  act(() => hookCallbacks.useDidShow.forEach((show) => show()))
  await flush()
  expect(queries.scopes).toEqual([thisPage])
  expect(mockInstances).toHaveLength(1)
})

test('a re-render with an equal option does not redraw, new data does, and a new height draws anew', async () => {
  standInQueries()
  const { rerender } = render(<Chart id='c' option={option} height={240} summary='s' />)
  await flush()
  expect(mockInstances).toHaveLength(1)
  const [first] = mockInstances
  expect(first.setOption).toHaveBeenCalledTimes(1)

  rerender(<Chart id='c' option={{ series: [{ type: 'bar', data: [1] }] }} height={240} summary='s' />)
  expect(first.setOption).toHaveBeenCalledTimes(1)
  const changed: ChartOption = { series: [{ type: 'bar', data: [2] }] }
  rerender(<Chart id='c' option={changed} height={240} summary='s' />)
  expect(first.setOption).toHaveBeenCalledTimes(2)
  expect(first.setOption).toHaveBeenLastCalledWith(themedOption(changed, CHART_LIGHT), { notMerge: true })

  // 关怀模式: a taller box. The canvas is measured again, so the chart is drawn on a new instance.
  rerender(<Chart id='c' option={changed} height={320} summary='s' />)
  await flush()
  expect(first.dispose).toHaveBeenCalledTimes(1)
  expect(mockInstances).toHaveLength(2)
  expect(mockInstances[1].setOption).toHaveBeenCalledWith(themedOption(changed, CHART_LIGHT), { notMerge: true })
})
