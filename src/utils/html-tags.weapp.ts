import { hooks } from '@tarojs/shared'

/**
 * NutUI's Table (the table of numbers under every chart) renders its root element as a `<div>`,
 * and a mini program has no template for `div`: WeChat drew nothing for the element or anything
 * inside it, so the tables were missing on weapp. Each `div` is sent to the template layer as a
 * `view` instead, which takes the same class and style. `npm run perf:weapp` fails when a page
 * holds a node without a template.
 *
 * `modifyHydrateData` is the runtime hook Taro's own HTML plugin uses to rename nodes; it runs for
 * every element just before its data goes to setData, and this app taps it nowhere else.
 */
export function renderHtmlTagsAsViews(): void {
  hooks.tap('modifyHydrateData', (data: Record<string, unknown>) => {
    if (data.nn === 'div') data.nn = 'view'
  })
}
