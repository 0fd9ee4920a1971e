import { useEffect, useRef } from 'react'
import { View } from '@tarojs/components'
import type { ECharts } from 'echarts/core'
import { CJK_FONT_FAMILY } from '@/theme/tokens'
import { nextTask } from '@/utils/next-task'
import type { ChartOption, ChartProps } from './types'

/** Start drawing a chart this far before it scrolls into view, so it is ready when it arrives. */
const NEAR_VIEWPORT = '300px 0px'

/**
 * echarts is fetched by the first chart that comes near the screen: the page's headline, tables and
 * sources render without waiting for it. Two scripts for all charts, zrender and echarts
 * (config/index.ts), so the browser compiles them in two tasks; echarts' three parts
 * (echarts-setup.ts) are evaluated in separate tasks instead of one long one.
 */
let echartsModule: Promise<typeof import('./echarts-setup')> | undefined
export function loadEcharts() {
  echartsModule ??= import(/* webpackChunkName: "echarts" */ './echarts-core')
    .then(nextTask)
    .then(() => import(/* webpackChunkName: "echarts" */ './echarts-series'))
    .then(nextTask)
    .then(() => import(/* webpackChunkName: "echarts" */ './echarts-setup'))
    .catch((error: unknown) => {
      echartsModule = undefined // a failed chunk (offline) is fetched again by the next chart
      throw error
    })
  return echartsModule
}

/**
 * The option with a Chinese font for every text echarts draws, the page's own list (src/utils/fonts.ts)
 * instead of echarts' bare sans-serif, which reaches Chinese glyphs only through the system's font
 * fallback. An option's own fontFamily still wins.
 */
export const withChineseFont = (option: ChartOption): ChartOption => ({
  ...option,
  textStyle: Object.assign({ fontFamily: CJK_FONT_FAMILY }, option.textStyle),
})

/**
 * setOption replaces the chart's option and draws it in the next animation frame instead of at once:
 * building the chart's model and drawing it are then two tasks (together about 100 ms at
 * Lighthouse's 4× CPU, the longest task left on a chart page).
 */
const REPLACE_THEN_DRAW = { notMerge: true, lazyUpdate: true } as const

/** Calls `onNear` once, when `el` first comes within NEAR_VIEWPORT of the screen (at once without IntersectionObserver). */
function whenNearViewport(el: Element, onNear: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onNear()
    return () => {}
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return
      observer.disconnect()
      onNear()
    },
    { rootMargin: NEAR_VIEWPORT },
  )
  observer.observe(el)
  return () => observer.disconnect()
}

/**
 * H5: echarts draws into a DOM node once the chart nears the screen, follows the container's size
 * and is disposed on unmount. The table under every chart carries the same numbers, so a chart
 * that cannot load (no network for its chunk) leaves an empty, labelled box, never a broken page.
 */
export function Chart({ option, height, summary, id }: ChartProps) {
  const host = useRef<HTMLDivElement | null>(null)
  const chart = useRef<ECharts>()
  // The option to draw once the instance exists; later options are set directly.
  const latest = useRef<ChartOption>(option)
  latest.current = option

  useEffect(() => {
    const el = host.current
    if (!el) return
    let disposed = false
    let observer: ResizeObserver | undefined
    const stopWatching = whenNearViewport(el, () => {
      loadEcharts()
        // Each chart is drawn in a task of its own, not all charts near the screen in one.
        .then(async (module) => {
          await nextTask()
          return module
        })
        .then(({ echarts }) => {
          if (disposed) return
          const instance = echarts.init(el, undefined, {
            renderer: 'canvas',
            devicePixelRatio: window.devicePixelRatio,
          })
          chart.current = instance
          instance.setOption(withChineseFont(latest.current), REPLACE_THEN_DRAW)
          if (typeof ResizeObserver === 'undefined') return
          // The observer reports the current size once on observe; the chart was just drawn at it.
          let lastWidth = el.clientWidth
          observer = new ResizeObserver(() => {
            if (el.clientWidth === lastWidth) return
            lastWidth = el.clientWidth
            instance.resize()
          })
          observer.observe(el)
        })
        .catch(() => {
          // Offline and the chunk is not cached: the table below shows the numbers.
          el.dataset.chartError = 'true'
        })
    })
    return () => {
      disposed = true
      stopWatching()
      observer?.disconnect()
      chart.current?.dispose()
      chart.current = undefined
    }
  }, [])

  // Pages build options during render, so a re-render hands over an equal but new object. Redraw
  // only when the data changed: formatters are closures over the same data the JSON carries.
  const signature = JSON.stringify(option)
  useEffect(() => {
    chart.current?.setOption(withChineseFont(latest.current), REPLACE_THEN_DRAW)
  }, [signature])

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
