import Taro from '@tarojs/taro'

test('a link to a page that does not exist lands on the not-found page', async () => {
  await import('../src/app')
  expect(Taro.onPageNotFound).toHaveBeenCalledTimes(1)
  const [onNotFound] = jest.mocked(Taro.onPageNotFound).mock.calls[0]
  onNotFound({ path: 'pages/old/index', query: {}, isEntryPage: true })
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/not-found/index' })
})
