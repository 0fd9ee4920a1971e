/**
 * The words around a chart or a share image, in one model: its title, its unit, where its numbers
 * come from and how current they are. The live chart card (src/features/charts) shows a caption as
 * HTML; the share card and poster (src/features/share/poster) paint the same caption on a canvas.
 * Both take the wording from here, so "来源：", "单位：" and "数据截至" read the same everywhere and
 * a source is formatted once (formatSourceLine).
 *
 *   const caption = chartCaption({ title: findingTitle(s), unit: s.unit, sources: sourceLinesOf(ids, sources) })
 *   sourceTexts(caption)   // ['来源：《2024年政府工作报告》，市中区人民政府，2024年1月'], one line for all sources
 *   unitText(caption)      // '单位：亿元'
 *   asOfText(caption)      // '数据截至 2023年12月' (or '' when the caption has no date)
 */
import type { Source } from '@/services/feed/schema'
import { formatSourceLine } from '@/domain/format'

export type ChartCaption = {
  /** The finding, in words: what a reader should take away, with its main figure. */
  title: string
  /**
   * A shorter title that keeps the figure, for where the full one does not fit (a chat title,
   * the small share card); the full title when there is none shorter.
   */
  shortTitle: string
  /** The unit of the chart's numbers, e.g. 亿元 or %; '' when the figures carry their own units. */
  unit: string
  /** formatSourceLine of each source, the main one first, each once. */
  sources: string[]
  /** Short names of further reports the figures also quote (另据…); shown after the main source. */
  alsoFrom: string[]
  /** 数据截至, formatted (e.g. 2023年12月); '' when the caption does not say. */
  asOf: string
}

export type ChartCaptionInput = Partial<Omit<ChartCaption, 'title'>> & Pick<ChartCaption, 'title'>

/** A caption with the optional parts filled in; sources and alsoFrom keep their first occurrence only. */
export function chartCaption({
  title,
  shortTitle,
  unit = '',
  sources = [],
  alsoFrom = [],
  asOf = '',
}: ChartCaptionInput): ChartCaption {
  return {
    title,
    shortTitle: shortTitle || title,
    unit,
    sources: [...new Set(sources)],
    alsoFrom: [...new Set(alsoFrom)],
    asOf,
  }
}

/** The source lines of `sourceIds` (unknown ids skipped), each once, in the order first named. */
export function sourceLinesOf(
  sourceIds: Iterable<string>,
  sources: ReadonlyMap<string, Pick<Source, 'title' | 'outlet' | 'date'>>,
): string[] {
  return [...new Set(sourceIds)].flatMap((id) => {
    const s = sources.get(id)
    return s ? [formatSourceLine(s)] : []
  })
}

/** Said when an item names no source at all. */
export const NO_SOURCE = '来源未注明'

/** All sources as one line, as a share image prints them: "来源：《…》，…；《…》…；另据…"; NO_SOURCE when there is none. */
export function sourceText({ sources, alsoFrom }: Pick<ChartCaption, 'sources' | 'alsoFrom'>): string {
  if (sources.length === 0) return NO_SOURCE
  return `来源：${sources.join('；')}${alsoFrom.length > 0 ? `；另据${alsoFrom.join('、')}` : ''}`
}

/**
 * The chart card's source line: once per chart, all sources in one "来源：…；…" line (another line per
 * source repeated 来源 up to four times under one chart); none when there is no source.
 */
export function sourceTexts(
  caption: Pick<ChartCaption, 'sources'> & Partial<Pick<ChartCaption, 'alsoFrom'>>,
): string[] {
  return caption.sources.length === 0
    ? []
    : [sourceText({ sources: caption.sources, alsoFrom: caption.alsoFrom ?? [] })]
}

/** "单位：亿元", or '' when the caption has no unit. */
export function unitText(caption: Pick<ChartCaption, 'unit'>): string {
  return caption.unit ? `单位：${caption.unit}` : ''
}

/** "数据截至 2023年12月", or '' when the caption has no date. */
export function asOfText(caption: Pick<ChartCaption, 'asOf'>): string {
  return caption.asOf ? `数据截至 ${caption.asOf}` : ''
}
