import { useEffect, useMemo } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { FigureRow } from '@/components/figure/figure-row'
import { NotFound } from '@/components/not-found'
import { Heading } from '@/components/heading'
import { PageShell } from '@/components/page-shell'
import { DataCover } from '@/features/news/components/data-cover'
import { relatedNews } from '@/features/news/news-derive'
import { ShareActions } from '@/features/share/components/share-actions'
import { useShare } from '@/features/share/components/use-share'
import { newsShareItem } from '@/features/share/share-item'
import { useAppStore } from '@/store'
import { tellIfUnsaved } from '@/store/save-feedback'
import { useFigures, useSources } from '@/store/feed-lookups'
import { formatDate, formatSourceLine } from '@/utils/format'
import { isSinglePageMode } from '@/utils/launch-scene'
import { safeDecode } from '@/utils/query'
import '@/features/news/components/news.scss'
import './index.scss'
import { newsUrl } from '@/domain/routes'
import { withFeed } from '@/components/page-shell/with-feed'

function NewsDetailPage() {
  const { params } = useRouter()
  const id = safeDecode(params.id)
  const feed = useAppStore((s) => s.feed)
  const allNews = useAppStore((s) => s.feed.news)
  const notes = useAppStore((s) => s.feed.notes)
  const news = useMemo(() => allNews.find((n) => n.id === id), [allNews, id])
  const figures = useFigures()
  const sources = useSources()
  const isFavourite = useAppStore((s) => s.favourites.some((f) => f.id === id))
  const toggleFavourite = useAppStore((s) => s.toggleFavourite)
  const recordRead = useAppStore((s) => s.recordRead)

  useEffect(() => {
    if (news) {
      recordRead({ id: news.id, title: news.title })
      void Taro.setNavigationBarTitle({ title: news.topic })
    }
  }, [news, recordRead])

  const shareItem = useMemo(() => newsShareItem(feed, id), [feed, id])
  const shareCanvas = useShare(shareItem)
  const singlePage = isSinglePageMode()

  if (!news) {
    return (
      <PageShell>
        <NotFound what='资讯' />
      </PageShell>
    )
  }

  const cover = figures.get(news.coverFigureId)
  const figureIds = new Set([news.coverFigureId, ...news.sections.flatMap((s) => s.figureIds)])
  const relatedNotes = notes.filter((n) => n.figureIds.some((f) => figureIds.has(f)))
  const related = relatedNews(allNews, news)

  return (
    <PageShell>
      <View className='card' style={{ marginTop: '12px' }}>
        {cover ? <DataCover figure={cover} topic={news.topic} /> : null}
        <Heading level={1} className='news-detail__title'>
          {news.title}
        </Heading>
        <View className='news-card__meta'>
          <Text className='news-card__topic'>{news.topic}</Text>
          <Text>{formatDate(news.date)}</Text>
          <Text>{sources.get(news.sourceIds[0])?.short}</Text>
        </View>
        <Text className='news-detail__summary'>{news.summary}</Text>
        <View className='news-detail__actions'>
          {singlePage ? null : (
            <Button
              type={isFavourite ? 'default' : 'primary'}
              className='tap'
              aria-label={isFavourite ? '取消收藏' : '收藏这条资讯'}
              onClick={() => tellIfUnsaved(toggleFavourite({ id: news.id, title: news.title }))}
            >
              {isFavourite ? '★ 已收藏' : '☆ 收藏'}
            </Button>
          )}
        </View>
        {shareItem ? <ShareActions item={shareItem} /> : null}
        {shareCanvas}
      </View>

      {news.sections.map((section) => (
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

      {relatedNotes.length > 0 ? (
        <View className='card' role='note'>
          <Text className='news-detail__section-heading'>数据说明</Text>
          {relatedNotes.map((n) => (
            <Text key={n.id} className='news-detail__text muted'>
              · {n.text}
            </Text>
          ))}
        </View>
      ) : null}

      <View className='card'>
        <Text className='news-detail__section-heading'>来源</Text>
        {news.sourceIds.map((sid) => {
          const source = sources.get(sid)
          return source ? (
            <Text key={sid} className='news-detail__text muted'>
              {formatSourceLine(source)}
              {source.byline ? `（${source.byline}）` : ''}
            </Text>
          ) : null
        })}
        <Text className='news-detail__text muted'>正文为本应用依据来源报道撰写的摘要，数字以来源原文为准。</Text>
      </View>

      {related.length > 0 ? (
        <View>
          <Text className='section-title' style={{ display: 'block' }}>
            相关资讯
          </Text>
          {related.map((r) => (
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
      ) : null}
    </PageShell>
  )
}

export default withFeed(NewsDetailPage)
