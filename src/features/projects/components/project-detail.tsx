import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { FigureRow } from '@/components/figure/figure-row'
import { Heading } from '@/components/heading'
import { newsUrl } from '@/domain/routes'
import { STATUS_LABEL } from '@/domain/project-status'
import type { Figure, News, Project, Source } from '@/services/feed/schema'
import { formatDate, formatPeriod } from '@/domain/format'
import { projectFacts, projectQuantity } from '@/features/projects/project-format'
import { ProjectLink, QuantityText } from './project-link'
import { StatusTag } from './status-tag'
import './projects.scss'
import { SourceLine } from '@/components/figure/source-line'

export type ProjectSummaryCardProps = { project: Project; children?: ReactNode }

/** The project page's first card: category, title, quantity and status, facts, summary; `children` are its actions. */
export function ProjectSummaryCard({ project, children }: ProjectSummaryCardProps) {
  const quantity = projectQuantity(project)
  return (
    <View className='card' style={{ marginTop: '24px' }}>
      <View className='project-row__meta'>
        <Text className='project-detail__category'>{project.category}</Text>
        {project.flagship ? <Text>十件惠民实事</Text> : null}
      </View>
      <Heading level={1} className='project-detail__title'>
        {project.title}
      </Heading>
      <View className='project-detail__qty'>
        {quantity ? (
          <QuantityText
            quantity={quantity}
            className='project-row__qty'
            spokenAs={`数量 ${quantity.value}${quantity.unit}`}
          />
        ) : (
          <Text className='muted'>报道未给出数量</Text>
        )}
        <StatusTag project={project} withWords={false} />
      </View>
      <Text className='muted'>
        状态：{STATUS_LABEL[project.status]}。报道原文的说法是“{project.statusWords}”。
      </Text>
      <View className='project-detail__facts'>
        {projectFacts(project).map(([name, value]) => (
          <View key={name} className='project-detail__fact'>
            <Text className='project-detail__fact-name'>{name}</Text>
            <Text>{value}</Text>
          </View>
        ))}
      </View>
      <Text className='project-detail__summary'>{project.summary}</Text>
      {children}
    </View>
  )
}

export type DetailSectionProps = { title: string; children: ReactNode }

/** A card of the project page under its own heading (相关数字, 历次报道, 来源). */
export function DetailSection({ title, children }: DetailSectionProps) {
  return (
    <View className='card'>
      <Heading level={2} className='project-detail__section-heading'>
        {title}
      </Heading>
      {children}
    </View>
  )
}

export type ProjectFiguresProps = {
  ids: readonly string[]
  figures: ReadonlyMap<string, Figure>
  sources: ReadonlyMap<string, Source>
}

/** 相关数字: each figure the project names that the feed holds, with its source. */
export function ProjectFigures({ ids, figures, sources }: ProjectFiguresProps) {
  return (
    <DetailSection title='相关数字'>
      {ids.map((id) => {
        const figure = figures.get(id)
        return figure ? <FigureRow key={id} figure={figure} source={sources.get(figure.sourceId)} /> : null
      })}
    </DetailSection>
  )
}

/** 来源: the report the project is summarised from, and what the summary is. */
export function ProjectSource({ source }: { source?: Source }) {
  return (
    <DetailSection title='来源'>
      {source ? (
        <Text className='muted' style={{ display: 'block' }}>
          <SourceLine source={source} />
          {source.byline ? `（${source.byline}）` : ''}
        </Text>
      ) : null}
      <Text className='muted' style={{ display: 'block', marginTop: '8px' }}>
        说明为本应用依据来源报道撰写的摘要，数量和原文说法以来源为准。
      </Text>
    </DetailSection>
  )
}

/** 相关资讯: the news stories about the project, each opening its story. */
export function ProjectNews({ news }: { news: readonly News[] }) {
  return (
    <View>
      <Heading level={2}>相关资讯</Heading>
      {news.map((n) => (
        <View key={n.id} className='card tap' role='link' onClick={() => void Taro.navigateTo({ url: newsUrl(n.id) })}>
          <Text className='project-row__title' style={{ marginTop: 0 }}>
            {n.title}
          </Text>
          <Text className='muted'>
            {n.topic} · {formatDate(n.date)}
          </Text>
        </View>
      ))}
    </View>
  )
}

export type RelatedProjectsProps = { projects: readonly Project[]; sources: ReadonlyMap<string, Source> }

/** 同类民生实事: projects of the same kind, each replacing this page with its own. */
export function RelatedProjects({ projects, sources }: RelatedProjectsProps) {
  return (
    <View>
      <Heading level={2}>同类民生实事</Heading>
      {projects.map((r) => {
        const q = projectQuantity(r)
        return (
          <ProjectLink key={r.id} id={r.id} className='card tap' replace>
            <View className='project-row__head'>
              <Text className='project-row__title' style={{ marginTop: 0 }}>
                {r.title}
              </Text>
              <StatusTag project={r} withWords={false} />
            </View>
            <Text className='muted'>
              {q ? `${q.value}${q.unit} · ` : ''}
              {r.region} · {formatPeriod(r.period)} · {sources.get(r.sourceId)?.short}
            </Text>
          </ProjectLink>
        )
      })}
    </View>
  )
}
