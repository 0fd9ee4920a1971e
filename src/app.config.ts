export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/scorecards/index',
    'pages/projects/index',
    'pages/mine/index',
    'pages/news-detail/index',
    'pages/project-detail/index',
    'pages/not-found/index',
  ],
  // Everything that draws with echarts lives here, so echarts never enters the main package.
  // https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html
  subPackages: [
    {
      root: 'package-charts',
      pages: ['pages/topic/index', 'pages/project-stats/index'],
    },
  ],
  // Fetch the chart subpackage in the background once the 成绩单 or 民生实事 tab is open.
  preloadRule: {
    'pages/scorecards/index': { network: 'all', packages: ['package-charts'] },
    'pages/projects/index': { network: 'all', packages: ['package-charts'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '幸福微市中',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f3ef',
  },
  tabBar: {
    color: '#5c5552',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
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
})
