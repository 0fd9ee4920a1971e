import { useMemo } from 'react'
import { View } from '@tarojs/components'
import { NotFound } from '@/components/not-found'
import { PageShell } from '@/components/page-shell'
import { withFeed } from '@/components/page-shell/with-feed'
import { SaveToggle } from '@/components/save-toggle'
import {
  DetailSection,
  ProjectFigures,
  ProjectNews,
  ProjectSource,
  ProjectSummaryCard,
  RelatedProjects,
} from '@/features/projects/components/project-detail'
import { ProjectTimeline } from '@/features/projects/components/project-timeline'
import { newsAboutProject, projectTimeline, relatedProjects } from '@/features/projects/project-timeline'
import { ShareActions } from '@/features/share/components/share-actions'
import { useShare } from '@/features/share/components/use-share'
import { projectShareItem } from '@/features/share/share-item'
import { useAppStore } from '@/store'
import { useFigures, useSources } from '@/store/feed-lookups'
import { useOpenedItem, useSaved } from '@/store/use-opened-item'
import '@/features/projects/components/projects.scss'
import './index.scss'

const FOLLOW = { text: '＋ 关注', label: '关注这项民生实事' }
const UNFOLLOW = { text: '✓ 已关注', label: '取消关注' }

function ProjectDetailPage() {
  const feed = useAppStore((s) => s.feed)
  const { id, item: project } = useOpenedItem(feed.projects, (p) => `民生实事 · ${p.category}`)
  const figures = useFigures()
  const sources = useSources()
  const save = useSaved('follows', project)
  const shareItem = useMemo(() => projectShareItem(feed, id), [feed, id])
  const shareCanvas = useShare(shareItem)

  if (!project) {
    return (
      <PageShell>
        <NotFound what='民生实事' />
      </PageShell>
    )
  }

  const timeline = projectTimeline(feed.projects, project, sources)
  const related = relatedProjects(feed.projects, project)
  const news = newsAboutProject(feed.news, project.id)

  return (
    <PageShell>
      <ProjectSummaryCard project={project}>
        <View className='project-detail__actions'>
          <SaveToggle {...save} save={FOLLOW} unsave={UNFOLLOW} />
        </View>
        {shareItem ? <ShareActions item={shareItem} /> : null}
        {shareCanvas}
      </ProjectSummaryCard>
      {project.figureIds.length > 0 ? (
        <ProjectFigures ids={project.figureIds} figures={figures} sources={sources} />
      ) : null}
      {timeline.length > 1 ? (
        <DetailSection title={`历次报道（${timeline.length} 份）`}>
          <ProjectTimeline entries={timeline} currentId={project.id} sources={sources} />
        </DetailSection>
      ) : null}
      <ProjectSource source={sources.get(project.sourceId)} />
      {news.length > 0 ? <ProjectNews news={news} /> : null}
      {related.length > 0 ? <RelatedProjects projects={related} sources={sources} /> : null}
    </PageShell>
  )
}

export default withFeed(ProjectDetailPage)
