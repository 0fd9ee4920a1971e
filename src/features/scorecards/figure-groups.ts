import type { DataNote, Figure, Topic } from '@/services/feed/schema'
import { changeVerb } from '@/domain/figure-words'
import { HOME_REGION } from '@/domain/region'

/** Data notes that speak of at least one of these figures, in feed order. */
export function notesTouching(notes: readonly DataNote[], figureIds: Iterable<string>): DataNote[] {
  const ids = new Set(figureIds)
  return notes.filter((n) => n.figureIds.some((id) => ids.has(id)))
}

export type SourceGroup = { sourceId: string; figures: Figure[] }

/** Figures grouped by the report they come from, groups and figures in feed order. */
export function groupBySource(figures: readonly Figure[]): SourceGroup[] {
  const groups = new Map<string, Figure[]>()
  for (const f of figures) {
    const list = groups.get(f.sourceId)
    if (list) list.push(f)
    else groups.set(f.sourceId, [f])
  }
  return [...groups].map(([sourceId, list]) => ({ sourceId, figures: list }))
}

/** Topics that have at least one 市中区 figure, in the schema's order. */
export function topicsWithFigures(figures: readonly Figure[], order: readonly Topic[]): Topic[] {
  const present = new Set(figures.filter((f) => f.region === HOME_REGION).map((f) => f.topic))
  return order.filter((t) => present.has(t))
}

export type Trend = { arrow: '▲' | '▼' | '—'; words: string }

/**
 * The direction of a growth or change in an arrow and in words, so that colour is never the only
 * cue; the words are the shared convention (changeVerb): 增长/下降, 提高/降低, 增加/减少, 持平.
 */
export function trendOf(figure: Pick<Figure, 'metric' | 'value' | 'unit'>): Trend {
  const words = changeVerb(figure)
  return { arrow: figure.value > 0 ? '▲' : figure.value < 0 ? '▼' : '—', words }
}
