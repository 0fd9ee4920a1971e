/**
 * weapp: @tarojs/taro's entry (node_modules/@tarojs/taro/index.js) reads the runtime with
 * `const { hooks } = require('@tarojs/runtime')`. webpack cannot tell which export a destructured
 * require uses, so it kept every export of @tarojs/runtime and all they need, used or not. The
 * same read written as a member access lets webpack drop the unused ones (8 KiB of taro.js, and
 * with mini.runtime.enableInnerHTML off another 9 KiB: Taro's HTML parser). Fails the build if
 * Taro's entry changes.
 */
module.exports = function taroEntryLoader(source) {
  const destructured = "const { hooks } = require('@tarojs/runtime')"
  if (!source.includes(destructured)) {
    throw new Error('@tarojs/taro/index.js no longer reads the runtime as expected: review config/taro-entry-loader.js')
  }
  return source.replace(destructured, "const hooks = require('@tarojs/runtime').hooks")
}
