import type { Project } from '@/services/feed/schema'
import { formatPeriod, formatValue } from '@/domain/format'
import { STATUS_LABEL } from '@/domain/project-status'

/** The quantity as shown large in a row, e.g. { value: '≥150', unit: '处' }; none when the source gives none. */
export function projectQuantity(project: Project): { value: string; unit: string } | undefined {
  if (project.quantity === undefined) return undefined
  return { value: formatValue({ value: project.quantity, bound: project.bound }), unit: project.unit ?? '' }
}

/** "15 处", "≥150 处", "100%"; '' without a quantity. */
export function quantityText(project: Project): string {
  const q = projectQuantity(project)
  if (!q) return ''
  return q.unit === '%' || q.unit === '' ? `${q.value}${q.unit}` : `${q.value} ${q.unit}`
}

/** A share title that carries the figure: "新建长者食堂：15处，已完成（2023年）". */
export function projectShareTitle(project: Project): string {
  const q = projectQuantity(project)
  const figure = q ? `${q.value}${q.unit}，` : ''
  return `${project.title}：${figure}${STATUS_LABEL[project.status]}（${formatPeriod(project.period)}）`
}

/** The facts listed under a project's title: 类别, 地区, 时间, and 地点 when the report names one. */
export function projectFacts(project: Project): [name: string, value: string][] {
  return [
    ['类别', project.category],
    ['地区', project.region],
    ['时间', formatPeriod(project.period)],
    ...(project.place ? ([['地点', project.place]] as [string, string][]) : []),
  ]
}
