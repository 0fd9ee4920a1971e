/**
 * weapp: the bundled feed is `package-data/feed.js` in the package-data subpackage (written by
 * config/emit-feed.ts), so it does not count against the main package. Main-package code reaches a
 * subpackage's file only through WeChat's asynchronous require, which downloads the subpackage
 * when it is not there yet. https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/async.html
 *
 * `__non_webpack_require__` is webpack's name for the platform's own `require`; the path is
 * relative to the output file that holds this code, which is always at the package root (app.js
 * or common.js); scripts/perf/weapp-render.ts loads the built package the same way.
 */
declare const __non_webpack_require__: { async(path: string): Promise<unknown> }

export function importBundledFeed(): Promise<unknown> {
  return __non_webpack_require__.async('./package-data/feed.js')
}
