import { useMemo } from 'react'
import { Text } from '@tarojs/components'
import { ChoiceGroup, type ChoiceOption } from '@/components/choice-group'
import { STATUS_LABEL } from '@/domain/project-status'
import type { Project, ProjectStatus } from '@/services/feed/schema'
import { PROJECT_STATUSES, REGIONS } from '@/services/feed/vocabulary'
import { ALL, categoryChoices, type ProjectChoices } from '@/features/projects/project-list'
import { projectYears } from '@/features/projects/project-year'

export type ProjectFiltersProps = {
  projects: readonly Project[]
  choices: ProjectChoices
  choose: (name: keyof ProjectChoices, value: string) => void
}

const options = (values: readonly string[], label: (value: string) => string = (v) => v): ChoiceOption[] =>
  values.map((value) => ({ value, label: value === ALL ? ALL : label(value) }))

/** The 民生实事 tab's four groups of choices (类别, 状态, 地区, 年份) and how a span of years counts. */
export function ProjectFilters({ projects, choices, choose }: ProjectFiltersProps) {
  const categories = useMemo(() => categoryChoices(projects), [projects])
  const years = useMemo(() => projectYears(projects).map(String), [projects])
  const groups: { name: keyof ProjectChoices; label: string; options: ChoiceOption[] }[] = [
    { name: 'category', label: '类别', options: options(categories) },
    {
      name: 'status',
      label: '状态',
      options: options([ALL, ...PROJECT_STATUSES], (s) => STATUS_LABEL[s as ProjectStatus]),
    },
    { name: 'region', label: '地区', options: options([ALL, ...REGIONS]) },
    { name: 'year', label: '年份', options: options([ALL, ...years], (y) => `${y}年`) },
  ]
  return (
    <>
      {groups.map(({ name, label, options }) => (
        <ChoiceGroup
          key={name}
          label={label}
          value={choices[name]}
          onChange={(v) => choose(name, v)}
          options={options}
        />
      ))}
      <Text className='projects-note muted'>
        跨年度的事项按结束年份计：2016—2021年的回顾计入2021年，2022—2026年的规划计入2026年。
      </Text>
    </>
  )
}
