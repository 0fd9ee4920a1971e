import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { FigureRow } from '@/components/figure/figure-row'
import { Heading } from '@/components/heading'
import type { Source } from '@/services/feed/schema'
import type { SourceGroup } from '@/features/scorecards/figure-groups'
import { ExpandButton } from './expand-button'
import './scorecards.scss'

export type OtherFiguresProps = {
  groups: SourceGroup[]
  sources: ReadonlyMap<string, Source>
  /** Heading, e.g. "2022年的其他数字". */
  title: string
  /** Unique within the page, for the 展开 button's target. */
  id: string
}

/** The rest of a period's figures, folded, grouped by the report they come from. */
export function OtherFigures({ groups, sources, title, id }: OtherFiguresProps) {
  const [open, setOpen] = useState(false)
  const count = groups.reduce((n, g) => n + g.figures.length, 0)
  if (count === 0) return null
  const listId = `other-figures-${id}`
  return (
    <View>
      <Heading level={2}>{title}</Heading>
      <View className='card' data-testid='other-figures'>
        <Text className='muted'>
          共{count}项，来自
          {/* Each report's name on one line: 2023前三季度报道 broke after 2023 in 关怀模式. */}
          {groups.map((g, i) => (
            <Text key={g.sourceId} className='nowrap'>
              {sources.get(g.sourceId)?.short ?? g.sourceId}
              {i < groups.length - 1 ? '、' : '。'}
            </Text>
          ))}
        </Text>
        <ExpandButton
          expanded={open}
          onToggle={() => setOpen(!open)}
          controls={listId}
          count={count}
          shown={0}
          what={`${title}${count}项`}
        />
        <View id={listId}>
          {open
            ? groups.map((g) => (
                <View key={g.sourceId} role='list' aria-label={`来自${sources.get(g.sourceId)?.short ?? g.sourceId}`}>
                  <Text className='source-group__title'>来自{sources.get(g.sourceId)?.short ?? g.sourceId}</Text>
                  {g.figures.map((f) => (
                    <View key={f.id} role='listitem'>
                      <FigureRow figure={f} />
                    </View>
                  ))}
                </View>
              ))
            : null}
        </View>
      </View>
    </View>
  )
}
