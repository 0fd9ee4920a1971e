import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { isSinglePageMode } from '@/utils/launch-scene'
import { EmptyState } from '@/components/empty-state'
import { PAGES } from '@/domain/routes'

export type NotFoundProps = { what?: string }

/**
 * Friendly landing for a link to an item that no longer exists, with a way home. Opened from
 * Moments (单页模式) there is no navigation, so it says how to open the mini program instead.
 */
export function NotFound({ what = '内容' }: NotFoundProps) {
  return (
    <View className='not-found' role='alert'>
      <EmptyState glyph='?' title={`没有找到这条${what}`} description='它可能已从数据中移除，或链接不完整。' />
      <View style={{ display: 'flex', justifyContent: 'center', marginTop: '16px' }}>
        {isSinglePageMode() ? (
          <Text className='muted'>点屏幕下方的“前往小程序”，可以查看全部资讯和成绩单。</Text>
        ) : (
          <Button type='primary' className='tap' onClick={() => void Taro.switchTab({ url: PAGES.news })}>
            回到首页
          </Button>
        )}
      </View>
    </View>
  )
}
