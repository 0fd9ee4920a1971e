import postcss, { type Rule } from 'postcss'
import type { Compiler } from 'webpack'

/**
 * NutUI selectors the weapp build can never match, removed from the built .wxss. NutUI ships one
 * stylesheet per component with every variant; the app uses few of them, and their rules made up
 * a third of the main package's common.wxss. tests/config/prune-css.test.ts checks that src uses
 * none of the Button props named here: using one means taking it out of this list.
 */
export const NUTUI_UNMATCHED: readonly RegExp[] = [
  // Right-to-left layout: the app is Chinese only and never sets ConfigProvider's direction.
  /\.nut-rtl\b|\[dir=rtl\]/,
  // Button types, sizes, fill and shape the app does not use (it uses primary/default, normal/small,
  // solid/outline/none and the default round shape).
  /\.nut-button-(success|info|danger|warning|xlarge|large|mini|square)\b/,
  /\.nut-button-([a-z]+-)?dashed\b/,
  // Icon animations only set through an icon's className; the app sets none (Loading's spin stays).
  /\.nut-icon-am-(jump|blink|breathe|flash|bounce|shake)\b/,
  // HTML elements: mini program templates render only their own components (view, text, image…).
  /(^|[\s>+~])(div|span|svg|i|img)(?=$|[\s>+~:.[])/,
]

/** Keyframes used only by the rules above. */
export const NUTUI_UNUSED_KEYFRAMES: readonly string[] = [
  'nutJump',
  'nutJumpOne',
  'nutBlink',
  'nutBreathe',
  'nutFlash',
  'nutBounce',
  'nutShake',
  'nut-skeleton-rtl',
]

/**
 * Drops every selector that matches one of `unmatched` from a stylesheet, a rule when none of its
 * selectors is left, and the named keyframes. Other rules and their order are left as they are.
 */
export function pruneCss(css: string, unmatched: readonly RegExp[], keyframes: readonly string[] = []): string {
  const root = postcss.parse(css)
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return
    const kept = rule.selectors.filter((s) => !unmatched.some((re) => re.test(s)))
    if (kept.length === 0) rule.remove()
    else if (kept.length < rule.selectors.length) rule.selectors = kept
  })
  root.walkAtRules(/keyframes$/, (at) => {
    if (keyframes.includes(at.params.trim())) at.remove()
  })
  return root.toString()
}

/** weapp only: applies pruneCss to every emitted .wxss after minification. */
export class PruneCssPlugin {
  constructor(
    private readonly unmatched: readonly RegExp[],
    private readonly keyframes: readonly string[] = [],
  ) {}

  apply(compiler: Compiler) {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('PruneCssPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PruneCssPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!name.endsWith('.wxss')) continue
            const css = assets[name].source().toString()
            const pruned = pruneCss(css, this.unmatched, this.keyframes)
            if (pruned !== css) compilation.updateAsset(name, new sources.RawSource(pruned))
          }
        },
      )
    })
  }
}
