import { Text, View } from '@tarojs/components'
import type { StatusCount } from '@/features/projects/project-stats'
import type { ProjectStatus } from '@/services/feed/vocabulary'
import { STATUS_LABEL } from '@/domain/project-status'
import './projects.scss'
import './status-summary.scss'

export type StatusSummaryProps = {
  /** What is being counted, e.g. 全部 or 养老 · 2023年. */
  scope: string
  counts: readonly StatusCount[]
  /**
   * The status the list is filtered to, if any: the bar still shows how far the whole scope is,
   * and says how many of it are listed, with the chosen status marked and the others dimmed.
   */
  chosen?: ProjectStatus
}

/** Marks drawn in each status's bar segment and legend, so status never rests on colour alone. */
export const STATUS_MARK = { done: '✓', 'in-progress': '◐', planned: '○' } as const

/**
 * Counts per status in words and numbers, with a bar of plain Views: one segment per status,
 * as wide as its share, each with its own fill pattern and mark. Screen readers read the bar as one
 * sentence.
 */
export function StatusSummary({ scope, counts, chosen }: StatusSummaryProps) {
  const total = counts.reduce((n, c) => n + c.count, 0)
  const listed = chosen ? counts.find((c) => c.status === chosen) : undefined
  const mark = (status: ProjectStatus) => (chosen === undefined ? '' : status === chosen ? ' is-chosen' : ' is-dimmed')
  const done = counts.find((c) => c.status === 'done')
  const sentence = counts.map((c) => `${STATUS_LABEL[c.status]} ${c.count} 项`).join('，')
  return (
    <View className='card status-summary' data-testid='status-summary'>
      <View className='status-summary__head'>
        <Text className='status-summary__total'>
          {scope} 共 {total} 项
        </Text>
        {total > 0 && done ? <Text className='status-summary__share'>已完成占 {done.percent}%</Text> : null}
      </View>
      {chosen ? (
        <Text className='status-summary__listed' data-testid='status-summary-listed'>
          下面列出其中{STATUS_LABEL[chosen]}的 {listed?.count ?? 0} 项
        </Text>
      ) : null}
      {total > 0 ? (
        <View className='status-bar' role='img' aria-label={`${scope}：${sentence}`}>
          {counts
            .filter((c) => c.count > 0)
            .map((c) => (
              <View
                key={c.status}
                className={`status-bar__seg status-bar__seg--${c.status}${mark(c.status)}`}
                style={{ width: `${(c.count / total) * 100}%` }}
              >
                <Text aria-hidden='true'>{c.count / total >= 0.08 ? STATUS_MARK[c.status] : ''}</Text>
              </View>
            ))}
        </View>
      ) : null}
      <View className='status-legend'>
        {counts.map((c) => (
          <Text key={c.status} className={`status-legend__item status-legend__item--${c.status}${mark(c.status)}`}>
            <Text className={`status-legend__swatch status-bar__seg--${c.status}`} aria-hidden='true'>
              {STATUS_MARK[c.status]}
            </Text>
            {STATUS_LABEL[c.status]} <Text className='status-legend__count'>{c.count}</Text> 项
            {total > 0 ? `（${c.percent}%）` : ''}
          </Text>
        ))}
      </View>
    </View>
  )
}
