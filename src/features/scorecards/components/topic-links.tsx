import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { topicUrl } from '@/domain/routes'
import { activatable } from '@/utils/a11y'
import './scorecards.scss'

export type TopicLinksProps = { topics: readonly string[] }

// WeChat's templates render no role or aria attribute, so on weapp they would only add to setData.
const WEB = process.env.TARO_ENV !== 'weapp'

/**
 * A link per topic to its chart page (in the chart subpackage), in one row near the top of the
 * page that scrolls sideways: plain chips, not NutUI buttons, whose four nodes each the 成绩单 tab
 * cannot afford in WeChat's node and setData budgets (scripts/perf/weapp-render.ts).
 */
export function TopicLinks({ topics }: TopicLinksProps) {
  if (topics.length === 0) return null
  return (
    <View className='topic-links' {...(WEB ? { role: 'navigation', 'aria-label': '按主题看图表' } : {})}>
      <Text className='topic-links__title'>按主题看图表</Text>
      <View className='topic-links__row'>
        {topics.map((topic) => {
          const open = () => void Taro.navigateTo({ url: topicUrl(topic) })
          return (
            <View
              key={topic}
              className='topic-link'
              onClick={open}
              {...(WEB ? { role: 'link', 'aria-label': `查看“${topic}”的图表`, ...activatable(open) } : {})}
            >
              {`${topic} ›`}
            </View>
          )
        })}
      </View>
    </View>
  )
}
