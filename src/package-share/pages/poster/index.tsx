import { useMemo } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { Heading } from '@/components/heading'
import { NotFound } from '@/components/not-found'
import { PageShell } from '@/components/page-shell'
import { PosterMaker } from '@/features/share/components/poster-maker'
import { useShare } from '@/features/share/components/use-share'
import { PAGES as SHARE_PAGES, posterUrl } from '@/domain/routes'
import { POSTER_DRAWS_CODE, posterOpenHint } from '@/features/share/poster-link'
import { shareItemFor } from '@/features/share/share-links'
import { useAppStore } from '@/store'
import { isSinglePageMode } from '@/utils/launch-scene'
import { safeDecode } from '@/utils/query'
import { withFeed } from '@/components/page-shell/with-feed'

/** Back to the item's own page; the 成绩单 tab takes its query only through reLaunch. */
function openItem(path: string) {
  if (path.startsWith(SHARE_PAGES.scorecards)) void Taro.reLaunch({ url: path })
  else void Taro.redirectTo({ url: path })
}

/** The tall poster of one shared item (`?kind=&id=`), drawn from the bundled feed alone. */
function PosterPage() {
  const { params } = useRouter()
  const kind = safeDecode(params.kind)
  const id = safeDecode(params.id)
  const feed = useAppStore((s) => s.feed)
  const item = useMemo(() => shareItemFor(feed, kind, id), [feed, kind, id])
  // Chat opens the item itself; Moments can only open this poster page again, for the same item.
  const shareCanvas = useShare(item, { timelinePath: item ? posterUrl(item) : undefined })
  const singlePage = isSinglePageMode()

  if (!item) {
    return (
      <PageShell>
        <NotFound />
      </PageShell>
    )
  }

  return (
    <PageShell>
      <View className='card' style={{ marginTop: '24px' }}>
        <Heading level={1}>{item.name}</Heading>
        <Text className='muted' style={{ display: 'block' }}>
          海报上的数字、来源和<Text className='nowrap'>“数据截至{item.dataAsOf}”</Text>
          都照这一项画出，{posterOpenHint(POSTER_DRAWS_CODE)}
        </Text>
      </View>
      <PosterMaker item={item} singlePage={singlePage} />
      {singlePage ? null : (
        <View style={{ display: 'flex', justifyContent: 'center' }}>
          <Button className='tap' fill='none' onClick={() => openItem(item.path)}>
            查看原页面
          </Button>
        </View>
      )}
      {shareCanvas}
    </PageShell>
  )
}

export default withFeed(PosterPage)
