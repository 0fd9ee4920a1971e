import { Text, View } from '@tarojs/components'
import type { Figure } from '@/services/feed/schema'
import { formatPeriod, formatValue, KIND_LABEL } from '@/domain/format'

export type DataCoverProps = { figure: Figure; topic: string }

/** The story's headline figure drawn large in place of a photo: no image bytes, all information. */
export function DataCover({ figure, topic }: DataCoverProps) {
  return (
    <View
      className='data-cover'
      aria-label={`${figure.label} ${formatValue(figure)}${figure.unit}，${KIND_LABEL[figure.kind]}`}
    >
      <Text className='data-cover__topic'>{topic}</Text>
      <View className='data-cover__value'>
        <Text className='data-cover__number'>{formatValue(figure)}</Text>
        <Text className='data-cover__unit'>{figure.unit}</Text>
      </View>
      <Text className='data-cover__label'>
        {formatPeriod(figure.period)}
        {figure.label} · {KIND_LABEL[figure.kind]}
      </Text>
    </View>
  )
}
