export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/scorecards/index',
    'pages/projects/index',
    'pages/mine/index',
    'pages/news-detail/index',
    'pages/not-found/index',
  ],
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
      { pagePath: 'pages/index/index', text: '资讯' },
      { pagePath: 'pages/scorecards/index', text: '成绩单' },
      { pagePath: 'pages/projects/index', text: '民生实事' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
  // Only load the components a page uses. https://developers.weixin.qq.com/miniprogram/dev/framework/ability/lazyload.html
  lazyCodeLoading: 'requiredComponents',
})
