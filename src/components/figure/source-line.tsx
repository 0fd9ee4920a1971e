import { Text } from '@tarojs/components'
import type { Source } from '@/services/feed/schema'
import { formatDate, formatSourceLine } from '@/domain/format'

/**
 * A source as formatSourceLine words it, for the page: the date never breaks across lines
 * (2022年11月29日 broke after 2022年 in 关怀模式).
 */
export function SourceLine({ source }: { source: Pick<Source, 'title' | 'outlet' | 'date'> }) {
  const date = formatDate(source.date)
  const line = formatSourceLine(source)
  return (
    <>
      {line.slice(0, line.length - date.length)}
      <Text className='nowrap'>{date}</Text>
    </>
  )
}
