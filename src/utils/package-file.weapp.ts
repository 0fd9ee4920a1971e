/**
 * weapp: loads a file of a subpackage with WeChat's asynchronous `require`, which downloads the
 * subpackage first when it is not there yet (and rejects when that fails).
 * https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/async.html
 *
 * The files are named in config/package-files.ts, the one list that config, this code and the
 * weapp harness read. `__non_webpack_require__` is webpack's name for the platform's own `require`;
 * WeChat resolves the path against the output file that holds the calling code. The app entry
 * imports this module (app.ts → store → services/feed), so webpack keeps it in app.js or common.js
 * at the package root and each path is relative to the root.
 *
 * Every path reaches the compiled code as a string literal: WeChat's upload keeps only files its
 * dependency analysis reaches, and it cannot follow a computed `require.async(path)`, so with
 * `ignoreUploadUnusedFiles` those files were left out of the upload (npm run compile:weapp fails
 * on that). `PACKAGE_FILES.feed` and the others are compile-time constants (Taro's defineConstants
 * in config/index.ts), replaced by their literal before the code is minified; a name the build does
 * not define stays a computed path and fails that check. Each call is a function of its own so the
 * minifier cannot merge them into one with a computed path. Needs base library 2.11.2
 * (require.async across subpackages).
 */
declare const __non_webpack_require__: { async(path: string): Promise<unknown> }
/** config/package-files.ts: each name → "./<file>", put in by the build. */
declare const PACKAGE_FILES: { feed: string; feedLoader: string; posterDrawing: string }

const loaders = {
  feed: () => __non_webpack_require__.async(PACKAGE_FILES.feed),
  feedLoader: () => __non_webpack_require__.async(PACKAGE_FILES.feedLoader),
  posterDrawing: () => __non_webpack_require__.async(PACKAGE_FILES.posterDrawing),
}

/** A subpackage file the app loads at run time, by its name in config/package-files.ts. */
export type PackageFile = keyof typeof loaders

export function requirePackageFile<T>(file: PackageFile): Promise<T> {
  return loaders[file]() as Promise<T>
}
