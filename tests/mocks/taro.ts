/**
 * In-memory stand-in for `@tarojs/taro` (mapped in jest.config.js). Storage behaves like WeChat's
 * synchronous storage: a missing key reads as '' (https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.getStorageSync.html).
 * Navigation and UI calls are jest.fn that resolve; page hooks record their callbacks so a test can
 * call them (`hookCallbacks.usePullDownRefresh[0]()`).
 */

const storage = new Map<string, unknown>()

/** Stored values are copied in and out, as WeChat serialises them. */
const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T))

export const getStorageSync = jest.fn((key: string): unknown => (storage.has(key) ? copy(storage.get(key)) : ''))
export const setStorageSync = jest.fn((key: string, data: unknown): void => {
  storage.set(key, copy(data))
})
export const removeStorageSync = jest.fn((key: string): void => {
  storage.delete(key)
})
export const clearStorageSync = jest.fn((): void => storage.clear())
export const getStorageInfoSync = jest.fn(() => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }))

const ok = (name: string) => jest.fn((..._args: unknown[]) => Promise.resolve({ errMsg: `${name}:ok` }))

export const navigateTo = ok('navigateTo')
export const redirectTo = ok('redirectTo')
export const switchTab = ok('switchTab')
export const reLaunch = ok('reLaunch')
export const navigateBack = ok('navigateBack')
export const showToast = ok('showToast')
export const hideToast = ok('hideToast')
export const showModal = ok('showModal')
export const stopPullDownRefresh = ok('stopPullDownRefresh')
export const startPullDownRefresh = ok('startPullDownRefresh')
export const setNavigationBarTitle = ok('setNavigationBarTitle')
export const setClipboardData = ok('setClipboardData')
export const pageScrollTo = ok('pageScrollTo')
export const onPageNotFound = jest.fn((_callback: (res: { path: string }) => void) => undefined)

/** How the app was opened; a test sets `{ scene: 1154 }` for 朋友圈单页模式. Reset before every test. */
const defaultEnterOptions = () => ({ scene: 1001, path: 'pages/index/index', query: {} as Record<string, string> })
export const getEnterOptionsSync = jest.fn(defaultEnterOptions)
export const getLaunchOptionsSync = jest.fn(defaultEnterOptions)

let routerParams: Record<string, string | undefined> = {}
let routerPath = '/pages/index/index'

/** Sets what `useRouter()` returns, as if the page had been opened with this query. */
export function setRouter(params: Record<string, string | undefined>, path = routerPath): void {
  routerParams = { ...params }
  routerPath = path
}

export const useRouter = jest.fn(() => ({
  params: routerParams,
  path: routerPath,
  onReady: '',
  onHide: '',
  onShow: '',
}))
export const getCurrentInstance = jest.fn(() => ({
  router: { params: routerParams, path: routerPath },
  page: null,
  app: null,
}))

const HOOKS = [
  'usePullDownRefresh',
  'useReachBottom',
  'usePageScroll',
  'useShareAppMessage',
  'useShareTimeline',
  'useDidShow',
  'useDidHide',
  'useLoad',
  'useReady',
  'useUnload',
] as const
type HookName = (typeof HOOKS)[number]
type Callback = (...args: unknown[]) => unknown

/** Callbacks registered through each page hook, latest render last. */
export const hookCallbacks = Object.fromEntries(HOOKS.map((h) => [h, [] as Callback[]])) as Record<HookName, Callback[]>

const recorder = (name: HookName) => (callback: Callback) => {
  hookCallbacks[name].push(callback)
}
export const usePullDownRefresh = recorder('usePullDownRefresh')
export const useReachBottom = recorder('useReachBottom')
export const usePageScroll = recorder('usePageScroll')
export const useShareAppMessage = recorder('useShareAppMessage')
export const useShareTimeline = recorder('useShareTimeline')
export const useDidShow = recorder('useDidShow')
export const useDidHide = recorder('useDidHide')
export const useLoad = recorder('useLoad')
export const useReady = recorder('useReady')
export const useUnload = recorder('useUnload')

export const ENV_TYPE = {
  WEAPP: 'WEAPP',
  WEB: 'WEB',
  RN: 'RN',
  SWAN: 'SWAN',
  ALIPAY: 'ALIPAY',
  TT: 'TT',
  QQ: 'QQ',
  JD: 'JD',
}
/** NutUI picks its H5 branches under 'WEB', the ones that jsdom can render. */
export const getEnv = jest.fn(() => ENV_TYPE.WEB)

const systemInfo = {
  windowWidth: 375,
  windowHeight: 667,
  screenWidth: 375,
  screenHeight: 667,
  pixelRatio: 2,
  statusBarHeight: 20,
  platform: 'devtools',
  SDKVersion: '3.0.0',
  safeArea: { top: 20, bottom: 667, left: 0, right: 375, width: 375, height: 647 },
}
export const getSystemInfoSync = jest.fn(() => systemInfo)
export const getSystemInfo = jest.fn(() => Promise.resolve(systemInfo))
export const getWindowInfo = jest.fn(() => systemInfo)
export const getDeviceInfo = jest.fn(() => systemInfo)
export const getAppBaseInfo = jest.fn(() => systemInfo)
export const pxTransform = (value: number) => `${value}px`
export const nextTick = (callback: () => void) => void Promise.resolve().then(callback)

type RequestOptions = {
  url: string
  timeout?: number
  success?: (res: { statusCode: number; data: unknown }) => void
  fail?: (err: { errMsg: string }) => void
}

/** wx.request's contract (callbacks, statusCode, errMsg), carried out with Node's fetch. */
export const request = jest.fn((options: RequestOptions) => {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeout ?? 60000)
  const done = fetch(options.url, { signal: controller.signal })
    .then(async (res) => options.success?.({ statusCode: res.status, data: await res.text() }))
    .catch((error: Error) =>
      options.fail?.({ errMsg: controller.signal.aborted ? 'request:fail timeout' : `request:fail ${error.message}` }),
    )
    .finally(() => clearTimeout(timer))
  return Object.assign(done, { abort: () => controller.abort() })
})

const emptyRect = { left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 }

/** Selector queries answer with empty rectangles: jsdom does no layout. */
export function createSelectorQuery() {
  const answers: unknown[] = []
  const query = {
    in: () => query,
    select: () => ({
      boundingClientRect: () => (answers.push(emptyRect), query),
      scrollOffset: () => (answers.push({ scrollTop: 0, scrollLeft: 0 }), query),
    }),
    selectAll: () => ({
      boundingClientRect: () => (answers.push([]), query),
      scrollOffset: () => (answers.push([]), query),
    }),
    selectViewport: () => ({
      boundingClientRect: () => (answers.push(emptyRect), query),
      scrollOffset: () => (answers.push({ scrollTop: 0, scrollLeft: 0 }), query),
    }),
    exec: (callback?: (result: unknown[]) => void) => {
      callback?.(answers)
      return query
    },
  }
  return query
}

export const createIntersectionObserver = jest.fn(() => ({
  relativeToViewport: () => ({ observe: () => undefined }),
  observe: () => undefined,
  disconnect: () => undefined,
}))

const listeners = new Map<string, Set<Callback>>()
export const eventCenter = {
  on: (name: string, cb: Callback) => void (listeners.get(name) ?? listeners.set(name, new Set()).get(name)!).add(cb),
  off: (name: string, cb?: Callback) => void (cb ? listeners.get(name)?.delete(cb) : listeners.delete(name)),
  trigger: (name: string, ...args: unknown[]) => listeners.get(name)?.forEach((cb) => cb(...args)),
}

/** Resets storage, router and recorded hooks; called before every test by tests/setup.ts. */
export function resetTaroMock(): void {
  storage.clear()
  routerParams = {}
  routerPath = '/pages/index/index'
  for (const name of HOOKS) hookCallbacks[name].length = 0
  listeners.clear()
  getEnterOptionsSync.mockImplementation(defaultEnterOptions)
}

/** Reads the in-memory storage without going through the mocked functions. */
export function peekStorage(key: string): unknown {
  return storage.get(key)
}

const Taro = {
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  clearStorageSync,
  getStorageInfoSync,
  navigateTo,
  redirectTo,
  switchTab,
  reLaunch,
  navigateBack,
  showToast,
  hideToast,
  showModal,
  stopPullDownRefresh,
  startPullDownRefresh,
  setNavigationBarTitle,
  setClipboardData,
  pageScrollTo,
  onPageNotFound,
  getEnterOptionsSync,
  getLaunchOptionsSync,
  useRouter,
  getCurrentInstance,
  usePullDownRefresh,
  useReachBottom,
  usePageScroll,
  useShareAppMessage,
  useShareTimeline,
  useDidShow,
  useDidHide,
  useLoad,
  useReady,
  useUnload,
  ENV_TYPE,
  getEnv,
  getSystemInfoSync,
  getSystemInfo,
  getWindowInfo,
  getDeviceInfo,
  getAppBaseInfo,
  pxTransform,
  nextTick,
  createSelectorQuery,
  createIntersectionObserver,
  request,
  eventCenter,
  SDKVersion: '3.0.0',
}

export default Taro
