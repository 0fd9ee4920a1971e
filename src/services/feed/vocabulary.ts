/**
 * The closed lists of the feed (regions, topics, kinds of figure, project categories…) and their
 * types. schema.ts validates against them; pages and features import them from here, because
 * schema.ts brings valibot with it, which the weapp main package loads only with the feed
 * (see sources.weapp.ts).
 */
export const REGIONS = ['市中区', '峄城区'] as const
export const FIGURE_KINDS = ['actual', 'estimate', 'target', 'cumulative'] as const
export const BOUNDS = ['gte', 'gt', 'lte', 'approx'] as const
export const METRICS = ['level', 'growth', 'share', 'change'] as const
export const TOPICS = [
  '经济运行',
  '产业',
  '项目投资',
  '创新',
  '改革开放',
  '城乡建设',
  '民生',
  '社会治理',
  '生态环境',
  '政府建设',
] as const
export const PROJECT_CATEGORIES = [
  '养老',
  '教育',
  '医疗',
  '住房与物业',
  '交通与道路',
  '市政管网',
  '就业',
  '救助',
  '城市环境',
  '文体',
  '公共安全',
  '农村',
] as const
export const PROJECT_STATUSES = ['done', 'in-progress', 'planned'] as const
/**
 * What a data note is about: two statements that do not agree (`disagree`), a source that does not
 * say what a figure covers (`unclear`), the source's own wording, typos or repeats (`wording`), or a
 * value this app worked out from the stated figures (`derived`).
 */
export const NOTE_KINDS = ['disagree', 'unclear', 'wording', 'derived'] as const

export type Topic = (typeof TOPICS)[number]
export type Region = (typeof REGIONS)[number]
export type FigureKind = (typeof FIGURE_KINDS)[number]
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number]
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]
export type NoteKind = (typeof NOTE_KINDS)[number]
