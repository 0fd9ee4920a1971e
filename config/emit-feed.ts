import { readFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import type { LoaderContext } from 'webpack'
import type { checkFeedBytes } from '../scripts/feed-check'
import { PackageFilePlugin, type MadeAsset } from './package-module'

const FEED_CHECK = path.resolve(__dirname, '..', 'scripts', 'feed-check.ts')
/** How many problems a failed build lists; npm run feed:check lists them all. */
const LISTED = 20

/**
 * scripts/feed-check.ts's checkFeedBytes, bundled with esbuild: Taro compiles only config/ for
 * Node, and the check imports the app's schema and loader (src, with the @/ alias). Also returns
 * the files it was made of, for the build to watch.
 */
async function feedChecker(): Promise<{ check: typeof checkFeedBytes; inputs: string[] }> {
  const result = await build({
    entryPoints: [FEED_CHECK],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  const module = { exports: {} as { checkFeedBytes: typeof checkFeedBytes } }
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require)
  const inputs = Object.keys(result.metafile.inputs).map((file) => path.resolve(file))
  return { check: module.exports.checkFeedBytes, inputs }
}

/**
 * The bundled feed as the app receives it: `file` checked with the rules of `npm run feed:check`
 * (the size limit, the schema, the loader's references, something to show) and given in the
 * loader's output form (defaults filled in, unknown keys dropped), so the app uses it as it is,
 * without the schema. Throws, listing the problems, when there is any: the build fails.
 */
export async function checkedFeed(file: string): Promise<{ json: string; inputs: string[] }> {
  const { check, inputs } = await feedChecker()
  const { issues, feed } = check(readFileSync(file))
  if (issues.length > 0 || !feed) {
    const listed = issues.slice(0, LISTED).map((issue) => `  ${issue.path}: ${issue.message}`)
    if (issues.length > LISTED) listed.push(`  …（共 ${issues.length} 处）`)
    const where = path.relative(process.cwd(), file)
    throw new Error(`${where} 未通过数据检查（npm run feed:check -- ${where}）：\n${listed.join('\n')}`)
  }
  return { json: JSON.stringify(feed), inputs: [file, ...inputs] }
}

/**
 * weapp: writes the checked feed as `to` (package-data/feed.js, config/package-files.ts), a plain
 * CommonJS file in a subpackage that main-package code loads with WeChat's `require.async`: data,
 * not code for webpack to bundle, and not counted against the main package. An invalid feed is a
 * build error.
 *
 * The JSON is embedded as one string for JSON.parse, which JavaScript engines read faster than the
 * same data as an object literal.
 */
export class EmitFeedPlugin extends PackageFilePlugin {
  protected async make(): Promise<MadeAsset> {
    const { json, inputs } = await checkedFeed(this.from)
    // U+2028/2029 are legal in JSON but not in older engines' string literals.
    const literal = JSON.stringify(json)
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029')
    return { code: `module.exports=JSON.parse(${literal});\n`, inputs }
  }
}

/**
 * H5: the webpack loader for mock/feed.json (config/index.ts), which the app imports as a chunk of
 * its own: the checked feed in place of the file; an invalid feed is a build error.
 */
export default function checkedFeedLoader(this: LoaderContext<unknown>): void {
  const done = this.async()
  checkedFeed(this.resourcePath).then(({ json, inputs }) => {
    for (const file of inputs) this.addDependency(file)
    done(null, json)
  }, done)
}
