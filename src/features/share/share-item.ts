/**
 * What a share carries, worked out from the feed alone: a title that states the figure, up to six
 * figures with their stage, the source line, "数据截至" and the path that opens exactly this item.
 * The store's saved state is never read, so a page opened from Moments (单页模式, separate
 * storage) can build the same item. Pure functions, no Taro.
 */
import type { Feed, Figure, Source } from '@/services/feed/schema'
import { TOPICS } from '@/services/feed/vocabulary'
import { formatDate, formatNumber, formatPeriod, formatSourceLine, formatValue, KIND_LABEL } from '@/domain/format'
import { changePhrase, changeVerb, figureName, figureValueText } from '@/domain/figure-words'
import { headlineRank, isHeadline } from '@/domain/headline'
import { endYear, isYearPeriod, periodEnd } from '@/domain/period'
import { STATUS_LABEL } from '@/domain/project-status'
import { HOME_REGION } from '@/domain/region'
import { newsUrl, projectUrl, scorecardsUrl, topicUrl } from '@/domain/routes'
import { scorecardsOf, scorecardYears } from '@/domain/scorecards'
import { STAGE_RANK } from '@/domain/stage'
import { compareIso } from '@/utils/compare'
import { PERIOD_VIEWS } from '@/domain/period-views'

export type ShareKind = 'news' | 'scorecard-year' | 'scorecard' | 'topic' | 'indicator' | 'project'

/** The stage a number has in its source; shown with every figure so an estimate never reads as final. */
export type ShareStage = (typeof KIND_LABEL)[keyof typeof KIND_LABEL]

/** One figure as a share shows it: every field is display text. */
export type ShareFigure = {
  /** e.g. 地区生产总值, 民生支出占比, “四上”企业新增. */
  label: string
  /** The number with its bound, e.g. "331", "≥550", "约6", "39,252". Never split when drawn. */
  value: string
  unit: string
  /** e.g. 2023年, 2023年前三季度. */
  period: string
  stage: ShareStage
  /** The growth or change given with the amount, e.g. "增长6.5%", "新增229家", "增长6.5%（预计）". */
  growth?: string
  /** Short name of the report, set only when it is not the item's main source. */
  source?: string
}

/**
 * One piece of the title. The payload shortens a title piece by piece, never touching a `figure`:
 * `region` (市中区 only) and `extra` (the growth clause) can be dropped, a `label` shortened (to
 * `short`, then with …), a `context` (a card's or story's name with its "：") shortened or dropped.
 */
export type TitlePart = {
  text: string
  role: 'fixed' | 'figure' | 'region' | 'label' | 'extra' | 'context'
  short?: string
}

export type ShareItem = {
  kind: ShareKind
  id: string
  /** The full title, carrying the main figure, e.g. "2023年市中区地区生产总值331亿元（预计），增长6.5%". */
  title: string
  /** The same title in pieces, so it can be shortened without cutting the figure. */
  titleParts: TitlePart[]
  /** The item's own name: the card's, story's, project's, topic's or indicator's. */
  name: string
  /** Where the item lives in the app, e.g. ['成绩单', '2023年', '产业发展质效齐升']. */
  trail: string[]
  /** Up to 6, the title's figure first. */
  figures: ShareFigure[]
  /** The period the item speaks of, e.g. 2023年, 2021—2023年. */
  period: string
  /** Short lines in our words that the figures do not carry, e.g. a project's place. */
  facts: string[]
  /** A project's status in plain words (已完成 / 推进中 / 计划). */
  status?: string
  /** The item's summary in our own words, when the feed has one. */
  summary?: string
  /** formatSourceLine of the main source. */
  sourceLine: string
  /** 数据截至, e.g. 2023年12月. */
  dataAsOf: string
  /** The mini-program path that opens exactly this item, with only its id in the query. */
  path: string
}

export const MAX_SHARE_FIGURES = 6

/** Shorter names a title may fall back to before it is cut; the figure itself is never shortened. */
const SHORT_LABELS: Record<string, string> = {
  gdp: 'GDP',
  'general-budget-revenue': '一般预算收入',
  'disposable-income': '人均可支配收入',
  'industry-6-3-revenue': '“6+3”产业营收',
  'signed-projects-over-1yi': '亿元以上签约项目',
  'signed-projects-over-1yi-investment': '亿元以上签约项目投资',
  'livelihood-spending': '民生支出',
  'hotline-cases-handled': '热线与信箱来件',
}

// ---------------------------------------------------------------------------------------------
// Figures → text

const abs = (f: Pick<Figure, 'value' | 'bound'>) => formatValue({ value: Math.abs(f.value), bound: f.bound })
const stageSuffix = (f: Figure) => (f.kind === 'actual' ? '' : `（${KIND_LABEL[f.kind]}）`)

/** What a figure is called when it stands alone, e.g. 民生支出占比, 固定资产投资增速, 优良天数增加 (shared builders). */
function nameOf(f: Figure): string {
  if (f.metric !== 'change') return figureName(f)
  return f.unit === '番' ? f.label : `${f.label}${changeVerb(f)}`
}

/** The figure as a phrase after its label: "331亿元", "增长6.5%", "80.6%", "增加98家", "翻一番". */
const figureWords = (f: Figure): string => changePhrase(f)

/** The growth or change beside an amount, with its own stage when that differs from the amount's. */
function secondaryWords(partner: Figure, main: Figure): string {
  const stage = partner.kind === main.kind ? '' : stageSuffix(partner)
  return `${changePhrase(partner)}${stage}`
}

type Cell = { main: Figure; partner?: Figure }

/**
 * Figures paired for display: an amount takes the growth (or change) of the same indicator, period,
 * region and report with it (a target only with a target); order follows the first figure of each
 * pair. With `keepFirst`, the first figure stays the main one of its pair (a story's cover).
 */
function cellsOf(figures: readonly Figure[], { keepFirst = false } = {}): Cell[] {
  const used = new Set<string>()
  const cells: Cell[] = []
  const same = (a: Figure, b: Figure) =>
    !used.has(b.id) &&
    a.indicator === b.indicator &&
    a.period === b.period &&
    a.region === b.region &&
    a.sourceId === b.sourceId &&
    (a.kind === 'target') === (b.kind === 'target')
  for (const f of figures) {
    if (used.has(f.id)) continue
    used.add(f.id)
    if (f.metric === 'level' || (keepFirst && cells.length === 0)) {
      const partner =
        figures.find((g) => same(f, g) && g.metric === 'growth') ??
        figures.find((g) => same(f, g) && g.metric === 'change')
      if (partner) used.add(partner.id)
      cells.push({ main: f, partner })
    } else if (f.metric === 'growth' || f.metric === 'change') {
      const level = figures.find((g) => same(f, g) && g.metric === 'level')
      if (level) used.add(level.id)
      cells.push(level ? { main: level, partner: f } : { main: f })
    } else {
      cells.push({ main: f })
    }
  }
  return cells
}

function shareFigure(cell: Cell, sources: ReadonlyMap<string, Source>, mainSourceId: string): ShareFigure {
  const { main, partner } = cell
  const signed = main.metric === 'growth' || main.metric === 'change'
  return {
    label: nameOf(main),
    // 翻一番 in words, as the reports write a doubling; other changes by their size.
    value: main.unit === '番' ? figureValueText(main).slice(0, -1) : signed ? abs(main) : formatValue(main),
    unit: main.unit,
    period: formatPeriod(main.period),
    stage: KIND_LABEL[main.kind],
    ...(partner ? { growth: secondaryWords(partner, main) } : {}),
    ...(main.sourceId !== mainSourceId && sources.get(main.sourceId)
      ? { source: sources.get(main.sourceId)!.short }
      : {}),
  }
}

/** The title pieces for a figure: period, region, label, the figure with its stage, the growth clause. */
function figureTitleParts(cell: Cell, { period = true, region = true } = {}): TitlePart[] {
  const { main, partner } = cell
  const label = main.metric === 'share' ? nameOf(main) : main.label
  const short = SHORT_LABELS[main.indicator]
  return [
    ...(period ? [{ text: formatPeriod(main.period), role: 'fixed' as const }] : []),
    ...(region
      ? [{ text: main.region, role: main.region === HOME_REGION ? ('region' as const) : ('fixed' as const) }]
      : []),
    { text: label, role: 'label', ...(short && main.metric !== 'share' ? { short } : {}) },
    { text: `${figureWords(main)}${stageSuffix(main)}`, role: 'figure' },
    ...(partner ? [{ text: `，${secondaryWords(partner, main)}`, role: 'extra' as const }] : []),
  ]
}

/** The parts as one title; a space goes between a Latin name and a number (GDP 331亿元). */
export function joinTitle(parts: readonly TitlePart[]): string {
  return parts.reduce(
    (out, p) => (/[A-Za-z]$/.test(out) && /^[\d≥≤>约]/.test(p.text) ? `${out} ${p.text}` : out + p.text),
    '',
  )
}

// ---------------------------------------------------------------------------------------------
// Feed lookups

type Lookups = {
  figures: Map<string, Figure>
  sources: Map<string, Source>
}
const lookupCache = new WeakMap<Feed, Lookups>()

function lookups(feed: Feed): Lookups {
  let found = lookupCache.get(feed)
  if (!found) {
    found = {
      figures: new Map(feed.figures.map((f) => [f.id, f])),
      sources: new Map(feed.sources.map((s) => [s.id, s])),
    }
    lookupCache.set(feed, found)
  }
  return found
}

function sourceLineOf(feed: Feed, sourceId: string | undefined): string {
  const source = sourceId ? lookups(feed).sources.get(sourceId) : undefined
  return source ? formatSourceLine(source) : '来源未注明'
}

/**
 * One figure per indicator, metric, period and stage class (result or target): where several reports
 * give it, the later stage wins (actual over estimate), then the newest report.
 */
function dedupe(figures: readonly Figure[], sources: ReadonlyMap<string, Source>): Figure[] {
  const best = new Map<string, Figure>()
  const date = (f: Figure) => sources.get(f.sourceId)?.date ?? ''
  for (const f of figures) {
    const key = `${f.indicator}|${f.metric}|${f.unit}|${f.period}|${f.kind === 'target'}`
    const seen = best.get(key)
    if (
      !seen ||
      STAGE_RANK[f.kind] > STAGE_RANK[seen.kind] ||
      (STAGE_RANK[f.kind] === STAGE_RANK[seen.kind] && date(f) > date(seen))
    )
      best.set(key, f)
  }
  const kept = new Set(best.values())
  return figures.filter((f) => kept.has(f))
}

/** Headline indicators first, in the 成绩单 tab's headline-grid order. */
const byHeadline = (a: Figure, b: Figure) => headlineRank(a.indicator) - headlineRank(b.indicator)

type Built = Omit<ShareItem, 'title' | 'dataAsOf' | 'figures' | 'sourceLine'> & {
  cells: Cell[]
  sourceId: string | undefined
}

function finish(feed: Feed, built: Built): ShareItem {
  const { cells, sourceId, ...rest } = built
  const { sources } = lookups(feed)
  return {
    ...rest,
    title: joinTitle(built.titleParts),
    figures: cells.slice(0, MAX_SHARE_FIGURES).map((c) => shareFigure(c, sources, sourceId ?? '')),
    sourceLine: sourceLineOf(feed, sourceId),
    dataAsOf: formatDate(feed.dataAsOf),
  }
}

/** Whether `text` states the number whole, as the feed writes it or with thousands separators. */
export function mentionsNumber(text: string, value: number): boolean {
  const needles = new Set([String(Math.abs(value)), formatNumber(Math.abs(value))])
  for (const needle of needles) {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      const before = text.slice(Math.max(0, i - 2), i)
      const after = text.slice(i + needle.length, i + needle.length + 2)
      if (/\d$|\d[.,]$/.test(before) || /^\d|^[.,]\d/.test(after)) continue
      return true
    }
  }
  return false
}

// ---------------------------------------------------------------------------------------------
// Builders, one per kind

/** A news story: its own title (with the cover figure and its stage added when the title lacks them). */
export function newsShareItem(feed: Feed, id: string): ShareItem | undefined {
  const news = feed.news.find((n) => n.id === id)
  if (!news) return undefined
  const { figures } = lookups(feed)
  const ids = [news.coverFigureId, ...news.sections.flatMap((s) => s.figureIds)]
  const cited = [...new Set(ids)].flatMap((fid) => figures.get(fid) ?? [])
  const cells = cellsOf(cited, { keepFirst: true })
  const cover = cells[0]?.main
  let titleParts: TitlePart[] = [{ text: news.title, role: 'fixed' }]
  if (cover && mentionsNumber(news.title, cover.value)) {
    if (cover.kind !== 'actual' && !news.title.includes(KIND_LABEL[cover.kind]))
      titleParts.push({ text: stageSuffix(cover), role: 'figure' })
  } else if (cover) {
    // The story's title lacks its cover figure: add it, without repeating the title's year or region.
    const period = !news.title.includes(formatPeriod(cover.period))
    const region = !news.title.includes(cover.region)
    titleParts = [
      { text: `${news.title}：`, role: 'context' },
      ...figureTitleParts({ main: cover }, { period, region }),
    ]
  }
  return finish(feed, {
    kind: 'news',
    id: news.id,
    titleParts,
    name: news.title,
    trail: ['资讯', news.topic],
    cells,
    period: cover ? formatPeriod(cover.period) : formatDate(news.date),
    facts: [],
    summary: news.summary,
    sourceId: news.sourceIds[0],
    path: newsUrl(news.id),
  })
}

/**
 * The periods a 成绩单 share can name: a view of the tab (a year, 2023前三季度, 五年) by its key,
 * or any other year that has figures. The one period model for sharing: what the tab shows is what
 * its share and poster state.
 */
function sharePeriods(key: string): { periods: readonly string[]; label: string } | undefined {
  const view = PERIOD_VIEWS.find((v) => v.key === key)
  if (view) return { periods: view.periods, label: view.label }
  return isYearPeriod(key) ? { periods: [key], label: `${key}年` } : undefined
}

/**
 * The 成绩单 tab on one period (`2023`, `2023-ytd`, `five-year`): the district's headline results
 * of that period, each figure from the view's first period that states it, and that year's cards.
 */
export function scorecardYearShareItem(feed: Feed, key: number | string): ShareItem | undefined {
  const id = String(key)
  const shown = sharePeriods(id)
  if (!shown) return undefined
  const { periods, label } = shown
  const { sources } = lookups(feed)
  const candidates = feed.figures.filter(
    (f) => f.region === HOME_REGION && periods.includes(f.period) && f.kind !== 'target' && isHeadline(f.indicator),
  )
  // 2023前三季度 falls back to 1—10月 per indicator, as the tab does: never both for one indicator.
  const rank = (f: Figure) => periods.indexOf(f.period)
  const results = candidates.filter(
    (f) => !candidates.some((g) => g.indicator === f.indicator && g.metric === f.metric && rank(g) < rank(f)),
  )
  const cells = cellsOf(dedupe(results, sources).sort(byHeadline))
  const cards = isYearPeriod(id) ? scorecardsOf(feed.scorecards, Number(id)) : []
  if (cells.length === 0 && cards.length === 0) return undefined
  const main = cells[0]
  const period = formatPeriod(periods[0])
  return finish(feed, {
    kind: 'scorecard-year',
    id,
    titleParts: main ? figureTitleParts(main) : [{ text: `${period}市中区${cards.length}张成绩单`, role: 'fixed' }],
    name: `${period}成绩单`,
    trail: ['成绩单', label],
    cells,
    period,
    facts: cards.length > 0 ? [`${cards.length}张成绩单：${cards.map((c) => c.title).join('、')}`] : [],
    sourceId: main?.main.sourceId ?? cards[0]?.sourceId,
    path: scorecardsUrl({ year: id }),
  })
}

/** One of a year's scorecards: its title and its figures in the card's order. */
export function scorecardShareItem(feed: Feed, id: string): ShareItem | undefined {
  const card = feed.scorecards.find((s) => s.id === id)
  if (!card) return undefined
  const { figures } = lookups(feed)
  const cells = cellsOf(card.figureIds.flatMap((fid) => figures.get(fid) ?? []))
  const main = cells[0]
  const year: TitlePart = { text: `${card.year}年`, role: 'fixed' }
  return finish(feed, {
    kind: 'scorecard',
    id: card.id,
    titleParts: main
      ? [
          year,
          { text: `${card.title}：`, role: 'context' },
          ...figureTitleParts(main, { period: main.main.period !== String(card.year), region: false }),
        ]
      : [year, { text: card.title, role: 'fixed' }],
    name: card.title,
    trail: ['成绩单', `${card.year}年`, card.title],
    cells,
    period: `${card.year}年`,
    facts: [],
    summary: card.summary,
    sourceId: card.sourceId,
    path: scorecardsUrl({ card: card.id }),
  })
}

/** Topics that have 市中区 figures, in the schema's order: the topic pages there are to share. */
export function shareableTopics(feed: Feed): string[] {
  const present = new Set<string>(feed.figures.filter((f) => f.region === HOME_REGION).map((f) => f.topic))
  return TOPICS.filter((t) => present.has(t))
}

/**
 * A topic page: the 市中区 results of the topic's latest year that has any (headline indicators
 * first), or its targets when it has no results.
 */
export function topicShareItem(feed: Feed, topic: string): ShareItem | undefined {
  const { sources } = lookups(feed)
  const ofTopic = feed.figures.filter((f) => f.region === HOME_REGION && f.topic === topic)
  if (ofTopic.length === 0) return undefined
  const results = ofTopic.filter((f) => f.kind !== 'target' && isYearPeriod(f.period))
  const pool = results.length > 0 ? results : ofTopic
  const latest = pool.map((f) => f.period).sort((a, b) => compareIso(periodEnd(b), periodEnd(a)))[0]
  const chosen = dedupe(
    pool.filter((f) => f.period === latest),
    sources,
  ).sort(byHeadline)
  const cells = cellsOf(chosen)
  const main = cells[0]
  return finish(feed, {
    kind: 'topic',
    id: topic,
    titleParts: [
      { text: HOME_REGION, role: 'region' },
      { text: topic, role: 'fixed' },
      { text: '：', role: 'fixed' },
      ...figureTitleParts(main, { region: false }),
    ],
    name: topic,
    trail: ['成绩单', `${topic}图表`],
    cells,
    period: formatPeriod(latest),
    facts: [],
    sourceId: main.main.sourceId,
    path: topicUrl(topic),
  })
}

/** Indicators that have 市中区 figures, in feed order: each has a share of its own on its topic page. */
export function shareableIndicators(feed: Feed): string[] {
  return [...new Set(feed.figures.filter((f) => f.region === HOME_REGION).map((f) => f.indicator))]
}

/**
 * One indicator across periods: the latest result first, then older results, then targets;
 * figures of another topic than the latest result's are left to that topic's page.
 */
export function indicatorShareItem(feed: Feed, indicator: string): ShareItem | undefined {
  const { sources } = lookups(feed)
  const all = feed.figures.filter((f) => f.region === HOME_REGION && f.indicator === indicator)
  if (all.length === 0) return undefined
  const byEnd = (a: Figure, b: Figure) => compareIso(periodEnd(b.period), periodEnd(a.period))
  const results = all.filter((f) => f.kind !== 'target').sort(byEnd)
  const targets = all.filter((f) => f.kind === 'target').sort((a, b) => -byEnd(a, b))
  const topic = (results[0] ?? targets[0]).topic
  const ordered = dedupe(
    [...results, ...targets].filter((f) => f.topic === topic),
    sources,
  )
  const cells = cellsOf(ordered)
  const main = cells[0]
  const periods = [...new Set(ordered.map((f) => f.period))].sort((a, b) => compareIso(periodEnd(a), periodEnd(b)))
  const first = Number(periods[0].slice(0, 4))
  const last = endYear(periods[periods.length - 1])
  return finish(feed, {
    kind: 'indicator',
    id: indicator,
    titleParts: figureTitleParts(main),
    name: main.main.label,
    trail: ['成绩单', `${topic}图表`, main.main.label],
    cells,
    period: first === last ? formatPeriod(periods[0]) : `${first}—${last}年`,
    facts: [],
    sourceId: main.main.sourceId,
    path: topicUrl(topic, indicator),
  })
}

/** A livelihood project: its quantity (when the source gives one), its status in plain words and the source's. */
export function projectShareItem(feed: Feed, id: string): ShareItem | undefined {
  const project = feed.projects.find((p) => p.id === id)
  if (!project) return undefined
  const { figures, sources } = lookups(feed)
  const linked = cellsOf(project.figureIds.flatMap((fid) => figures.get(fid) ?? [])).map((c) =>
    shareFigure(c, sources, project.sourceId),
  )
  const status = STATUS_LABEL[project.status]
  const quantity: ShareFigure[] =
    project.quantity === undefined
      ? []
      : [
          {
            label: project.title,
            value: formatValue({ value: project.quantity, bound: project.bound }),
            unit: project.unit ?? '',
            period: formatPeriod(project.period),
            stage: project.status === 'done' ? KIND_LABEL.actual : KIND_LABEL.target,
          },
        ]
  const period = formatPeriod(project.period)
  const region = project.region === HOME_REGION ? [] : [{ text: `${project.region}`, role: 'fixed' as const }]
  const titleParts: TitlePart[] = [
    ...region,
    { text: project.title, role: 'label' },
    { text: '：', role: 'fixed' },
    ...(quantity[0] ? [{ text: `${quantity[0].value}${quantity[0].unit}，`, role: 'figure' as const }] : []),
    { text: status, role: 'figure' },
    { text: `（${period}）`, role: 'extra' },
  ]
  const item = finish(feed, {
    kind: 'project',
    id: project.id,
    titleParts,
    name: project.title,
    trail: ['民生实事', project.category, project.title],
    cells: [],
    period,
    status,
    facts: [
      `原文说法：${project.statusWords}`,
      ...(project.place ? [`地点：${project.place}`] : []),
      ...(project.flagship ? ['属于当年十件惠民实事'] : []),
    ],
    summary: project.summary,
    sourceId: project.sourceId,
    path: projectUrl(project.id),
  })
  return { ...item, figures: [...quantity, ...linked].slice(0, MAX_SHARE_FIGURES) }
}

/** Every shareable item of the feed: all news, each scorecard year and card, topics, indicators, projects. */
export function shareItemsOf(feed: Feed): ShareItem[] {
  const items: (ShareItem | undefined)[] = [
    ...feed.news.map((n) => newsShareItem(feed, n.id)),
    ...scorecardYears(feed).flatMap((y) => [
      scorecardYearShareItem(feed, y),
      ...scorecardsOf(feed.scorecards, y).map((s) => scorecardShareItem(feed, s.id)),
    ]),
    ...PERIOD_VIEWS.filter((v) => !isYearPeriod(v.key)).map((v) => scorecardYearShareItem(feed, v.key)),
    ...shareableTopics(feed).map((t) => topicShareItem(feed, t)),
    ...shareableIndicators(feed).map((i) => indicatorShareItem(feed, i)),
    ...feed.projects.map((p) => projectShareItem(feed, p.id)),
  ]
  return items.filter((i): i is ShareItem => i !== undefined)
}
