import type { ProjectStatus } from '@/services/feed/vocabulary'

/** A project's status in the plain words residents see (the source's own words are shown beside them). */
export const STATUS_LABEL: Record<ProjectStatus, string> = {
  done: '已完成',
  'in-progress': '推进中',
  planned: '计划',
}
