import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Heading } from '@/components/heading'
import { topicUrl } from '@/domain/routes'
import { BUTTON_ROLE } from './expand-button'
import './scorecards.scss'

export type TopicLinksProps = { topics: readonly string[] }

/** A link per topic to its chart page (in the chart subpackage). */
export function TopicLinks({ topics }: TopicLinksProps) {
  if (topics.length === 0) return null
  return (
    <View className='topic-links' role='navigation' aria-label='按主题看图表'>
      <Heading level={2}>按主题看图表</Heading>
      <View className='topic-links__row'>
        {topics.map((topic) => (
          <Button
            key={topic}
            {...BUTTON_ROLE}
            className='topic-link tap'
            size='small'
            fill='outline'
            aria-label={`查看“${topic}”的图表`}
            onClick={() => void Taro.navigateTo({ url: topicUrl(topic) })}
          >
            {topic} ›
          </Button>
        ))}
      </View>
    </View>
  )
}
