import path from 'node:path'
import { build } from 'esbuild'
import type { Compiler } from 'webpack'

/** Packages that live in the main package's webpack chunks: a second copy would be a second runtime. */
const FORBIDDEN = /node_modules[\\/](@tarojs|react|react-dom|@nutui)[\\/]/

/**
 * Bundles `entry` and what it imports into one minified CommonJS file. Returns its code and the
 * files it was made of; throws when one of them is Taro, React or NutUI.
 */
export async function bundlePackageModule(entry: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Older syntax than the rest of the weapp build emits, so every engine that runs the app runs it.
    target: 'es2017',
    minify: true,
    // Chinese text as UTF-8, as terser writes the rest of the package.
    charset: 'utf8',
    legalComments: 'eof',
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  const inputs = Object.keys(result.metafile.inputs).map((file) => path.resolve(file))
  const forbidden = inputs.filter((file) => FORBIDDEN.test(file))
  if (forbidden.length > 0) throw new Error(`${entry} 不能打包 Taro、React 或 NutUI：${forbidden.join(', ')}`)
  return { code: result.outputFiles[0].text, inputs }
}

/** What a build-time asset is made of: its code and the files to watch for it. */
export type MadeAsset = { code: string; inputs: string[]; minimized?: boolean }

/**
 * weapp: writes one file of a subpackage, made at build time by `make` from `from`; a failure is a
 * build error that names the file. config/package-files.ts lists every such file.
 */
export abstract class PackageFilePlugin {
  constructor(
    protected readonly from: string,
    protected readonly to: string,
  ) {}

  protected abstract make(): Promise<MadeAsset>

  apply(compiler: Compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack
    const name = this.constructor.name
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          try {
            const { code, inputs, minimized = false } = await this.make()
            for (const file of inputs) compilation.fileDependencies.add(file)
            // terser leaves assets marked `minimized` alone.
            compilation.emitAsset(this.to, new sources.RawSource(code), { minimized })
          } catch (error) {
            compilation.fileDependencies.add(this.from)
            compilation.errors.push(new WebpackError(`${this.to}: ${(error as Error).message}`))
          }
        },
      )
    })
  }
}

/**
 * weapp only: bundles one module on its own into a file of a subpackage (e.g. the feed loader into
 * `package-data/feed-loader.js`). Main-package code loads it with WeChat's asynchronous require
 * (src/utils/package-file.weapp.ts), so its code counts against the subpackage instead of the main
 * package, even where several packages use it. The module must be plain logic: importing Taro,
 * React or NutUI fails the build.
 */
export class PackageModulePlugin extends PackageFilePlugin {
  protected async make(): Promise<MadeAsset> {
    // Already minified.
    return { ...(await bundlePackageModule(this.from)), minimized: true }
  }
}
