import { Text, View } from '@tarojs/components'
import { Empty } from '@nutui/nutui-react-taro'

export type EmptyStateProps = { title?: string; description: string; glyph?: string; small?: boolean }

/**
 * NutUI's Empty with a drawn glyph instead of its default image, which is fetched from a CDN:
 * the app must look right offline and on first open.
 */
export function EmptyState({ title, description, glyph = '空', small }: EmptyStateProps) {
  return (
    <Empty
      size={small ? 'small' : 'base'}
      image={
        <View className='empty-glyph' aria-hidden>
          <Text>{glyph}</Text>
        </View>
      }
      imageSize={small ? 56 : 88}
      title={title}
      description={description}
    />
  )
}
