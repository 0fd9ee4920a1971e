import { Text } from '@tarojs/components'
import type { Project } from '@/services/feed/schema'
import { STATUS_LABEL } from '@/domain/project-status'
import './projects.scss'

export type StatusTagProps = { project: Pick<Project, 'status' | 'statusWords'>; withWords?: boolean }

/** Status in plain words (已完成 / 推进中 / 计划), by default with the source's own words: 已完成（建成）. */
export function StatusTag({ project, withWords = true }: StatusTagProps) {
  return (
    <Text className={`status-tag status-tag--${project.status}`}>
      {STATUS_LABEL[project.status]}
      {withWords ? `（${project.statusWords}）` : ''}
    </Text>
  )
}
