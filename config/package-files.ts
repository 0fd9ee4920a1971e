/**
 * weapp: every subpackage file that main-package code loads at run time with WeChat's
 * `require.async`, named once. `file` is its path in the package, `from` what the build makes it of
 * (relative to the repository root).
 *
 * Read by config/index.ts (the plugins that write each file, and `PACKAGE_FILES` for the app, below),
 * by src/utils/package-file.weapp.ts (through that constant: the paths reach the compiled code as
 * string literals, which WeChat's upload analysis needs), and by the weapp harness
 * (scripts/perf/weapp-render.ts, tests/weapp).
 */
export const PACKAGE_FILES = {
  /** The bundled feed, checked by the feed's rules when it is built (config/emit-feed.ts). */
  feed: { file: 'package-data/feed.js', from: 'mock/feed.json' },
  /** The feed loader (schema and valibot), loaded only to check a refresh or the cached feed. */
  feedLoader: { file: 'package-data/feed-loader.js', from: 'src/services/feed/load.ts' },
  /** The share-image and poster drawing, next to the poster page. */
  posterDrawing: { file: 'package-share/poster-drawing.js', from: 'src/features/share/poster/index.ts' },
} as const

export type PackageFileName = keyof typeof PACKAGE_FILES

/**
 * For Taro's defineConstants: `PACKAGE_FILES.<name>` → the file's path as the JavaScript string
 * literal `"./<file>"`, resolved by WeChat against the package root, where webpack keeps the calling
 * code. Dotted keys with string values: Taro hands the constants to webpack's DefinePlugin and to
 * esbuild (page configs), which takes strings only.
 */
export function packageFileConstants(): Record<`PACKAGE_FILES.${PackageFileName}`, string> {
  const entries = Object.entries(PACKAGE_FILES).map(([name, { file }]) => [
    `PACKAGE_FILES.${name}`,
    JSON.stringify(`./${file}`),
  ])
  return Object.fromEntries(entries) as Record<`PACKAGE_FILES.${PackageFileName}`, string>
}
