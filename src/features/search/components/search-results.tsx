import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Highlighted } from '@/components/highlighted'
import type { FigureHit } from '@/features/search/figure-search'
import { countsLine, type KindCounts } from '@/features/search/search-summary'
import './search.scss'

/** "找到 资讯 3 · 数字 5 · 民生实事 4": what the one search found, per kind, read out when it changes. */
export function SearchCounts({ counts }: { counts: KindCounts }) {
  return (
    <View className='search-counts' role='status' data-testid='search-counts'>
      <Text>找到 {countsLine(counts)}</Text>
    </View>
  )
}

/** A heading of one kind of result, with its count. */
export function ResultsHeading({ label, count }: { label: string; count: number }) {
  return (
    <View className='search-heading' role='heading' aria-level={2}>
      <Text>{label}</Text>
      <Text className='search-heading__count'>{count}</Text>
    </View>
  )
}

/**
 * One indicator found: its name (matches marked), topic, region, periods and newest value; a tap
 * opens its topic page (看图表, or 看数字 when it has one period only). Another region's indicator
 * has no page of its own: the card shows its value and is not a link.
 */
export function FigureResult({ hit }: { hit: FigureHit }) {
  const periods = hit.periods.length > 3 ? `${hit.periods.slice(0, 3).join('、')}等` : hit.periods.join('、')
  const { url } = hit
  const open = hit.charted ? '看图表' : '看数字'
  return (
    <View
      className={url ? 'card search-figure tap' : 'card search-figure'}
      data-testid='figure-result'
      {...(url
        ? {
            role: 'link',
            'aria-label': `${hit.name}，${hit.topic}，${hit.region}，${open}`,
            onClick: () => void Taro.navigateTo({ url }),
          }
        : {})}
    >
      <Highlighted className='search-figure__name' text={hit.name} ranges={hit.nameRanges} />
      <View className='search-figure__meta'>
        <Text>{hit.topic}</Text>
        <Text>{hit.region}</Text>
        <Text>{periods}</Text>
        {url ? <Text className='search-figure__open'>{open} ›</Text> : <Text>{hit.value}</Text>}
      </View>
    </View>
  )
}
