import type { ChartOption } from './types'

/**
 * What a chart instance was drawn from. Both platforms' Chart components keep the last one and ask
 * `redraw` what a new render needs, so the H5 and weapp charts redraw under one rule.
 */
export type DrawnWith = {
  /** The canvas (weapp) or host (H5) is found by this id. */
  id: string
  /** optionSignature of the option drawn. */
  signature: string
  /** CSS px, as the chart's box is laid out. */
  height: number
  /** CSS px of the box, where the platform reports it (H5's ResizeObserver); undefined elsewhere. */
  width?: number
}

/**
 * What a render asks of a chart:
 * - `init`: a new instance, which draws the latest option (nothing was drawn yet, or the id names
 *   another canvas);
 * - otherwise `resize` when the box's size changed and `setOption` when the data changed; neither
 *   when the render only handed over an equal option.
 */
export type Redraw = { init: true } | { init: false; resize: boolean; setOption: boolean }

/**
 * The option's data as text. Pages build options during render, so a re-render hands over an equal
 * but new object: charts compare this instead. Formatters (functions) drop out, which is right: they
 * are closures over the same data the JSON carries.
 */
export const optionSignature = (option: ChartOption): string => JSON.stringify(option)

/**
 * Every setOption replaces the whole option (`notMerge`): options are built whole by a feature's
 * builder, and merging would keep series or axes the new one no longer has.
 */
export const SET_OPTION = { notMerge: true } as const

/** The one redraw rule (see Redraw), from what the chart was drawn with to what it is given now. */
export function redraw(drawn: DrawnWith | undefined, next: DrawnWith): Redraw {
  if (!drawn || drawn.id !== next.id) return { init: true }
  const widthChanged = next.width !== undefined && drawn.width !== undefined && next.width !== drawn.width
  return {
    init: false,
    resize: drawn.height !== next.height || widthChanged,
    setOption: drawn.signature !== next.signature,
  }
}

/** True when `step` asks for nothing. */
export const isNothing = (step: Redraw): boolean => !step.init && !step.resize && !step.setOption
