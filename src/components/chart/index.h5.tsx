import { useEffect, useRef } from 'react'
import { View } from '@tarojs/components'
import { echarts } from './echarts-setup'
import type { ChartProps } from './types'

/** H5: echarts draws into a DOM node, follows the container's size and is disposed on unmount. */
export function Chart({ option, height, summary, id }: ChartProps) {
  const host = useRef<HTMLDivElement | null>(null)
  const chart = useRef<echarts.ECharts>()

  useEffect(() => {
    const el = host.current
    if (!el) return
    const instance = echarts.init(el, undefined, { renderer: 'canvas', devicePixelRatio: window.devicePixelRatio })
    chart.current = instance
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => instance.resize())
    observer?.observe(el)
    return () => {
      observer?.disconnect()
      instance.dispose()
      chart.current = undefined
    }
  }, [])

  useEffect(() => {
    chart.current?.setOption(option, true)
  }, [option])

  return (
    <View className='chart'>
      {/* A plain div takes role and label reliably; Taro's View dropped aria-label next to role=img. */}
      <div
        id={id}
        ref={host}
        role='img'
        aria-label={summary}
        style={{ width: '100%', height: `${height}px` }}
        data-testid='chart-canvas-host'
      />
    </View>
  )
}
