import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { FigureRow } from '@/components/figure/figure-row'
import { Heading } from '@/components/heading'
import { newsUrl } from '@/domain/routes'
import type { DataNote, Figure, News, Source } from '@/services/feed/schema'
import { formatDate } from '@/domain/format'
import { DataCover } from './data-cover'
import './news.scss'
import { SourceLine } from '@/components/figure/source-line'

export type NewsSummaryCardProps = {
  news: News
  cover?: Figure
  /** The short name of the story's first report. */
  source?: string
  children?: ReactNode
}

/** The story page's first card: data cover, title, topic, date and outlet, summary; `children` are its actions. */
export function NewsSummaryCard({ news, cover, source, children }: NewsSummaryCardProps) {
  return (
    <View className='card' style={{ marginTop: '12px' }}>
      {cover ? <DataCover figure={cover} topic={news.topic} /> : null}
      <Heading level={1} className='news-detail__title'>
        {news.title}
      </Heading>
      <View className='news-card__meta'>
        <Text className='news-card__topic'>{news.topic}</Text>
        <Text>{formatDate(news.date)}</Text>
        <Text>{source}</Text>
      </View>
      <Text className='news-detail__summary'>{news.summary}</Text>
      {children}
    </View>
  )
}

export type NewsSectionsProps = { sections: News['sections']; figures: ReadonlyMap<string, Figure> }

/** The story's sections, each a card: its heading, text and the figures it names. */
export function NewsSections({ sections, figures }: NewsSectionsProps) {
  return (
    <>
      {sections.map((section) => (
        <View className='card' key={section.heading}>
          <Heading level={2} className='news-detail__section-heading'>
            {section.heading}
          </Heading>
          <Text className='news-detail__text'>{section.text}</Text>
          {section.figureIds.map((fid) => {
            const figure = figures.get(fid)
            return figure ? <FigureRow key={fid} figure={figure} /> : null
          })}
        </View>
      ))}
    </>
  )
}

/** 数据说明: the notes on the story's figures. */
export function NewsNotes({ notes }: { notes: readonly DataNote[] }) {
  return (
    <View className='card' role='note'>
      <Text className='news-detail__section-heading'>数据说明</Text>
      {notes.map((n) => (
        <Text key={n.id} className='news-detail__text muted'>
          · {n.text}
        </Text>
      ))}
    </View>
  )
}

export type NewsSourcesProps = { ids: readonly string[]; sources: ReadonlyMap<string, Source> }

/** 来源: the reports the story is summarised from, and what the summary is. */
export function NewsSources({ ids, sources }: NewsSourcesProps) {
  return (
    <View className='card'>
      <Text className='news-detail__section-heading'>来源</Text>
      {ids.map((sid) => {
        const source = sources.get(sid)
        return source ? (
          <Text key={sid} className='news-detail__text muted'>
            <SourceLine source={source} />
            {source.byline ? `（${source.byline}）` : ''}
          </Text>
        ) : null
      })}
      <Text className='news-detail__text muted'>正文为本应用依据来源报道撰写的摘要，数字以来源原文为准。</Text>
    </View>
  )
}

/** 相关资讯: other stories, each replacing this page with its own. */
export function RelatedNews({ news }: { news: readonly News[] }) {
  return (
    <View>
      <Text className='section-title' style={{ display: 'block' }}>
        相关资讯
      </Text>
      {news.map((r) => (
        <View
          key={r.id}
          className='card tap'
          role='link'
          aria-label={r.title}
          onClick={() => void Taro.redirectTo({ url: newsUrl(r.id) })}
        >
          <Text className='news-card__title'>{r.title}</Text>
          <Text className='muted'>
            {r.topic} · {formatDate(r.date)}
          </Text>
        </View>
      ))}
    </View>
  )
}
