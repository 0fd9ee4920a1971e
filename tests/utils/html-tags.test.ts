/** @jest-environment node */
import { hooks } from '@tarojs/shared'
import { renderHtmlTagsAsViews } from '@/utils/html-tags.weapp'
import { treeStats } from '../../scripts/perf/weapp-render'

test('on weapp a <div> (NutUI Table’s root) goes to the template layer as a view; other nodes keep their names', () => {
  renderHtmlTagsAsViews()
  const div = { nn: 'div', cl: 'nut-table', cn: [] }
  const view = { nn: 'view', cl: 'x', cn: [] }
  hooks.call('modifyHydrateData', div, {} as never)
  hooks.call('modifyHydrateData', view, {} as never)
  expect(div).toEqual({ nn: 'view', cl: 'nut-table', cn: [] })
  expect(view.nn).toBe('view')
})

test('the weapp render check lists nodes that base.wxml has no template for', () => {
  const templates = { textAlias: '8', containerLevel: 10, names: new Set(['0', '8']) }
  const root = { cn: [{ nn: '0', cn: [{ nn: 'div', cn: [{ nn: '0', cn: [{ nn: '8', v: '1' }] }] }] }] }
  expect(treeStats(root, templates).untemplated).toEqual(['div'])
  expect(treeStats({ cn: [{ nn: '0', cn: [] }] }, templates).untemplated).toEqual([])
})
