export default definePageConfig({
  navigationBarTitleText: '资讯详情',
  // Taro registers the page's onShareAppMessage / onShareTimeline only with these flags (our pages
  // call the hooks through useShare): https://docs.taro.zone/docs/apis/taro.hooks/useShareAppMessage
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
