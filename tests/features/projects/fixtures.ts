import type { Project } from '@/services/feed/schema'

/** A valid project with just the fields a test cares about changed. */
export function project(over: Partial<Project> & { id: string }): Project {
  return {
    title: over.id,
    category: '养老',
    region: '市中区',
    period: '2023',
    status: 'done',
    statusWords: '建成',
    summary: `${over.id} 的说明`,
    sourceId: 'src-a',
    figureIds: [],
    ...over,
  }
}
