import { Text, View } from '@tarojs/components'
import { Highlighted } from '@/components/highlighted'
import { formatPeriod } from '@/domain/format'
import { projectQuantity, quantityText } from '@/features/projects/project-format'
import type { ProjectHit } from '@/features/projects/project-search'
import { STATUS_LABEL } from '@/domain/project-status'
import { ProjectLink, QuantityText } from './project-link'
import { StatusTag } from './status-tag'
import './projects.scss'

/** `source` is the short name of the project's report. */
export type ProjectRowProps = { hit: ProjectHit; source: string }

/** One livelihood project: its quantity large, status in words, title, summary and where it comes from. */
export function ProjectRow({ hit, source }: ProjectRowProps) {
  const { project: p, ranges } = hit
  const quantity = projectQuantity(p)
  const name = [p.title, quantityText(p), STATUS_LABEL[p.status]].filter(Boolean).join('，')
  return (
    <ProjectLink id={p.id} className='card project-row tap' name={name} testId='project-row'>
      <View className='project-row__head'>
        {quantity ? (
          <QuantityText quantity={quantity} className='project-row__qty' />
        ) : (
          <Text className='project-row__qty project-row__qty--none'>未列数量</Text>
        )}
        <StatusTag project={p} />
      </View>
      <Highlighted className='project-row__title' text={p.title} ranges={ranges.title} />
      <Highlighted className='project-row__summary' text={p.summary} ranges={ranges.summary} />
      <View className='project-row__meta'>
        <Text>{p.category}</Text>
        <Text>{p.region}</Text>
        <Text>{formatPeriod(p.period)}</Text>
        {p.place ? <Highlighted text={p.place} ranges={ranges.place} /> : null}
        <Text>来源：{source}</Text>
      </View>
    </ProjectLink>
  )
}
