import type { PageSection } from '@/features/scorecards/components/section-nav'
import type { ScorecardViewContent } from '@/features/scorecards/scorecard-view'

/**
 * The parts of one view of the 成绩单 tab, in page order, for the section links at its top: only
 * those the view shows (2023 has its targets and cards, 2022 and 2021 the targets set next, 五年 its
 * results beside its goals); 图表 while any topic has figures.
 */
export function pageSections(content: ScorecardViewContent, hasCharts: boolean): PageSection[] {
  const { headline, targets, cards, nextTargets, fiveYear, others, notes } = content
  const sections: [boolean, PageSection][] = [
    [headline.length > 0, { key: 'headline', label: '主要指标' }],
    [hasCharts, { key: 'charts', label: '图表' }],
    [targets.length > 0, { key: 'targets', label: '目标' }],
    [cards.length > 0, { key: 'cards', label: '成绩单' }],
    [nextTargets.length > 0, { key: 'next', label: '之后的目标' }],
    [fiveYear !== undefined, { key: 'five-year', label: '五年' }],
    [others.some((g) => g.figures.length > 0), { key: 'others', label: '其他数字' }],
    [notes.length > 0, { key: 'notes', label: '数据说明' }],
  ]
  return sections.flatMap(([shown, section]) => (shown ? [section] : []))
}
