/**
 * The words around a chart or a share image, in one model: its title, its unit, where its numbers
 * come from and how current they are. The live chart card (src/features/charts) shows a caption as
 * HTML; the share card and poster (src/features/share/poster) paint the same caption on a canvas.
 * Both take the wording from here, so "来源：", "单位：" and "数据截至" read the same everywhere and
 * a source is formatted once (formatSourceLine).
 *
 *   const caption = chartCaption({ title: findingTitle(s), unit: s.unit, sources: sourceLinesOf(ids, sources) })
 *   sourceTexts(caption)   // ['来源：《2024年政府工作报告》，市中区人民政府，2024年1月']
 *   unitText(caption)      // '单位：亿元'
 *   asOfText(caption)      // '数据截至 2023年12月' (or '' when the caption has no date)
 */
import type { Source } from '@/services/feed/schema'
import { formatSourceLine } from '@/utils/format'

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
export function chartCaption(input: ChartCaptionInput): ChartCaption {
  const sources = [...new Set(input.sources ?? [])]
  return {
    title: input.title,
    shortTitle: input.shortTitle || input.title,
    unit: input.unit ?? '',
    sources,
    alsoFrom: [...new Set(input.alsoFrom ?? [])],
    asOf: input.asOf ?? '',
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

export const SOURCE_LABEL = '来源：'
export const UNIT_LABEL = '单位：'
export const AS_OF_LABEL = '数据截至'
/** Said when an item names no source at all. */
export const NO_SOURCE = '来源未注明'

/** One "来源：…" line per source, as the chart card lists them; none when there is no source. */
export function sourceTexts(caption: Pick<ChartCaption, 'sources'>): string[] {
  return caption.sources.map((line) => `${SOURCE_LABEL}${line}`)
}

/**
 * All sources as one line, as a share image prints them: "来源：《…》，…；《…》…", then "；另据…"
 * for the further reports (`withAlsoFrom` false leaves those out); NO_SOURCE when there is none.
 */
export function sourceText(caption: Pick<ChartCaption, 'sources' | 'alsoFrom'>, withAlsoFrom = true): string {
  if (caption.sources.length === 0) return NO_SOURCE
  const also = withAlsoFrom && caption.alsoFrom.length > 0 ? `；另据${caption.alsoFrom.join('、')}` : ''
  return `${SOURCE_LABEL}${caption.sources.join('；')}${also}`
}

/** "单位：亿元", or '' when the caption has no unit. */
export function unitText(caption: Pick<ChartCaption, 'unit'>): string {
  return caption.unit ? `${UNIT_LABEL}${caption.unit}` : ''
}

/** "数据截至 2023年12月", or '' when the caption has no date. */
export function asOfText(caption: Pick<ChartCaption, 'asOf'>): string {
  return caption.asOf ? `${AS_OF_LABEL} ${caption.asOf}` : ''
}

/** The titles to try where space is short, longest first: the full title, then the short one if it differs. */
export function titleChoices(caption: Pick<ChartCaption, 'title' | 'shortTitle'>): string[] {
  return caption.shortTitle && caption.shortTitle !== caption.title
    ? [caption.title, caption.shortTitle]
    : [caption.title]
}
