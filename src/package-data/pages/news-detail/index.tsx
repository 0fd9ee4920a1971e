import { useMemo } from 'react'
import { View } from '@tarojs/components'
import { NotFound } from '@/components/not-found'
import { PageShell } from '@/components/page-shell'
import { withFeed } from '@/components/page-shell/with-feed'
import { SaveToggle } from '@/components/save-toggle'
import {
  NewsNotes,
  NewsSections,
  NewsSources,
  NewsSummaryCard,
  RelatedNews,
} from '@/features/news/components/news-article'
import { notesAboutNews, relatedNews } from '@/features/news/news-derive'
import { ShareActions } from '@/features/share/components/share-actions'
import { useShare } from '@/features/share/components/use-share'
import { newsShareItem } from '@/features/share/share-item'
import { useAppStore } from '@/store'
import { useFigures, useSources } from '@/store/feed-lookups'
import { useOpenedItem, useSaved } from '@/store/use-opened-item'
import '@/features/news/components/news.scss'
import './index.scss'

const FAVOURITE = { text: '☆ 收藏', label: '收藏这条资讯' }
const UNFAVOURITE = { text: '★ 已收藏', label: '取消收藏' }

function NewsDetailPage() {
  const feed = useAppStore((s) => s.feed)
  const { id, item: news } = useOpenedItem(feed.news, (n) => n.topic)
  const figures = useFigures()
  const sources = useSources()
  const save = useSaved('favourites', news)
  const shareItem = useMemo(() => newsShareItem(feed, id), [feed, id])
  const shareCanvas = useShare(shareItem)

  if (!news) {
    return (
      <PageShell>
        <NotFound what='资讯' />
      </PageShell>
    )
  }

  const notes = notesAboutNews(feed.notes, news)
  const related = relatedNews(feed.news, news)

  return (
    <PageShell>
      <NewsSummaryCard
        news={news}
        cover={figures.get(news.coverFigureId)}
        source={sources.get(news.sourceIds[0])?.short}
      >
        <View className='news-detail__actions'>
          <SaveToggle {...save} save={FAVOURITE} unsave={UNFAVOURITE} />
        </View>
        {shareItem ? <ShareActions item={shareItem} /> : null}
        {shareCanvas}
      </NewsSummaryCard>
      <NewsSections sections={news.sections} figures={figures} />
      {notes.length > 0 ? <NewsNotes notes={notes} /> : null}
      <NewsSources ids={news.sourceIds} sources={sources} />
      {related.length > 0 ? <RelatedNews news={related} /> : null}
    </PageShell>
  )
}

export default withFeed(NewsDetailPage)
