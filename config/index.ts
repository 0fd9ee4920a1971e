import { createRequire } from 'node:module'
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import type { IProjectBaseConfig } from '@tarojs/taro/types/compile'
import { CompileHintsPlugin } from './compile-hints'
import { EmitFeedPlugin } from './emit-feed'
import { PackageModulePlugin } from './package-module'
import { PACKAGE_FILES, packageFileConstants } from './package-files'
import { PreloadFirstRoutePlugin } from './preload-first-route'
import { NUTUI_UNMATCHED, NUTUI_UNUSED_KEYFRAMES, PruneCssPlugin } from './prune-css'
import devConfig from './dev'
import prodConfig from './prod'

/** A path of this repository from its root. */
const fromRoot = (file: string) => path.resolve(__dirname, '..', file)

// https://docs.taro.zone/docs/config
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xingfu-weishizhong',
    date: '2026-11-21',
    // NutUI is drawn for a 375 px design, our own styles for 750: convert each with its own width.
    // https://nutui.jd.com/taro/react/3x/#/zh-CN/guide/start-react
    designWidth(input) {
      const file = typeof input === 'object' && input !== null ? (input as { file?: string }).file : undefined
      return file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750
    },
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    // Project plugins on Taro's hooks (https://docs.taro.zone/docs/plugin).
    plugins: [path.resolve(__dirname, 'template-components.ts')],
    // Read once at build time; a bare process.env.X in app code breaks the H5 build at run time.
    defineConstants: {
      FEED_URL_CONSTANT: JSON.stringify(process.env.TARO_APP_FEED_URL ?? ''),
      // Where the H5 build is served (ending in /), for the QR code on posters: set
      // `TARO_APP_H5_BASE_URL` when building. Empty: H5 uses its own address, weapp posters draw no code.
      H5_BASE_URL_CONSTANT: JSON.stringify(process.env.TARO_APP_H5_BASE_URL ?? ''),
      // weapp: the subpackage files' paths, string literals in the code (config/package-files.ts).
      ...packageFileConstants(),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    // theme.json holds the light and dark colours of WeChat's navigation and tab bars.
    copy: { patterns: [{ from: 'src/theme.json', to: `dist/${process.env.TARO_ENV}/theme.json` }], options: {} },
    // Taro's default minifier escapes every non-ASCII character (6 bytes per Chinese character
    // instead of 3 in UTF-8); mini program packages and our H5 pages are UTF-8, so text stays as is.
    // On H5 it also keeps function names and quotes every key; nothing here needs either.
    terser: {
      enable: true,
      config: { keep_fnames: false, output: { ascii_only: false, quote_keys: false, keep_quoted_props: false } },
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // Rebuilds take seconds instead of half a minute. https://docs.taro.zone/docs/config-detail#cache
    // babel.config.js (and the weapp targets it reads) and patches/ decide the output too: a change rebuilds.
    cache: {
      enable: true,
      buildDependencies: {
        babel: [path.resolve(__dirname, '..', 'babel.config.js'), path.resolve(__dirname, 'weapp-targets.json')],
        // webpack takes node_modules as unchanged while versions are: a patch must rebuild too.
        patches: [`${path.resolve(__dirname, '..', 'patches')}/`],
      },
    },
    mini: {
      // zustand's middleware ships object spread; Taro's babel compiles only src and packages named
      // *taro*, so it is added to reach the weapp syntax floor (babel.config.js).
      // https://docs.taro.zone/docs/config-detail#minicompile
      compile: { include: [(file: string) => /[\\/]node_modules[\\/]zustand[\\/]/.test(file)] },
      // Taro writes its templates once per nesting level into base.wxml (16 levels by default,
      // about 3 KiB each); deeper subtrees render in the recursive `comp` component instead, where a
      // page-level selector query cannot find a canvas. Our deepest page (scorecards) uses level 7
      // and the charts' NutUI table 8: `npm run perf:weapp` fails if a tab page needs `comp`.
      // https://docs.taro.zone/docs/config-detail#baselevel
      // Typed as a project option, but Taro merges the mini block over those (service Config.js).
      ...({ baseLevel: 10 } satisfies Pick<IProjectBaseConfig, 'baseLevel'>),
      // No component sets dangerouslySetInnerHTML (tests/config/weapp-build.test.ts checks src), so
      // Taro's HTML parser for innerHTML stays out of taro.js. https://docs.taro.zone/docs/config-detail#miniruntime
      runtime: { enableInnerHTML: false },
      webpackChain(chain) {
        // The subpackage files main-package code loads with require.async (config/package-files.ts):
        // the bundled feed, checked (an invalid one fails the build); code needed only after a
        // subpackage download, bundled into it: the feed loader, the share-image and poster drawing.
        const { feed, feedLoader, posterDrawing } = PACKAGE_FILES
        chain.plugin('emit-feed').use(EmitFeedPlugin, [fromRoot(feed.from), feed.file])
        chain.plugin('feed-loader').use(PackageModulePlugin, [fromRoot(feedLoader.from), feedLoader.file])
        chain.plugin('poster-drawing').use(PackageModulePlugin, [fromRoot(posterDrawing.from), posterDrawing.file])
        chain.plugin('prune-css').use(PruneCssPlugin, [NUTUI_UNMATCHED, NUTUI_UNUSED_KEYFRAMES])
        // Taro's mini-program terser settings turn off most of terser's compress passes (inlining,
        // reduce_vars, collapse_vars…); terser's own defaults are safe and 8 KiB smaller here.
        if (process.env.NODE_ENV === 'production')
          chain.optimization.minimizer('terserPlugin').tap(([options]) => {
            const terserOptions = { ...options.terserOptions, compress: { ecma: 2015, passes: 2 } }
            return [{ ...options, terserOptions }]
          })
      },
      // NutUI's per-component CSS is order-independent; silence mini-css-extract's order warnings.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      publicPath: './',
      // Taro components as plain React elements instead of Stencil web components: less work per
      // element on the main thread. Their stylesheet goes into a cascade layer (see the file).
      useHtmlComponents: true,
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // Taro only runs postcss (px → rem) over node_modules packages listed here.
      esnextModules: ['nutui-react'],
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      webpackChain(chain) {
        chain.resolve.alias
          .set('whatwg-fetch$', path.resolve(__dirname, 'no-polyfill.js'))
          .set(
            'abortcontroller-polyfill/dist/abortcontroller-polyfill-only$',
            path.resolve(__dirname, 'no-polyfill.js'),
          )
          .set(
            '@tarojs/components-react/dist/index.css$',
            path.resolve(__dirname, '..', 'src', 'styles', 'taro-components-layer.css'),
          )
        // The bundled feed's chunk holds it checked (an invalid one fails the build); see the loader.
        chain.module
          .rule('checked-feed')
          .test(fromRoot(PACKAGE_FILES.feed.from))
          .use('checked-feed')
          .loader(path.resolve(__dirname, 'emit-feed.ts'))
        // Taro's generated entry evaluates in several tasks instead of one long one (see the loader).
        // Production only: the dev server's modules are not concatenated, and evaluating them out
        // of import order hit a circular import between Taro's router and its H5 APIs.
        if (process.env.NODE_ENV === 'production')
          chain.module
            .rule('staged-entry')
            .test(/[\\/]src[\\/]app\.config\.ts$/)
            .use('staged-entry')
            .loader(path.resolve(__dirname, 'staged-entry-loader.js'))
        // html-webpack-plugin as Taro resolves it: its hooks belong to that copy of the class.
        const htmlPlugin = createRequire(require.resolve('@tarojs/webpack5-runner'))('html-webpack-plugin')
        chain
          .plugin('preload-first-route')
          .use(PreloadFirstRoutePlugin, [htmlPlugin, ['./pages/index/index'], ['feed']])
        // Every script compiled off the main thread as it streams in (see the file).
        chain.plugin('compile-hints').use(CompileHintsPlugin)
        // Chart pages are lazy chunks; without this each one carried its own copy of echarts. zrender
        // is a script of its own: the browser compiles each script in one task, 63–81 ms at
        // Lighthouse's 4× CPU for both together, about 50–55 ms each apart.
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              echarts: {
                name: 'echarts',
                test: /[\\/]node_modules[\\/]echarts[\\/]/,
                chunks: 'async',
                priority: 30,
                enforce: true,
              },
              zrender: {
                name: 'zrender',
                test: /[\\/]node_modules[\\/]zrender[\\/]/,
                chunks: 'async',
                priority: 30,
                enforce: true,
              },
              // App code and NutUI components that two or more lazily loaded pages share, loaded once,
              // in chunks per set of pages (no fixed name) so the home page does not fetch the share
              // and scorecard code it does not use; under 10 KB a module is copied instead.
              shared: {
                test: /[\\/]src[\\/](components|features|utils|store)[\\/]/,
                chunks: 'async',
                minChunks: 2,
                minSize: 10000,
                priority: 10,
                reuseExistingChunk: true,
              },
              // Taro's H5 APIs and components, dayjs and the like that two or more pages use: without
              // this every page chunk carried its own copy (all JS was 599 KiB gzip, now ~420).
              lib: {
                name: 'lib',
                test: /[\\/]node_modules[\\/]/,
                chunks: 'async',
                minChunks: 2,
                priority: 15,
              },
              nutui: {
                test: /[\\/]node_modules[\\/]@nutui[\\/]/,
                chunks: 'async',
                minChunks: 2,
                minSize: 10000,
                priority: 20,
              },
            },
          },
        })
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
