import { useState, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { FigureRow } from '@/components/figure/figure-row'
import { Heading } from '@/components/heading'
import type { Figure, Scorecard, Source } from '@/services/feed/schema'
import { formatSourceLine } from '@/domain/format'
import { ExpandButton } from './expand-button'
import './scorecards.scss'

/** How many key figures a card shows before 展开. */
export const CARD_FIGURES_SHOWN = 4

export type ScorecardCardProps = {
  card: Scorecard
  figures: Figure[]
  source?: Source
  /** The card a shared link opened: marked in words and border, all its figures shown. */
  highlighted?: boolean
  /** Share actions for this card, rendered under its source. */
  actions?: ReactNode
}

/** The element id of a card, for scrolling to it. */
export const scorecardElementId = (id: string) => `scorecard-${id.replace(/[^\w-]/g, '_')}`

/** One of the year's scorecards: order, title, our summary, its key figures (4, then 展开) and the source. */
export function ScorecardCard({ card, figures, source, highlighted = false, actions }: ScorecardCardProps) {
  const [open, setOpen] = useState(highlighted)
  const first = figures.slice(0, CARD_FIGURES_SHOWN)
  const rest = figures.slice(CARD_FIGURES_SHOWN)
  const restId = `scorecard-rest-${card.id}`
  return (
    <View
      id={scorecardElementId(card.id)}
      className={highlighted ? 'card scorecard scorecard--highlighted' : 'card scorecard'}
      data-testid='scorecard'
      data-card={card.id}
      data-highlighted={highlighted ? 'true' : undefined}
      role='article'
      aria-label={`第${card.order}张成绩单：${card.title}`}
    >
      <Text className='scorecard__order'>{`第${card.order}张`}</Text>
      {highlighted ? <Text className='scorecard__linked'>分享给你的这一张</Text> : null}
      <Heading level={3} className='scorecard__title'>
        {card.title}
      </Heading>
      <Text className='scorecard__summary'>{card.summary}</Text>
      <View role='list' aria-label={`${card.title}的数字`}>
        {first.map((f) => (
          <View key={f.id} role='listitem' data-testid='scorecard-figure'>
            <FigureRow figure={f} />
          </View>
        ))}
      </View>
      {rest.length > 0 ? (
        <>
          <View id={restId} role='list' aria-label={`${card.title}的其余数字`}>
            {open
              ? rest.map((f) => (
                  <View key={f.id} role='listitem' data-testid='scorecard-figure'>
                    <FigureRow figure={f} />
                  </View>
                ))
              : null}
          </View>
          <ExpandButton
            expanded={open}
            onToggle={() => setOpen(!open)}
            controls={restId}
            count={rest.length}
            shown={first.length}
            what={`“${card.title}”的其余${rest.length}项数字`}
          />
        </>
      ) : null}
      {source ? <Text className='scorecard__source muted'>{`来源：${formatSourceLine(source)}`}</Text> : null}
      {actions}
    </View>
  )
}
