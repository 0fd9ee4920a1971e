import { readFileSync } from 'node:fs'
import type { Compiler } from 'webpack'

/**
 * weapp only: writes the bundled feed as `package-data/feed.js`, a plain CommonJS file in the
 * package-data subpackage that main-package code loads with WeChat's `require.async` (see
 * src/services/feed/bundled-source.weapp.ts). It is data, not code webpack should bundle: kept out
 * of the main package, it no longer counts against the main package's size.
 *
 * The JSON is re-serialised without whitespace and embedded as one string for JSON.parse, which
 * JavaScript engines read faster than the same data as an object literal.
 */
export class EmitFeedPlugin {
  constructor(
    private readonly from: string,
    private readonly to: string,
  ) {}

  apply(compiler: Compiler) {
    const { RawSource } = compiler.webpack.sources
    compiler.hooks.thisCompilation.tap('EmitFeedPlugin', (compilation) => {
      compilation.fileDependencies.add(this.from)
      compilation.hooks.processAssets.tap(
        { name: 'EmitFeedPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const json = JSON.stringify(JSON.parse(readFileSync(this.from, 'utf8')))
          // U+2028/2029 are legal in JSON but not in older engines' string literals.
          const literal = JSON.stringify(json)
            .replace(/\u2028/g, '\\u2028')
            .replace(/\u2029/g, '\\u2029')
          compilation.emitAsset(this.to, new RawSource(`module.exports=JSON.parse(${literal});\n`))
        },
      )
    })
  }
}
