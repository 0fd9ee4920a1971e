import { useEffect, useRef } from 'react'
import { View } from '@tarojs/components'
import type { ECharts } from 'echarts/core'
import { CJK_FONT_FAMILY } from '@/theme/tokens'
import { nextTask } from '@/utils/next-task'
import { optionSignature, redraw, SET_OPTION, type DrawnWith } from './redraw'
import { chartPalette, themedOption } from './chart-theme'
import { useColorScheme } from './color-scheme'
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
 * setOption replaces the chart's option (SET_OPTION) and draws it in the next animation frame instead
 * of at once: building the chart's model and drawing it are then two tasks (together about 100 ms at
 * Lighthouse's 4× CPU, the longest task left on a chart page).
 */
const REPLACE_THEN_DRAW = { ...SET_OPTION, lazyUpdate: true } as const

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

type Echarts = Awaited<ReturnType<typeof loadEcharts>>['echarts']

/**
 * H5: echarts draws into a DOM node once the chart nears the screen, follows the container's size
 * and is disposed on unmount. When to draw again is redraw.ts's rule, shared with weapp. The table
 * under every chart carries the same numbers, so a chart that cannot load (no network for its chunk)
 * leaves an empty, labelled box, never a broken page.
 */
export function Chart({ option: given, height, summary, id }: ChartProps) {
  // The mode's colours are part of the option, so a change of mode is a new signature: a redraw.
  const palette = chartPalette(useColorScheme())
  const option = themedOption(given, palette)
  const host = useRef<HTMLDivElement | null>(null)
  const chart = useRef<ECharts>()
  const echartsRef = useRef<Echarts>()
  // What the instance was drawn with; the option to draw when it is created or updated.
  const drawn = useRef<DrawnWith>()
  const latest = useRef<ChartOption>(option)
  latest.current = option
  const signature = optionSignature(option)
  const next: DrawnWith = { id, signature, height }
  const nextRef = useRef(next)
  nextRef.current = next

  /** A new instance on the host, drawing the latest option at the host's size. */
  const create = (echarts: Echarts, el: HTMLDivElement) => {
    chart.current?.dispose()
    const instance = echarts.init(el, undefined, { renderer: 'canvas', devicePixelRatio: window.devicePixelRatio })
    chart.current = instance
    drawn.current = { ...nextRef.current, width: el.clientWidth }
    instance.setOption(withChineseFont(latest.current), REPLACE_THEN_DRAW)
  }

  /** Does what the rule asks for `wanted` (the props, or a new width from the observer). */
  const apply = (wanted: DrawnWith) => {
    const el = host.current
    if (!chart.current || !el || !echartsRef.current) return // not drawn yet: it draws the latest
    const step = redraw(drawn.current, { ...wanted, width: wanted.width ?? drawn.current?.width })
    if (step.init) return create(echartsRef.current, el)
    if (step.setOption) chart.current.setOption(withChineseFont(latest.current), REPLACE_THEN_DRAW)
    if (step.resize) chart.current.resize()
    drawn.current = { ...wanted, width: wanted.width ?? drawn.current?.width }
  }

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
          echartsRef.current = echarts
          create(echarts, el)
          if (typeof ResizeObserver === 'undefined') return
          // The observer reports the current size once on observe; the chart was just drawn at it.
          observer = new ResizeObserver(() => apply({ ...nextRef.current, width: el.clientWidth }))
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
      drawn.current = undefined
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    apply(nextRef.current)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, signature, height])

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
        data-text-color={palette.text}
      />
    </View>
  )
}
