import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { isSinglePageMode } from '@/utils/launch-scene'
import { EmptyState } from '@/components/empty-state'
import { PAGES } from '@/domain/routes'

export type NotFoundProps = { what?: string }

/** The measure word Chinese puts before each thing a link can name: 这条资讯, 这个页面, 这项民生实事. */
const MEASURE: Record<string, string> = { 资讯: '条', 页面: '个', 专题: '个', 民生实事: '项', 内容: '项' }

/** “没有找到这个页面” and why, in words that fit what was missing. */
export function notFoundText(what: string): { title: string; description: string } {
  const title = `没有找到这${MEASURE[what] ?? '个'}${what}`
  if (what === '页面') return { title, description: '链接可能有误或不完整。' }
  return { title, description: '它可能已从数据中移除，或链接不完整。' }
}

/**
 * Friendly landing for a link to an item that no longer exists, with a way home. Opened from
 * Moments (单页模式) there is no navigation, so it says how to open the mini program instead.
 */
export function NotFound({ what = '内容' }: NotFoundProps) {
  const { title, description } = notFoundText(what)
  return (
    <View className='not-found' role='alert'>
      <EmptyState glyph='?' title={title} description={description} />
      <View style={{ display: 'flex', justifyContent: 'center', marginTop: '16px' }}>
        {isSinglePageMode() ? (
          <Text className='muted'>点底部「前往小程序」，可以查看全部资讯和成绩单。</Text>
        ) : (
          <Button type='primary' className='tap' onClick={() => void Taro.switchTab({ url: PAGES.news })}>
            回到首页
          </Button>
        )}
      </View>
    </View>
  )
}
