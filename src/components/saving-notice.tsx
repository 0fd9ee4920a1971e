import { Text, View } from '@tarojs/components'
import { useAppStore } from '@/store'

const TEXT = {
  'read-only': '保存已关闭：存储暂时无法读取，收藏和设置不会保存，已保存的内容不会被改动。',
  'write-failed': '最近的更改没有保存：存储空间已满或不可用。',
} as const

/** A line at the top of every page while what the user saves cannot reach storage. */
export function SavingNotice() {
  const status = useAppStore((s) => s.storageStatus)
  if (status === 'ok') return null
  return (
    <View className='card link-note saving-notice' role='status'>
      <Text>{TEXT[status]}</Text>
    </View>
  )
}
