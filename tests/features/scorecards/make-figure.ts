import type { DataNote, Figure } from '@/services/feed/schema'

let n = 0

/** A valid 市中区 figure with sensible defaults; override what the test is about. */
export function makeFigure(over: Partial<Figure> = {}): Figure {
  n += 1
  return {
    id: `f-${n}`,
    indicator: 'gdp',
    label: '地区生产总值',
    metric: 'level',
    value: 100,
    unit: '亿元',
    period: '2023',
    kind: 'actual',
    region: '市中区',
    topic: '经济运行',
    sourceId: 'src-2023-review',
    ...over,
  }
}

export function makeNote(figureIds: string[], id = `note-${(n += 1)}`): DataNote {
  return { id, text: '说明', figureIds, sourceIds: ['src-2023-review'] }
}
