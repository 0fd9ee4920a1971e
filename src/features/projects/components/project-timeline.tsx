import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Project, Source } from '@/services/feed/schema'
import { formatDate, formatPeriod } from '@/domain/format'
import { quantityText } from '@/features/projects/project-format'
import { projectUrl } from '@/domain/routes'
import { StatusTag } from './status-tag'
import './project-timeline.scss'

export type ProjectTimelineProps = {
  /** Oldest report first, as `projectTimeline` orders them; includes the current project. */
  entries: readonly Project[]
  currentId: string
  sources: ReadonlyMap<string, Source>
}

/** The same item as each report told it: when, what period, how many, and in what words. */
export function ProjectTimeline({ entries, currentId, sources }: ProjectTimelineProps) {
  return (
    <View role='list' aria-label='历次报道' className='timeline'>
      {entries.map((p) => {
        const source = sources.get(p.sourceId)
        const current = p.id === currentId
        const when = source ? `${formatDate(source.date)} · ${source.short}` : ''
        return (
          <View
            key={p.id}
            role='listitem'
            className={`timeline__step${current ? ' timeline__step--current' : ''}`}
            data-testid='timeline-step'
          >
            <View
              className={current ? '' : 'tap'}
              role={current ? undefined : 'link'}
              aria-label={current ? undefined : `${when}：${p.title}`}
              onClick={current ? undefined : () => void Taro.redirectTo({ url: projectUrl(p.id) })}
            >
              <Text className='timeline__when'>
                {when}
                {current ? '（本页）' : ''}
              </Text>
              <View className='timeline__what'>
                <Text>{formatPeriod(p.period)}</Text>
                {quantityText(p) ? <Text className='timeline__qty'>{quantityText(p)}</Text> : null}
                <StatusTag project={p} />
              </View>
              {current ? null : <Text className='muted'>{p.title} ›</Text>}
            </View>
          </View>
        )
      })}
    </View>
  )
}
