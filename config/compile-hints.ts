import type { Compiler } from 'webpack'

/** V8's explicit compile hint: compile every function of the script as it is loaded. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/**
 * H5: starts every emitted script with V8's explicit compile hint (Chromium 136 and later). By
 * default V8 compiles a function the first time it runs, on the main thread: the first chart a
 * page drew compiled much of echarts in its task (about 210 ms of one 230 ms task at 4× CPU), and
 * React DOM and our pages did the same on their first render. With the hint, V8 compiles the whole
 * script while it streams in, on a background thread, and the code cache keeps it for the next
 * visit. Older Chromium and WebKit ignore the comment.
 *
 * Measured with Lighthouse (median of three, this 2-core machine): chart page TBT about 200 ms →
 * under 20 ms, home about 60 ms → under 20 ms. The cost is memory and background work for functions
 * that never run: our chunks are tree-shaken, and each holds code its route uses.
 *
 * Added after minification (which would drop the comment) and before source maps are written, so
 * the maps account for the extra line.
 */
export class CompileHintsPlugin {
  apply(compiler: Compiler) {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('CompileHintsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CompileHintsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.m?js$/.test(name)) continue
            compilation.updateAsset(name, (source) => new sources.ConcatSource(COMPILE_HINT, source))
          }
        },
      )
    })
  }
}
