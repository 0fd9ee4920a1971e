import { createRequire } from 'node:module'

/**
 * The components Taro writes base.wxml templates for: the webpack5 runner's componentConfig, the
 * set Taro's plugin hook `modifyComponentConfig` hands to project plugins. Taro fills it with the
 * components it finds in the compiled code, starting from a fixed list (view, text, image,
 * scroll-view…). Fails loudly if a Taro upgrade moves it.
 */
export function templateComponents(): Set<string> {
  const runner = createRequire(__filename)('@tarojs/webpack5-runner/dist/utils/component') as {
    componentConfig?: { includes?: unknown }
  }
  const includes = runner.componentConfig?.includes
  if (!(includes instanceof Set)) {
    throw new Error("@tarojs/webpack5-runner's componentConfig moved: review config/template-components.ts")
  }
  return includes as Set<string>
}
