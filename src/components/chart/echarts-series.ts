// Second part of echarts-setup.ts: the series types our charts draw.
import { use } from 'echarts/core'
import { BarChart, LineChart, PieChart } from 'echarts/charts'

use([BarChart, LineChart, PieChart])
