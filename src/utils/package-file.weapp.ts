/**
 * weapp: loads a file of a subpackage with WeChat's asynchronous `require`, which downloads the
 * subpackage first when it is not there yet (and rejects when that fails).
 * https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/async.html
 *
 * `__non_webpack_require__` is webpack's name for the platform's own `require`; WeChat resolves
 * the path against the output file that holds the calling code. The app entry imports this module
 * (app.ts → store → services/feed), so webpack keeps it in app.js or common.js at the package root
 * and each path is relative to the root. scripts/perf/weapp-render.ts loads the package the same way.
 *
 * Every path is written out as a literal: WeChat's upload keeps only files its dependency analysis
 * reaches, and it cannot follow a computed `require.async(path)`, so with `ignoreUploadUnusedFiles`
 * those files were left out of the upload (npm run compile:weapp fails on that). Each call is a
 * function of its own so the minifier cannot merge the three calls into one with a computed path.
 * Needs base library 2.11.2 (require.async across subpackages).
 */
declare const __non_webpack_require__: { async(path: string): Promise<unknown> }

const loaders = {
  'package-data/feed.js': () => __non_webpack_require__.async('./package-data/feed.js'),
  'package-data/feed-loader.js': () => __non_webpack_require__.async('./package-data/feed-loader.js'),
  'package-share/poster-drawing.js': () => __non_webpack_require__.async('./package-share/poster-drawing.js'),
}

/** A subpackage file the app loads at run time (written by config/index.ts's plugins). */
export type PackageFile = keyof typeof loaders

export function requirePackageFile<T>(file: PackageFile): Promise<T> {
  return loaders[file]() as Promise<T>
}
