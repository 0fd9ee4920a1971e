// WeChat follows the system's dark mode when darkmode is on and the colours name variables of
// theme.json; the H5 tab bar takes plain colours (its pages switch through CSS media queries).
// https://developers.weixin.qq.com/miniprogram/dev/framework/ability/darkmode.html
// H5 takes theme.json's light values, so the colours are written once (theme.json is kept equal to
// src/theme/tokens.ts and src/app.scss by tests/theme/tokens.test.ts). A relative import: Taro
// evaluates this file in Node at build time.
import theme from './theme.json'

const weapp = process.env.TARO_ENV === 'weapp'
type ThemeName = keyof typeof theme.light
const themed = <Name extends ThemeName>(name: Name) => (weapp ? `@${name}` : theme.light[name])

export default defineAppConfig({
  // H5 only: no sliding page transition. Taro's router hides the page left behind on a timer after
  // the slide and does not cancel it when that page comes back first, so going back within the
  // slide's 350 ms left 资讯 blank under its tab bar (tests/browser/search.test.mjs goes back at once).
  ...(weapp ? {} : { animation: false }),
  pages: [
    'pages/index/index',
    'pages/scorecards/index',
    'pages/projects/index',
    'pages/mine/index',
    'pages/not-found/index',
  ],
  // https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html
  subPackages: [
    // The detail pages, which open from a card and are the only pages that need the whole text.
    { root: 'package-data', pages: ['pages/news-detail/index', 'pages/project-detail/index'] },
    // Everything that draws with echarts lives here, so echarts never enters the main package.
    {
      root: 'package-charts',
      pages: ['pages/topic/index', 'pages/project-stats/index'],
    },
    { root: 'package-share', pages: ['pages/poster/index'] },
  ],
  // Fetch the chart subpackage in the background once the 成绩单 or 民生实事 tab is open.
  preloadRule: {
    'pages/scorecards/index': { network: 'all', packages: ['package-charts'] },
    'pages/projects/index': { network: 'all', packages: ['package-charts'] },
  },
  window: {
    backgroundTextStyle: themed('bgText') as 'dark',
    navigationBarBackgroundColor: themed('navBg'),
    navigationBarTitleText: '幸福微市中',
    navigationBarTextStyle: themed('navText') as 'white',
    backgroundColor: themed('bg'),
  },
  tabBar: {
    color: themed('tabColor'),
    selectedColor: themed('tabSelected'),
    backgroundColor: themed('tabBg'),
    borderStyle: themed('tabBorder') as 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        iconPath: 'assets/tab/news.png',
        selectedIconPath: 'assets/tab/news-active.png',
        text: '资讯',
      },
      {
        pagePath: 'pages/scorecards/index',
        iconPath: 'assets/tab/scorecards.png',
        selectedIconPath: 'assets/tab/scorecards-active.png',
        text: '成绩单',
      },
      {
        pagePath: 'pages/projects/index',
        iconPath: 'assets/tab/projects.png',
        selectedIconPath: 'assets/tab/projects-active.png',
        text: '民生实事',
      },
      {
        pagePath: 'pages/mine/index',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
        text: '我的',
      },
    ],
  },
  // Only load the components a page uses. https://developers.weixin.qq.com/miniprogram/dev/framework/ability/lazyload.html
  lazyCodeLoading: 'requiredComponents',
  ...(weapp ? { darkmode: true, themeLocation: 'theme.json' } : {}),
})
