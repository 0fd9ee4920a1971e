import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Figure } from '@/services/feed/schema'
import { formatDate } from '@/domain/format'
import { activatable } from '@/utils/a11y'
import type { NewsHit } from '@/features/news/news-search'
import { DataCover } from './data-cover'
import { Highlighted } from '@/components/highlighted'
import './news.scss'
import { newsUrl } from '@/domain/routes'

/** `source` is the short name of the card's first report. */
export type NewsCardProps = { hit: NewsHit; cover?: Figure; source: string }

/** One news card: data cover, title, summary, topic, date and outlet; opens the detail page. */
export function NewsCard({ hit, cover, source }: NewsCardProps) {
  const { news } = hit
  const open = () => void Taro.navigateTo({ url: newsUrl(news.id) })
  return (
    // The whole card is tappable; the title is the link that screen readers and keyboards reach,
    // so its name is exactly its visible text.
    <View className='news-card card' onClick={open} data-testid='news-card'>
      {cover ? <DataCover figure={cover} topic={news.topic} /> : null}
      <View className='news-card__body'>
        <View role='link' className='news-card__title-link tap' {...activatable(open)}>
          <Highlighted className='news-card__title' text={news.title} ranges={hit.titleRanges} />
        </View>
        <Highlighted className='news-card__summary' text={news.summary} ranges={hit.summaryRanges} />
        {hit.snippet ? (
          <View className='news-card__snippet'>
            <Text className='muted'>正文：</Text>
            <Highlighted text={hit.snippet.text} ranges={hit.snippet.ranges} />
          </View>
        ) : null}
        <View className='news-card__meta'>
          <Text className='news-card__topic'>{news.topic}</Text>
          <Text>{formatDate(news.date)}</Text>
          <Text className='news-card__outlet'>来源：{source}</Text>
        </View>
      </View>
    </View>
  )
}
