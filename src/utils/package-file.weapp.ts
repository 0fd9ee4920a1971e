/**
 * weapp: loads a file of a subpackage with WeChat's asynchronous `require`, which downloads the
 * subpackage first when it is not there yet (and rejects when that fails).
 * https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/async.html
 *
 * `__non_webpack_require__` is webpack's name for the platform's own `require`; WeChat resolves
 * the path against the output file that holds the calling code. The app entry imports this module
 * (app.ts → store → services/feed), so webpack keeps it in app.js or common.js at the package root
 * and `path` is relative to the root, e.g. `package-data/feed.js`. scripts/perf/weapp-render.ts
 * loads the built package the same way.
 */
declare const __non_webpack_require__: { async(path: string): Promise<unknown> }

export function requirePackageFile<T>(path: string): Promise<T> {
  return __non_webpack_require__.async(`./${path}`) as Promise<T>
}
