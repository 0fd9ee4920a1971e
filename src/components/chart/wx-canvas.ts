import WxCanvas from 'echarts-for-weixin/src/wx-canvas'

/**
 * The canvas adapter that echarts-for-weixin ships, plus the two methods echarts 5.4+ calls on
 * the canvas it is given. Without them `echarts.init` throws "addEventListener is not a function".
 * https://github.com/ecomfe/echarts-for-weixin/issues (addEventListener)
 */
export class ChartCanvas extends WxCanvas {
  addEventListener(): void {}
  removeEventListener(): void {}
}

export type TouchName = 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel'
