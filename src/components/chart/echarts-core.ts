// First of the three parts of echarts-setup.ts: echarts' core and zrender, with the canvas renderer.
// On H5 each part is evaluated in a task of its own (index.h5.tsx).
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([CanvasRenderer])

export { echarts }
