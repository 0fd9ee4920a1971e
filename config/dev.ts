import type { UserConfigExport } from '@tarojs/cli'

const h5 = process.env.TARO_ENV === 'h5'

/**
 * TARO_DEV_PORT picks the port, for tests that drive the dev server (tests/browser/dev-server.test.mjs
 * takes a free one, so that a dev server a person left running does not answer). Hot reload stays
 * on: without it the app's React Refresh registrations ($RefreshReg$) are undefined at run time.
 */
const port = Number(process.env.TARO_DEV_PORT) || 10086

export default {
  logger: { quiet: false, stats: false },
  // The dev server empties its output folder when it starts: keep it away from the production
  // build in dist/h5, which the size report, Lighthouse and the browser tests read.
  ...(h5 ? { outputRoot: 'dist/h5-dev' } : {}),
  mini: {},
  h5: {
    // The production build's relative './' (so dist/h5 works from any folder) made the dev server
    // answer every script request with index.html; it serves from the root.
    publicPath: '/',
    // Warnings (Sass's @import deprecation) stay in the terminal instead of covering the app.
    // https://webpack.js.org/configuration/dev-server/#overlay
    // No static folder: Taro points it at dist/h5, whose production index.html (with its own
    // script names) then answered instead of the dev server's page. https://webpack.js.org/configuration/dev-server/#devserverstatic
    devServer: {
      host: '0.0.0.0',
      port,
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  },
} satisfies UserConfigExport<'webpack5'>
