import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import type { CanvasTouchEvent } from '@tarojs/components'
import { echarts } from './echarts-setup'
import type { ChartProps } from './types'
import { ChartCanvas } from './wx-canvas'

type CanvasBox = { node?: { getContext(type: '2d'): unknown }; width: number; height: number }

const ZR_EVENT = { touchStart: 'mousedown', touchMove: 'mousemove', touchEnd: 'mouseup' } as const

/** Device pixel ratio, so lines and text stay sharp on high-DPR phones. */
function pixelRatio(): number {
  try {
    return Taro.getWindowInfo().pixelRatio
  } catch {
    return Taro.getSystemInfoSync().pixelRatio
  }
}

/**
 * Finds the `<Canvas type="2d">` node after render and lets echarts draw on it. Nothing of echarts
 * goes through Taro's props (setData serialises to JSON and drops functions), which is why the
 * native ec-canvas component is not used. Exported for the logic-layer test.
 */
export function initChart(id: string, onReady: (chart: echarts.ECharts) => void): () => void {
  let chart: echarts.ECharts | undefined
  let cancelled = false
  Taro.createSelectorQuery()
    .select(`#${id}`)
    .fields({ node: true, size: true })
    .exec((res: (CanvasBox | null)[]) => {
      const box = res?.[0]
      if (cancelled || !box?.node) return
      const ctx = box.node.getContext('2d')
      const canvas = new ChartCanvas(ctx, id, true, box.node)
      // echarts measures text on a canvas it creates; give it ours.
      echarts.setPlatformAPI({ createCanvas: () => canvas as unknown as HTMLCanvasElement })
      chart = echarts.init(canvas as unknown as HTMLCanvasElement, undefined, {
        width: box.width,
        height: box.height,
        devicePixelRatio: pixelRatio(),
      })
      canvas.setChart(chart)
      onReady(chart)
    })
  return () => {
    cancelled = true
    chart?.dispose()
  }
}

/** Passes a touch on the canvas to echarts so tooltips follow the finger. */
export function forwardTouch(chart: echarts.ECharts | undefined, name: keyof typeof ZR_EVENT, e: CanvasTouchEvent) {
  const touch = (e.touches?.[0] ?? e.changedTouches?.[0]) as { x?: number; y?: number } | undefined
  if (!chart || !touch) return
  const point = { zrX: touch.x ?? 0, zrY: touch.y ?? 0 }
  const handler = chart.getZr().handler
  handler.dispatch(ZR_EVENT[name], point)
  if (name === 'touchEnd') handler.dispatch('click', point)
}

/** weapp: echarts on Taro's 2D canvas through echarts-for-weixin's canvas adapter. */
export function Chart({ option, height, summary, id }: ChartProps) {
  const chart = useRef<echarts.ECharts>()
  const latest = useRef(option)
  latest.current = option

  useEffect(() => {
    let dispose: (() => void) | undefined
    // The canvas node exists only after this render has reached the view layer.
    Taro.nextTick(() => {
      dispose = initChart(id, (instance) => {
        chart.current = instance
        instance.setOption(latest.current)
      })
    })
    return () => {
      dispose?.()
      chart.current = undefined
    }
  }, [id])

  useEffect(() => {
    chart.current?.setOption(option, true)
  }, [option])

  return (
    <View className='chart' ariaLabel={summary} ariaRole='img'>
      <Canvas
        type='2d'
        id={id}
        canvasId={id}
        style={{ width: '100%', height: `${height}px` }}
        onTouchStart={(e) => forwardTouch(chart.current, 'touchStart', e)}
        onTouchMove={(e) => forwardTouch(chart.current, 'touchMove', e)}
        onTouchEnd={(e) => forwardTouch(chart.current, 'touchEnd', e)}
      />
    </View>
  )
}
