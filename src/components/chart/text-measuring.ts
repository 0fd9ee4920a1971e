// weapp only (imported by index.weapp.tsx): how echarts measures text in the mini program.
import Taro from '@tarojs/taro'
import { setPlatformAPI } from 'echarts/core'

/** Where the chart text is measured: an offscreen canvas, or estimated from the font size. */
export type TextMeasuring = 'offscreen' | 'estimate'

/** The size of the canvases echarts asks for; it sets its own size on any it draws on. */
const OFFSCREEN_SIZE = { width: 300, height: 150 }

let measuring: TextMeasuring | undefined

/**
 * A new offscreen 2D canvas, or undefined where there is none: `wx.createOffscreenCanvas` with a type
 * came with base library 2.16.1 (https://developers.weixin.qq.com/miniprogram/dev/api/canvas/wx.createOffscreenCanvas.html);
 * before that, the call is missing or makes a WebGL canvas, whose 2D context is null.
 */
function offscreenCanvas(): HTMLCanvasElement | undefined {
  if (typeof Taro.createOffscreenCanvas !== 'function') return undefined
  try {
    const canvas = Taro.createOffscreenCanvas({ type: '2d', ...OFFSCREEN_SIZE }) as unknown as
      HTMLCanvasElement | undefined
    const ctx = canvas?.getContext('2d') as { measureText?: unknown } | null | undefined
    return typeof ctx?.measureText === 'function' ? canvas : undefined
  } catch {
    return undefined
  }
}

/** Characters that take a full em: CJK, kana, hangul, full-width forms and punctuation. */
const FULL_WIDTH = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/

/**
 * Text width without a canvas: a full em per Chinese character, 0.6 em for other characters (a
 * little more than digits and most Latin letters take in the system fonts, so labels get room).
 */
export function estimateTextWidth(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12)
  let ems = 0
  for (const char of text ?? '') ems += FULL_WIDTH.test(char) ? 1 : 0.6
  return { width: ems * size }
}

/**
 * Once per app, before the first chart: gives echarts a canvas of its own to measure text on (label
 * layout, which labels fit). zrender keeps the context of the first canvas it is given for all later
 * measuring; it used to be the first chart's canvas, dead once that chart's page closed. An offscreen
 * canvas lives as long as the app. Without one (base library before 2.16.1) text is estimated; the
 * mini program's `document` is Taro's, whose canvas element cannot measure.
 * https://echarts.apache.org/en/api.html#echarts.setPlatformAPI
 */
export function setUpTextMeasuring(): TextMeasuring {
  if (measuring) return measuring
  if (offscreenCanvas()) {
    setPlatformAPI({ createCanvas: () => offscreenCanvas() as HTMLCanvasElement })
    measuring = 'offscreen'
  } else {
    setPlatformAPI({ measureText: estimateTextWidth })
    measuring = 'estimate'
  }
  return measuring
}
