import type { IPluginContext } from '@tarojs/service'

/** What Taro's `modifyComponentConfig` hook hands to a plugin (not in IPluginContext's types). */
export type ComponentConfig = { includes: Set<string> }

/**
 * weapp: Taro writes base.wxml templates for a fixed list of components (view, text, image,
 * scroll-view…) plus every component the compiled code uses. Nothing here renders a scroll-view,
 * so its templates (about 9 KiB over the template levels) leave the main package. Taro adds them
 * back as soon as a module uses ScrollView. A project plugin (config/index.ts `plugins`) using
 * Taro's documented hook https://docs.taro.zone/docs/plugin-custom#modifycomponentconfig
 */
export function dropUnusedTemplates(componentConfig: ComponentConfig) {
  componentConfig.includes.delete('scroll-view')
}

export default (ctx: IPluginContext) => {
  ctx.modifyComponentConfig(({ componentConfig }: { componentConfig: ComponentConfig }) =>
    dropUnusedTemplates(componentConfig),
  )
}
