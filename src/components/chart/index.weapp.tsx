import { useEffect, useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import type { CanvasTouchEvent } from '@tarojs/components'
import { echarts } from './echarts-setup'
import { findCanvas, type QueryScope } from './find-canvas'
import { setUpTextMeasuring } from './text-measuring'
import { optionSignature, redraw, SET_OPTION, type DrawnWith } from './redraw'
import type { ChartProps } from './types'
import { chartPalette, themedOption } from './chart-theme'
import { useColorScheme } from './color-scheme'
import { ChartCanvas, type TouchName } from './wx-canvas'

type ZrEventName = Parameters<ReturnType<echarts.ECharts['getZr']>['handler']['dispatch']>[0]

/**
 * What echarts hears for each touch, as echarts-for-weixin forwards them: a touch that starts is
 * also a move, so the tooltip shows under the finger at once; one that ends is also a click.
 */
const ZR_EVENTS: Record<TouchName, readonly ZrEventName[]> = {
  touchStart: ['mousedown', 'mousemove'],
  touchMove: ['mousemove'],
  touchEnd: ['mouseup', 'click'],
  touchCancel: ['mouseup'],
}

/** Device pixel ratio, so lines and text stay sharp on high-DPR phones. */
function pixelRatio(): number {
  try {
    return Taro.getWindowInfo().pixelRatio
  } catch {
    return Taro.getSystemInfoSync().pixelRatio
  }
}

export type InitChartOptions = {
  /** The page or component the canvas is in (Taro.getCurrentInstance().page for a page). */
  scope?: QueryScope
}

/**
 * Finds the `<Canvas type="2d">` node after render and lets echarts draw on it. Nothing of echarts
 * goes through Taro's props (setData serialises to JSON and drops functions), which is why the
 * native ec-canvas component is not used. Returns the dispose function: after it, no chart is
 * created, and one that was is disposed. Exported for the logic-layer tests.
 */
export function initChart(
  id: string,
  onReady: (chart: echarts.ECharts) => void,
  { scope }: InitChartOptions = {},
): () => void {
  let chart: echarts.ECharts | undefined
  let disposed = false
  const create = async () => {
    const box = await findCanvas(id, scope, () => disposed)
    if (disposed || !box?.node) return
    setUpTextMeasuring()
    const canvas = new ChartCanvas(box.node.getContext('2d'), id, true, box.node)
    chart = echarts.init(canvas as unknown as HTMLCanvasElement, undefined, {
      width: box.width,
      height: box.height,
      devicePixelRatio: pixelRatio(),
    })
    canvas.setChart(chart)
    onReady(chart)
  }
  // A chart that cannot be drawn leaves its box empty: the table under it has the same numbers.
  create().catch((error: unknown) => console.warn(`chart ${id} not drawn`, error))
  return () => {
    disposed = true
    chart?.dispose()
    chart = undefined
  }
}

/** Passes a touch on the canvas to echarts so tooltips follow the finger. */
export function forwardTouch(chart: echarts.ECharts | undefined, name: TouchName, e: CanvasTouchEvent) {
  const touch = (e.touches?.[0] ?? e.changedTouches?.[0]) as { x?: number; y?: number } | undefined
  if (!chart || chart.isDisposed() || !touch) return
  const point = { zrX: touch.x ?? 0, zrY: touch.y ?? 0 }
  const handler = chart.getZr().handler
  for (const event of ZR_EVENTS[name]) handler.dispatch(event, point)
}

const currentPage = (): QueryScope | undefined => Taro.getCurrentInstance().page ?? undefined

/**
 * weapp: echarts on Taro's 2D canvas through echarts-for-weixin's canvas adapter. When to draw again
 * is redraw.ts's rule, shared with H5. A new size is drawn by a new instance: the 2D canvas's bitmap
 * and echarts' size are both taken from the canvas node when the chart is created.
 */
export function Chart({ option: given, height, summary, id }: ChartProps) {
  // The mode's colours are part of the option, so a change of mode is a new signature: a redraw.
  const option = themedOption(given, chartPalette(useColorScheme()))
  const chart = useRef<echarts.ECharts>()
  const latest = useRef(option)
  latest.current = option
  const signature = optionSignature(option)
  // What the chart (drawn, or waiting for its canvas) is for, and how to dispose it.
  const drawn = useRef<DrawnWith>()
  const dispose = useRef<() => void>()
  // The page being rendered when the chart first renders, as the mini program's page object, kept
  // so that later queries stay in it. https://docs.taro.zone/docs/apis/taro.extend/getCurrentInstance
  const [scope, setScope] = useState<QueryScope | undefined>(currentPage)
  // Taro forgets the current page while it is hidden: a chart first rendered then (a later slice of
  // a page the user has left) learns its page when that page shows again, and is drawn then; a query
  // without a page could find a canvas of the same id on the page on top.
  useDidShow(() => {
    if (!scope) setScope(currentPage())
  })

  useEffect(() => {
    if (!scope) return
    const next: DrawnWith = { id, signature, height }
    const step = redraw(drawn.current, next)
    if (step.init || step.resize) {
      dispose.current?.()
      chart.current = undefined
      drawn.current = next
      dispose.current = initChart(
        id,
        (instance) => {
          chart.current = instance
          // The latest option: the props may have changed while the canvas was looked for.
          instance.setOption(latest.current, SET_OPTION)
          if (drawn.current) drawn.current = { ...drawn.current, signature: optionSignature(latest.current) }
        },
        { scope },
      )
      return
    }
    if (!step.setOption) return
    drawn.current = next
    // Still waiting for its canvas: the chart draws the latest option when it is created.
    chart.current?.setOption(latest.current, SET_OPTION)
  }, [id, scope, signature, height])

  // Leaving the page disposes the chart; one still waiting for its canvas is never created.
  useEffect(
    () => () => {
      dispose.current?.()
      dispose.current = undefined
      chart.current = undefined
      drawn.current = undefined
    },
    [],
  )

  const touch = (name: TouchName) => (e: CanvasTouchEvent) => forwardTouch(chart.current, name, e)
  return (
    <View className='chart' ariaLabel={summary} ariaRole='img'>
      {/* disableScroll: a finger moving on the chart reads the tooltip instead of scrolling the page
          (WeChat's canvas attribute, effective when touch handlers are bound; the page still scrolls
          from anywhere else). https://developers.weixin.qq.com/miniprogram/dev/component/canvas.html */}
      <Canvas
        type='2d'
        id={id}
        canvasId={id}
        disableScroll
        style={{ width: '100%', height: `${height}px` }}
        onTouchStart={touch('touchStart')}
        onTouchMove={touch('touchMove')}
        onTouchEnd={touch('touchEnd')}
        onTouchCancel={touch('touchCancel')}
      />
    </View>
  )
}
