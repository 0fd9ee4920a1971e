import { useEffect, useMemo } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { FigureRow } from '@/components/figure/figure-row'
import { Heading } from '@/components/heading'
import { NotFound } from '@/components/not-found'
import { PageShell } from '@/components/page-shell'
import { ProjectTimeline } from '@/features/projects/components/project-timeline'
import { StatusTag } from '@/features/projects/components/status-tag'
import { projectQuantity } from '@/features/projects/project-format'
import { STATUS_LABEL } from '@/domain/project-status'
import { newsAboutProject, projectTimeline, relatedProjects } from '@/features/projects/project-timeline'
import { newsUrl, projectUrl } from '@/domain/routes'
import { ShareActions } from '@/features/share/components/share-actions'
import { useShare } from '@/features/share/components/use-share'
import { projectShareItem } from '@/features/share/share-item'
import { useAppStore } from '@/store'
import { tellIfUnsaved } from '@/store/save-feedback'
import { useFigures, useSources } from '@/store/feed-lookups'
import { formatDate, formatPeriod, formatSourceLine } from '@/utils/format'
import { isSinglePageMode } from '@/utils/launch-scene'
import { safeDecode } from '@/utils/query'
import '@/features/projects/components/projects.scss'
import { withFeed } from '@/components/page-shell/with-feed'
import './index.scss'

function ProjectDetailPage() {
  const { params } = useRouter()
  const id = safeDecode(params.id)
  const feed = useAppStore((s) => s.feed)
  const projects = useAppStore((s) => s.feed.projects)
  const allNews = useAppStore((s) => s.feed.news)
  const project = useMemo(() => projects.find((p) => p.id === id), [projects, id])
  const figures = useFigures()
  const sources = useSources()
  const isFollowed = useAppStore((s) => s.follows.some((f) => f.id === id))
  const toggleFollow = useAppStore((s) => s.toggleFollow)
  const recordRead = useAppStore((s) => s.recordRead)

  useEffect(() => {
    if (project) {
      recordRead({ id: project.id, title: project.title })
      void Taro.setNavigationBarTitle({ title: `民生实事 · ${project.category}` })
    }
  }, [project, recordRead])

  const shareItem = useMemo(() => projectShareItem(feed, id), [feed, id])
  const shareCanvas = useShare(shareItem)
  const singlePage = isSinglePageMode()

  if (!project) {
    return (
      <PageShell>
        <NotFound what='民生实事' />
      </PageShell>
    )
  }

  const source = sources.get(project.sourceId)
  const quantity = projectQuantity(project)
  const timeline = projectTimeline(projects, project, sources)
  const related = relatedProjects(projects, project)
  const news = newsAboutProject(allNews, project.id)
  const facts: [string, string][] = [
    ['类别', project.category],
    ['地区', project.region],
    ['时间', formatPeriod(project.period)],
    ...(project.place ? ([['地点', project.place]] as [string, string][]) : []),
  ]

  return (
    <PageShell>
      <View className='card' style={{ marginTop: '24px' }}>
        <View className='project-row__meta'>
          <Text className='project-detail__category'>{project.category}</Text>
          {project.flagship ? <Text>十件惠民实事</Text> : null}
        </View>
        <Heading level={1} className='project-detail__title'>
          {project.title}
        </Heading>
        <View className='project-detail__qty'>
          {quantity ? (
            <Text className='project-row__qty' aria-label={`数量 ${quantity.value}${quantity.unit}`}>
              {quantity.value}
              <Text className='project-row__unit'> {quantity.unit}</Text>
            </Text>
          ) : (
            <Text className='muted'>报道未给出数量</Text>
          )}
          <StatusTag project={project} withWords={false} />
        </View>
        <Text className='muted'>
          状态：{STATUS_LABEL[project.status]}。报道原文的说法是“{project.statusWords}”。
        </Text>
        <View className='project-detail__facts'>
          {facts.map(([name, value]) => (
            <View key={name} className='project-detail__fact'>
              <Text className='project-detail__fact-name'>{name}</Text>
              <Text>{value}</Text>
            </View>
          ))}
        </View>
        <Text className='project-detail__summary'>{project.summary}</Text>
        <View className='project-detail__actions'>
          {singlePage ? null : (
            <Button
              type={isFollowed ? 'default' : 'primary'}
              className='tap'
              aria-label={isFollowed ? '取消关注' : '关注这项民生实事'}
              onClick={() => tellIfUnsaved(toggleFollow({ id: project.id, title: project.title }))}
            >
              {isFollowed ? '✓ 已关注' : '＋ 关注'}
            </Button>
          )}
        </View>
        {shareItem ? <ShareActions item={shareItem} /> : null}
        {shareCanvas}
      </View>

      {project.figureIds.length > 0 ? (
        <View className='card'>
          <Heading level={2} className='project-detail__section-heading'>
            相关数字
          </Heading>
          {project.figureIds.map((fid) => {
            const figure = figures.get(fid)
            return figure ? <FigureRow key={fid} figure={figure} source={sources.get(figure.sourceId)} /> : null
          })}
        </View>
      ) : null}

      {timeline.length > 1 ? (
        <View className='card'>
          <Heading level={2} className='project-detail__section-heading'>
            历次报道（{timeline.length} 份）
          </Heading>
          <ProjectTimeline entries={timeline} currentId={project.id} sources={sources} />
        </View>
      ) : null}

      <View className='card'>
        <Heading level={2} className='project-detail__section-heading'>
          来源
        </Heading>
        {source ? (
          <Text className='muted' style={{ display: 'block' }}>
            {formatSourceLine(source)}
            {source.byline ? `（${source.byline}）` : ''}
          </Text>
        ) : null}
        <Text className='muted' style={{ display: 'block', marginTop: '8px' }}>
          说明为本应用依据来源报道撰写的摘要，数量和原文说法以来源为准。
        </Text>
      </View>

      {news.length > 0 ? (
        <View>
          <Heading level={2}>相关资讯</Heading>
          {news.map((n) => (
            <View
              key={n.id}
              className='card tap'
              role='link'
              onClick={() => void Taro.navigateTo({ url: newsUrl(n.id) })}
            >
              <Text className='project-row__title' style={{ marginTop: 0 }}>
                {n.title}
              </Text>
              <Text className='muted'>
                {n.topic} · {formatDate(n.date)}
              </Text>
            </View>
          ))}
        </View>
      ) : null}

      {related.length > 0 ? (
        <View>
          <Heading level={2}>同类民生实事</Heading>
          {related.map((r) => {
            const q = projectQuantity(r)
            return (
              <View
                key={r.id}
                className='card tap'
                role='link'
                onClick={() => void Taro.redirectTo({ url: projectUrl(r.id) })}
              >
                <View className='project-row__head'>
                  <Text className='project-row__title' style={{ marginTop: 0 }}>
                    {r.title}
                  </Text>
                  <StatusTag project={r} withWords={false} />
                </View>
                <Text className='muted'>
                  {q ? `${q.value}${q.unit} · ` : ''}
                  {r.region} · {formatPeriod(r.period)} · {sources.get(r.sourceId)?.short}
                </Text>
              </View>
            )
          })}
        </View>
      ) : null}
    </PageShell>
  )
}

export default withFeed(ProjectDetailPage)
