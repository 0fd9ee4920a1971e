/**
 * The H5 chart: echarts is fetched and a chart drawn only once its box nears the screen, equal
 * options handed over by a re-render do not redraw it, and a chunk that cannot be fetched leaves
 * the labelled box (the table beside it has the numbers) and is tried again by the next chart.
 * echarts itself is a stand-in here; tests/browser/charts.test.mjs draws real charts.
 */
import type * as TestingLibrary from '@testing-library/react'
import type { ChartOption } from '@/components/chart/types'
import { CHART_LIGHT, CJK_FONT_FAMILY } from '@/theme/tokens'
import { themedOption } from '@/components/chart/chart-theme'

type Instance = { setOption: jest.Mock; resize: jest.Mock; dispose: jest.Mock }
const mockInstances: Instance[] = []
const mockInit = jest.fn((_el: HTMLElement, _theme?: string, _opts?: object) => {
  const instance = { setOption: jest.fn(), resize: jest.fn(), dispose: jest.fn() }
  mockInstances.push(instance)
  return instance
})
let mockFailImport = false
// echarts arrives in three parts (echarts-setup.ts); a failed chunk fails the first.
jest.mock('@/components/chart/echarts-core', () => {
  if (mockFailImport) throw new Error('ChunkLoadError: Loading chunk echarts failed')
  return { echarts: { init: mockInit } }
})
jest.mock('@/components/chart/echarts-series', () => ({}))
jest.mock('@/components/chart/echarts-setup', () => ({ echarts: { init: mockInit } }))

/** A controllable IntersectionObserver: `reveal(el)` tells its observers the element came near. */
const observers = new Set<{ callback: IntersectionObserverCallback; targets: Set<Element> }>()
class FakeIntersectionObserver {
  readonly entry: { callback: IntersectionObserverCallback; targets: Set<Element> }
  readonly options?: IntersectionObserverInit
  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    this.entry = { callback, targets: new Set() }
    this.options = options
    observers.add(this.entry)
  }
  observe(el: Element) {
    this.entry.targets.add(el)
  }
  disconnect() {
    observers.delete(this.entry)
  }
}
function reveal(el: Element) {
  for (const o of [...observers]) {
    if (o.targets.has(el)) o.callback([{ isIntersecting: true, target: el } as IntersectionObserverEntry], {} as never)
  }
}

const option = (value: number): ChartOption => ({ series: [{ type: 'bar', data: [value] }] })
/** How the chart sets every option: replacing the last one, drawn in the next animation frame. */
const DRAW = { notMerge: true, lazyUpdate: true }
/** What the chart hands echarts for `option(value)`: in the light mode's colours, with the app's Chinese fonts. */
const drawn = (value: number): ChartOption => {
  const themed = themedOption(option(value), CHART_LIGHT)
  return { ...themed, textStyle: { fontFamily: CJK_FONT_FAMILY, ...(themed.textStyle as object) } }
}
// Loading echarts and drawing take a few tasks (src/utils/next-task.ts): let them all run.
const flush = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0))
  })

let Chart: typeof import('@/components/chart/index.h5').Chart
let render: typeof TestingLibrary.render
let act: typeof TestingLibrary.act
let cleanup: typeof TestingLibrary.cleanup
beforeEach(() => {
  mockInstances.length = 0
  observers.clear()
  mockFailImport = false
  ;(globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FakeIntersectionObserver
  // Fresh modules per test (the loaded or failed echarts promise is module state), with React and
  // the testing library from the same registry so hooks see one React.
  jest.resetModules()
  Chart = (jest.requireActual('@/components/chart/index.h5') as typeof import('@/components/chart/index.h5')).Chart
  ;({ render, act, cleanup } = jest.requireActual('@testing-library/react/pure') as typeof TestingLibrary)
})

afterEach(() => cleanup())

const host = (container: HTMLElement) => container.querySelector('[data-testid="chart-canvas-host"]') as HTMLElement

test('nothing is fetched or drawn until the chart nears the screen; then it draws the latest option', async () => {
  const { container, rerender } = render(<Chart id='c1' option={option(1)} height={240} summary='GDP 图' />)
  await flush()
  expect(mockInit).not.toHaveBeenCalled()
  rerender(<Chart id='c1' option={option(2)} height={240} summary='GDP 图' />)

  reveal(host(container))
  await flush()
  expect(mockInit).toHaveBeenCalledTimes(1)
  expect(mockInit.mock.calls[0][0]).toBe(host(container))
  expect(mockInstances[0].setOption).toHaveBeenCalledTimes(1)
  expect(mockInstances[0].setOption).toHaveBeenCalledWith(drawn(2), DRAW)
  expect(host(container).getAttribute('role')).toBe('img')
  expect(host(container).getAttribute('aria-label')).toBe('GDP 图')
})

test('a re-render with an equal option does not redraw; a changed one does', async () => {
  const { container, rerender } = render(<Chart id='c1' option={option(1)} height={240} summary='s' />)
  reveal(host(container))
  await flush()
  const [chart] = mockInstances
  expect(chart.setOption).toHaveBeenCalledTimes(1)

  rerender(<Chart id='c1' option={option(1)} height={240} summary='s' />)
  expect(chart.setOption).toHaveBeenCalledTimes(1)
  rerender(<Chart id='c1' option={option(3)} height={240} summary='s' />)
  expect(chart.setOption).toHaveBeenCalledTimes(2)
  expect(chart.setOption).toHaveBeenLastCalledWith(drawn(3), DRAW)
})

test('a new height resizes the chart without setting its option again', async () => {
  const { container, rerender } = render(<Chart id='c1' option={option(1)} height={240} summary='s' />)
  reveal(host(container))
  await flush()
  const [chart] = mockInstances
  rerender(<Chart id='c1' option={option(1)} height={320} summary='s' />)
  expect(chart.resize).toHaveBeenCalledTimes(1)
  expect(chart.setOption).toHaveBeenCalledTimes(1)
  expect(mockInit).toHaveBeenCalledTimes(1)
})

test("text is drawn in the app's Chinese fonts unless the option names its own", async () => {
  const own: ChartOption = { ...option(1), textStyle: { fontFamily: 'serif', fontSize: 16 } }
  const { container } = render(<Chart id='c1' option={own} height={240} summary='s' />)
  reveal(host(container))
  await flush()
  expect(mockInstances[0].setOption).toHaveBeenCalledWith(themedOption(own, CHART_LIGHT), DRAW)

  const { withChineseFont } = jest.requireActual(
    '@/components/chart/index.h5',
  ) as typeof import('@/components/chart/index.h5')
  const plain: ChartOption = { ...option(1), textStyle: { fontSize: 12, color: '#333' } }
  expect(withChineseFont(plain)).toEqual({
    ...plain,
    textStyle: { fontFamily: CJK_FONT_FAMILY, fontSize: 12, color: '#333' },
  })
  expect(plain.textStyle).toEqual({ fontSize: 12, color: '#333' })
})

test('a chart that leaves before echarts arrives is never created; one that was is disposed', async () => {
  const early = render(<Chart id='a' option={option(1)} height={240} summary='s' />)
  reveal(host(early.container))
  early.unmount()
  await flush()
  expect(mockInit).not.toHaveBeenCalled()

  const late = render(<Chart id='b' option={option(1)} height={240} summary='s' />)
  reveal(host(late.container))
  await flush()
  late.unmount()
  expect(mockInstances[0].dispose).toHaveBeenCalledTimes(1)
})

test('without IntersectionObserver the chart draws at once', async () => {
  delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver
  render(<Chart id='c' option={option(1)} height={240} summary='s' />)
  await flush()
  expect(mockInit).toHaveBeenCalledTimes(1)
})

test('an echarts chunk that cannot be fetched leaves the labelled box, and the next chart tries again', async () => {
  mockFailImport = true
  const first = render(<Chart id='a' option={option(1)} height={240} summary='无法载入时' />)
  reveal(host(first.container))
  await flush()
  expect(mockInit).not.toHaveBeenCalled()
  expect(host(first.container).dataset.chartError).toBe('true')
  expect(host(first.container).getAttribute('aria-label')).toBe('无法载入时')

  mockFailImport = false
  const second = render(<Chart id='b' option={option(1)} height={240} summary='s' />)
  reveal(host(second.container))
  await flush()
  expect(mockInit).toHaveBeenCalledTimes(1)
})

test('the size reported when observing starts does not redraw the chart; a new width does', async () => {
  const resizeCallbacks: ResizeObserverCallback[] = []
  ;(globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {
      resizeCallbacks.push(callback)
    }
    // Like browsers: the current size is reported once as soon as observing starts.
    observe() {
      this.callback([], this as never)
    }
    disconnect() {}
  }
  try {
    const { container } = render(<Chart id='c' option={option(1)} height={240} summary='s' />)
    let width = 320
    Object.defineProperty(host(container), 'clientWidth', { get: () => width })
    reveal(host(container))
    await flush()
    const [chart] = mockInstances
    expect(resizeCallbacks).toHaveLength(1)
    expect(chart.resize).not.toHaveBeenCalled()

    width = 400
    resizeCallbacks[0]([], {} as never)
    expect(chart.resize).toHaveBeenCalledTimes(1)
  } finally {
    delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver
  }
})
