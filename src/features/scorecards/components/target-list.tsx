import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Source } from '@/services/feed/schema'
import {
  APPROX_TOLERANCE,
  gapWords,
  summarizeTargets,
  measureLabel,
  verdictMark,
  verdictWords,
  type TargetRow,
} from '@/features/scorecards/target-check'
import { ExpandButton } from './expand-button'
import { FigureLine } from './figure-line'
import './scorecards.scss'

export type TargetListProps = { rows: TargetRow[]; sources: ReadonlyMap<string, Source>; year: string }

/** The verdict as a mark and in words (√ 达成, × 未达成, ？ 无法判断); colour only adds to them. */
export function VerdictBadge({ row }: { row: Pick<TargetRow, 'verdict' | 'provisional'> }) {
  return (
    <View className={`verdict verdict--${row.verdict}`}>
      <Text className='verdict__mark' aria-hidden>
        {verdictMark(row.verdict)}
      </Text>
      <Text>{verdictWords(row)}</Text>
    </View>
  )
}

function Row({ row, sources }: { row: TargetRow; sources: ReadonlyMap<string, Source> }) {
  const gap = gapWords(row)
  return (
    <View className='target-row' role='listitem' data-testid='target-row' data-verdict={row.verdict}>
      <View className='target-row__head'>
        <Text className='target-row__label'>{measureLabel(row.target)}</Text>
        <VerdictBadge row={row} />
      </View>
      <FigureLine figure={row.target} source={sources.get(row.target.sourceId)} />
      {row.result ? (
        <FigureLine figure={row.result} source={sources.get(row.result.sourceId)} />
      ) : (
        <Text className='target-row__reason'>{row.reason}</Text>
      )}
      {row.result && row.reason ? <Text className='target-row__reason'>{row.reason}</Text> : null}
      {gap ? <Text className='target-row__gap'>{gap}</Text> : null}
      {row.provisional ? <Text className='target-row__gap'>结果是预计数，最终数字可能有变化。</Text> : null}
      {row.caveats.length > 0 ? (
        <Text className='target-row__caveat'>注意：两个数字的口径可能不完全相同，点数字旁的“ⓘ 说明”可看原因。</Text>
      ) : null}
    </View>
  )
}

/** Each target of the year beside its result with met / not met; targets without a result come folded. */
export function TargetList({ rows, sources, year }: TargetListProps) {
  const [open, setOpen] = useState(false)
  const judged = rows.filter((r) => r.result)
  const unanswered = rows.filter((r) => !r.result)
  const s = summarizeTargets(judged)
  const restId = `targets-unanswered-${year}`
  return (
    <View className='card target-list' data-testid='target-list'>
      <Text className='target-list__summary'>
        {`有全年结果可对照的${judged.length}项目标：${s.met}项达成` +
          (s.provisional > 0 ? `（其中${s.provisional}项按预计数）` : '') +
          `，${s.notMet}项未达成` +
          (s.unknown > 0 ? `，${s.unknown}项无法判断` : '') +
          '。'}
      </Text>
      <Text className='target-list__rule muted'>
        {`只用年度回顾的全年数对照，不用前三季度的阶段数。“左右”的目标，结果低于目标不超过${APPROX_TOLERANCE.percentagePoints}个百分点（金额类为目标的${APPROX_TOLERANCE.relative * 100}%）仍算达成。`}
      </Text>
      <View role='list' aria-label={`${year}年目标与实际对照`}>
        {judged.map((row) => (
          <Row key={row.target.id} row={row} sources={sources} />
        ))}
      </View>
      {unanswered.length > 0 ? (
        <>
          <Text className='target-list__more muted'>
            另有{unanswered.length}项目标，年度回顾没有给出可对照的全年结果。
          </Text>
          <ExpandButton
            expanded={open}
            onToggle={() => setOpen(!open)}
            controls={restId}
            count={unanswered.length}
            shown={judged.length}
            what={`${unanswered.length}项暂无结果的目标`}
          />
          <View id={restId} role='list' aria-label={`${year}年暂无结果的目标`}>
            {open ? unanswered.map((row) => <Row key={row.target.id} row={row} sources={sources} />) : null}
          </View>
        </>
      ) : null}
    </View>
  )
}
