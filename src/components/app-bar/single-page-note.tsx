import { Text, View } from '@tarojs/components'
import { isSinglePageMode } from '@/utils/launch-scene'
import { APP_NAME } from './app-name'
import './single-page-note.scss'

/**
 * Opened from a Moments post (单页模式), a page has no tab bar and cannot navigate; WeChat's bar at
 * the bottom has 前往小程序. One line at the top of every page says so. Nothing anywhere else.
 */
export function SinglePageNote() {
  if (!isSinglePageMode()) return null
  return (
    <View className='single-page-line' role='note'>
      <Text>{`点底部「前往小程序」，打开完整的${APP_NAME}。`}</Text>
    </View>
  )
}
