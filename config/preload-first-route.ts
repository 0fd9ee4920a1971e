import type { Chunk, Compiler } from 'webpack'

type HtmlTag = { tagName: string; voidTag: boolean; attributes: Record<string, string | boolean>; meta: object }
type HtmlPluginClass = {
  getHooks(compilation: unknown): {
    alterAssetTagGroups: {
      tap(name: string, fn: (data: { headTags: HtmlTag[]; publicPath: string }) => unknown): void
    }
  }
}

/**
 * H5 only: adds `<link rel="preload">` to index.html for the chunks the first screen needs but the
 * entry only asks for once it has run: the home page's chunks and the bundled feed. The browser
 * then fetches them while it is still downloading the entry instead of one round trip later.
 *
 * The links are `fetchpriority="low"`: they must not hold up the entry script and the stylesheet,
 * which paint the first frame (measured: FCP 0.76 s with low, 1.3 s with the default high).
 *
 * scripts/prerender-h5.ts then holds the script links in a `<template>` until the first contentful
 * paint of the page index.html holds, and adds them then.
 *
 * A chunk group is picked by the request that loads it (`./pages/index/index` from app.config, and
 * the `feed` chunk name), so hashed and numbered file names need no upkeep. A link to any other
 * page still gets the feed and the shared chunks it needs too; only the home page's own small
 * chunk is fetched in vain.
 */
export class PreloadFirstRoutePlugin {
  constructor(
    private readonly htmlPlugin: HtmlPluginClass,
    private readonly requests: string[],
    private readonly chunkNames: string[],
  ) {}

  apply(compiler: Compiler) {
    compiler.hooks.thisCompilation.tap('PreloadFirstRoutePlugin', (compilation) => {
      this.htmlPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadFirstRoutePlugin', (data) => {
        const chunks = new Set<Chunk>()
        for (const group of compilation.chunkGroups) {
          const wanted =
            (group.name !== null && group.name !== undefined && this.chunkNames.includes(group.name)) ||
            group.origins.some((o) => this.requests.includes(o.request))
          if (wanted) for (const chunk of group.chunks) chunks.add(chunk)
        }
        const found = new Set([...chunks].flatMap((c) => (c.name ? [c.name] : [])))
        const missing = this.chunkNames.filter((n) => !found.has(n))
        if (missing.length > 0 || chunks.size === 0) {
          // A renamed chunk or page would silently lose the preload; fail the build instead.
          throw new Error(`PreloadFirstRoutePlugin: no chunk for ${[...missing, ...this.requests].join(', ')}`)
        }
        const links: HtmlTag[] = [...chunks]
          .flatMap((c) => [...c.files])
          .filter((file) => /\.(js|css)$/.test(file))
          .sort((a, b) => Number(b.endsWith('.css')) - Number(a.endsWith('.css')))
          .map((file) => ({
            tagName: 'link',
            voidTag: true,
            meta: { plugin: 'PreloadFirstRoutePlugin' },
            attributes: {
              rel: 'preload',
              as: file.endsWith('.css') ? 'style' : 'script',
              href: data.publicPath + file,
              fetchpriority: 'low',
            },
          }))
        data.headTags.push(...links)
        return data
      })
    })
  }
}
