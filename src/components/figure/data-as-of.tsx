import { Text, View } from '@tarojs/components'
import { useAppStore } from '@/store'
import { formatDate } from '@/domain/format'
import { useOnline } from '@/utils/online'

/**
 * "数据截至 …" so that a bundled offline copy is never mistaken for today's news. Offline, no
 * refresh can run: it says so calmly, since everything shown still reads as before.
 */
export function DataAsOf() {
  const dataAsOf = useAppStore((s) => s.feed.dataAsOf)
  const status = useAppStore((s) => s.feedStatus)
  const refresh = useAppStore((s) => s.feedRefresh)
  const online = useOnline()
  return (
    <View className='as-of' role='note'>
      <Text className='nowrap'>数据截至 {formatDate(dataAsOf)}</Text>
      <Text>
        {status === 'fallback'
          ? '数据暂不可用，显示备用数据'
          : !online
            ? '已离线 · 已有数据照常可看'
            : refresh.state === 'failed'
              ? '更新失败，显示已有数据'
              : refresh.state === 'updated'
                ? '已更新到最新数据'
                : '离线可读 · 每个数字注明来源'}
      </Text>
    </View>
  )
}
