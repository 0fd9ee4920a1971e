// WeChat follows the system's dark mode when darkmode is on and the colours name variables of
// theme.json; the H5 tab bar takes plain colours (its pages switch through CSS media queries).
// https://developers.weixin.qq.com/miniprogram/dev/framework/ability/darkmode.html
const weapp = process.env.TARO_ENV === 'weapp'
const themed = (name: string, light: string) => (weapp ? `@${name}` : light)

export default defineAppConfig({
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
    backgroundTextStyle: themed('bgText', 'dark') as 'dark',
    navigationBarBackgroundColor: themed('navBg', '#c8161d'),
    navigationBarTitleText: '幸福微市中',
    navigationBarTextStyle: themed('navText', 'white') as 'white',
    backgroundColor: themed('bg', '#f6f3ef'),
  },
  tabBar: {
    color: themed('tabColor', '#5c5552'),
    selectedColor: themed('tabSelected', '#c8161d'),
    backgroundColor: themed('tabBg', '#ffffff'),
    borderStyle: themed('tabBorder', 'black') as 'black',
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
