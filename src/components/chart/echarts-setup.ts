// The only place that imports echarts: register exactly what our options use, so the rest of
// echarts is tree-shaken away. https://echarts.apache.org/handbook/en/basics/import
// In three modules so that H5 can evaluate them in separate tasks (about 250 ms at once on a slow
// phone); weapp imports this one, which brings the other two.
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { echarts } from './echarts-core'
import './echarts-series'

echarts.use([GridComponent, LegendComponent, TooltipComponent])

export { echarts }
