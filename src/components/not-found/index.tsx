import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { EmptyState } from '../empty-state'

export type NotFoundProps = { what?: string }

/** Friendly landing for a link to an item that no longer exists, with a way home. */
export function NotFound({ what = '内容' }: NotFoundProps) {
  return (
    <View className='not-found' role='alert'>
      <EmptyState glyph='?' title={`没有找到这条${what}`} description='它可能已从数据中移除，或链接不完整。' />
      <View style={{ display: 'flex', justifyContent: 'center', marginTop: '16px' }}>
        <Button type='primary' className='tap' onClick={() => void Taro.switchTab({ url: '/pages/index/index' })}>
          回到首页
        </Button>
      </View>
    </View>
  )
}
