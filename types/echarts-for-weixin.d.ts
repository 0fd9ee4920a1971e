// echarts-for-weixin ships its canvas adapter as plain JS without types.
declare module 'echarts-for-weixin/src/wx-canvas' {
  export default class WxCanvas {
    constructor(ctx: unknown, canvasId: string, isNew: boolean, canvasNode?: unknown)
    ctx: unknown
    chart: unknown
    event: Record<'touchStart' | 'touchMove' | 'touchEnd', (e: { touches: { x: number; y: number }[] }) => void>
    setChart(chart: unknown): void
    getContext(type: string): unknown
    attachEvent(): void
    detachEvent(): void
    width: number
    height: number
  }
}
