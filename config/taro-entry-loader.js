/**
 * weapp: @tarojs/taro's entry (node_modules/@tarojs/taro/index.js) reads the runtime with
 * `const { hooks } = require('@tarojs/runtime')`. webpack cannot tell which export a destructured
 * require uses, so it kept every export of @tarojs/runtime and all they need (18 KiB of taro.js:
 * the HTML parser behind innerHTML, DOM and BOM extras no code calls). The same read written as a
 * member access lets webpack drop the unused ones. Fails the build if Taro's entry changes.
 */
module.exports = function taroEntryLoader(source) {
  const destructured = "const { hooks } = require('@tarojs/runtime')"
  if (!source.includes(destructured)) {
    throw new Error('@tarojs/taro/index.js no longer reads the runtime as expected: review config/taro-entry-loader.js')
  }
  return source.replace(destructured, "const hooks = require('@tarojs/runtime').hooks")
}
