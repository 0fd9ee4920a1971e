export default definePageConfig({
  navigationBarTitleText: '幸福微市中',
  enablePullDownRefresh: true,
})
