import { Text } from '@tarojs/components'
import { splitByRanges, type Range } from '@/utils/search'

export type HighlightedProps = { text: string; ranges: readonly Range[]; className?: string }

/** Text with search matches marked (also in words for screen readers: the match is bold). */
export function Highlighted({ text, ranges, className }: HighlightedProps) {
  if (ranges.length === 0) return <Text className={className}>{text}</Text>
  return (
    <Text className={className}>
      {splitByRanges(text, ranges).map((part, i) =>
        part.hit ? (
          <Text key={i} className='hl'>
            {part.text}
          </Text>
        ) : (
          part.text
        ),
      )}
    </Text>
  )
}
