// babel-preset-taro for the builds, plain presets for jest.
// https://docs.taro.zone/docs/next/babel-config
const nutuiOnDemand = [
  'import',
  {
    // Per-component JS and CSS instead of NutUI's whole style.css (about 250 KiB on weapp).
    libraryName: '@nutui/nutui-react-taro',
    camel2DashComponentName: false,
    customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
    customStyleName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}/style/css`,
  },
  'nutui-react-taro',
]

module.exports = (api) => {
  if (api.env('test')) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
      plugins: [nutuiOnDemand],
    }
  }
  // weapp: compiled down to the syntax floor of the oldest WeChat we support (iOS 10.3's
  // JavaScriptCore, Chrome 58's V8 on Android: ES2017; see scripts/weapp/syntax-floor.ts and the
  // README). babel-preset-taro hands `targets` to @babel/preset-env, which then ignores the
  // browserslist of package.json; H5 keeps that browserslist. https://docs.taro.zone/docs/next/babel-config
  // WeChat's upload-time "enhance" compile is not used: it re-compiles everything, node_modules
  // included (issue 14 saw it nearly double the main package).
  // The config depends on the target as well as on the env: babel caches it by both.
  // https://babeljs.io/docs/config-files#apicache
  const weapp =
    api.cache.using(() => process.env.TARO_ENV) === 'weapp' ? { targets: require('./config/weapp-targets.json') } : {}
  return {
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...weapp }]],
    plugins: [nutuiOnDemand],
  }
}
