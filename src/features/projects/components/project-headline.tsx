import { Text, View } from '@tarojs/components'
import { FigureRow } from '@/components/figure/figure-row'
import { Heading } from '@/components/heading'
import type { Figure, Project, Source } from '@/services/feed/schema'
import { projectQuantity } from '@/features/projects/project-format'
import { ProjectLink, QuantityText } from './project-link'
import { StatusTag } from './status-tag'
import './projects.scss'

export type ProjectHeadlineProps = {
  year: number
  flagship: readonly Project[]
  spending: { amount?: Figure; share?: Figure }
  sources: ReadonlyMap<string, Source>
}

/** The year's 十件惠民实事 and 民生支出 (amount and share), each with its stage and source. */
export function ProjectHeadline({ year, flagship, spending, sources }: ProjectHeadlineProps) {
  const figures = [spending.amount, spending.share].filter((f): f is Figure => !!f)
  if (flagship.length === 0 && figures.length === 0) return null
  return (
    <View className='card project-headline' data-testid='project-headline'>
      {flagship.length > 0 ? (
        <View>
          <Heading level={2} className='project-headline__title'>
            {year}年十件惠民实事
          </Heading>
          {flagship.map((p) => {
            const q = projectQuantity(p)
            return (
              <ProjectLink key={p.id} id={p.id} className='project-headline__item tap'>
                <View className='project-headline__item-head'>
                  <Text className='project-headline__item-title'>{p.title}</Text>
                  {q ? <QuantityText quantity={q} className='project-headline__qty' /> : null}
                </View>
                <View className='project-row__meta'>
                  <StatusTag project={p} />
                  <Text>来源：{sources.get(p.sourceId)?.short}</Text>
                </View>
              </ProjectLink>
            )
          })}
        </View>
      ) : null}
      {figures.length > 0 ? (
        <View>
          <Heading level={2} className='project-headline__title'>
            {year}年民生支出
          </Heading>
          {figures.map((f) => (
            <FigureRow key={f.id} figure={f} source={sources.get(f.sourceId)} />
          ))}
        </View>
      ) : null}
    </View>
  )
}
