import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Heading } from '@/components/heading'
import type { Source } from '@/services/feed/schema'
import { formatSourceLine } from '@/domain/format'
import { measureLabel, type TargetBesideBaseline } from '@/features/scorecards/target-check'
import { ExpandButton } from './expand-button'
import { FigureLine } from './figure-line'
import './scorecards.scss'

export type NextTargetsProps = { rows: TargetBesideBaseline[]; sources: ReadonlyMap<string, Source>; year: string }

function Row({ row }: { row: TargetBesideBaseline }) {
  return (
    <View className='beside-row' role='listitem' data-testid='next-target'>
      {row.baseline.length > 0 ? (
        <>
          <View className='beside-row__side'>
            <Text className='beside-row__label'>{measureLabel(row.baseline[0])}</Text>
            {row.baseline.map((f) => (
              <FigureLine key={f.id} figure={f} />
            ))}
          </View>
          <Text className='beside-row__arrow' aria-hidden>
            →
          </Text>
        </>
      ) : null}
      <View className='beside-row__side'>
        <Text className='beside-row__label'>{measureLabel(row.target)}</Text>
        <FigureLine figure={row.target} />
        {row.target.note ? <Text className='muted'>{row.target.note}</Text> : null}
      </View>
    </View>
  )
}

/**
 * The targets a report set after looking back on `year`, each beside that year's figure of the same
 * indicator; targets with nothing to compare come folded.
 */
export function NextTargets({ rows, sources, year }: NextTargetsProps) {
  const [open, setOpen] = useState(false)
  if (rows.length === 0) return null
  const beside = rows.filter((r) => r.baseline.length > 0)
  const alone = rows.filter((r) => r.baseline.length === 0)
  const source = sources.get(rows[0].target.sourceId)
  const goalYears = [...new Set(rows.map((r) => r.target.period.slice(0, 4)))].join('、')
  const restId = `next-targets-${year}`
  return (
    <View>
      <Heading level={2}>
        {year}年之后的目标（{goalYears}年）
      </Heading>
      <View className='card' data-testid='next-targets'>
        <Text className='muted'>
          报告回顾{year}年之后接着提出的目标；左边是{year}年的数，右边是目标。
          {source ? `来源：${formatSourceLine(source)}` : ''}
        </Text>
        <View role='list' aria-label={`${year}年的数与之后的目标`}>
          {beside.map((row) => (
            <Row key={row.target.id} row={row} />
          ))}
        </View>
        {alone.length > 0 ? (
          <>
            <ExpandButton
              expanded={open}
              onToggle={() => setOpen(!open)}
              controls={restId}
              count={alone.length}
              shown={beside.length}
              what={`${alone.length}项没有${year}年对照数的目标`}
            />
            <View id={restId} role='list' aria-label={`没有${year}年对照数的目标`}>
              {open ? alone.map((row) => <Row key={row.target.id} row={row} />) : null}
            </View>
          </>
        ) : null}
      </View>
    </View>
  )
}
