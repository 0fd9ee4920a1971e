/**
 * A small stand-in for WeChat's `wx` object, enough for the built app to launch, render and answer
 * taps in miniprogram-simulate. Storage lives in a Map the caller owns, so a second launch (a new
 * stand-in over the same Map) sees what the first one saved, as on a phone.
 * Ideas from scripts/perf/weapp-render.ts (kept separate: that harness has its own owner).
 */

type AnyFn = (...args: unknown[]) => unknown
type Callbacks = { success?: AnyFn; fail?: AnyFn; complete?: AnyFn }

/** The launch WeChat reports: page path, query and scene (1001: opened from the chat list). */
export type LaunchOptions = { path: string; query: Record<string, string>; scene: number }

/** What a test can look at after the app ran: the API calls it made, in order. */
export type WxRecord = { calls: { api: string; args: unknown }[] }

/** A phone 375×812 pt (iPhone X class) under a navigation bar and a tab bar. */
const SCREEN = { width: 375, height: 812, statusBar: 44, navBar: 44, tabBar: 83, pixelRatio: 3 }

const ASYNC_APIS = [
  'setNavigationBarTitle',
  'setNavigationBarColor',
  'setBackgroundColor',
  'setBackgroundTextStyle',
  'showToast',
  'hideToast',
  'showLoading',
  'hideLoading',
  'showModal',
  'showActionSheet',
  'stopPullDownRefresh',
  'pageScrollTo',
  'navigateTo',
  'redirectTo',
  'switchTab',
  'reLaunch',
  'navigateBack',
  'showShareMenu',
  'hideShareMenu',
  'updateShareMenu',
  'setClipboardData',
  'getSetting',
  'openSetting',
  'previewImage',
  'saveImageToPhotosAlbum',
  'canvasToTempFilePath',
  'vibrateShort',
  'setStorage',
  'removeStorage',
  'showTabBar',
  'hideTabBar',
  'setTabBarStyle',
  'setTabBarItem',
  'loadFontFace',
]

const LISTENERS = [
  'onAppShow',
  'offAppShow',
  'onAppHide',
  'offAppHide',
  'onError',
  'offError',
  'onUnhandledRejection',
  'offUnhandledRejection',
  'onPageNotFound',
  'offPageNotFound',
  'onThemeChange',
  'offThemeChange',
  'onWindowResize',
  'offWindowResize',
  'onMemoryWarning',
  'onNetworkStatusChange',
  'offNetworkStatusChange',
  'onAudioInterruptionBegin',
  'onAudioInterruptionEnd',
]

/** A selector query that finds no nodes and measures every rect as a full-width line. */
function selectorQuery() {
  const tasks: (() => unknown)[] = []
  const rect = () => ({
    id: '',
    dataset: {},
    left: 0,
    top: 0,
    right: SCREEN.width,
    bottom: 0,
    width: SCREEN.width,
    height: 0,
  })
  const query = {
    in: () => query,
    select: () => fields(false),
    selectAll: () => fields(true),
    selectViewport: () => fields(false),
    exec(cb?: AnyFn) {
      setTimeout(() => cb?.(tasks.map((task) => task())))
      return query
    },
  }
  function fields(all: boolean) {
    const field = (value: () => unknown) => (cb?: AnyFn) => {
      tasks.push(() => {
        const result = all ? [] : value()
        cb?.(result)
        return result
      })
      return query
    }
    return {
      boundingClientRect: field(rect),
      scrollOffset: field(() => ({ id: '', dataset: {}, scrollLeft: 0, scrollTop: 0 })),
      fields: (_fields: unknown, cb?: AnyFn) => field(rect)(cb),
      node: field(() => null),
      context: field(() => null),
    }
  }
  return query
}

/**
 * Builds the stand-in. Only own keys matter: Taro copies `Object.keys(wx)` into `Taro.*` at start-up.
 * Asynchronous APIs succeed on the next timer (network requests fail: there is none).
 */
export function createWx(storage: Map<string, unknown>, launch: LaunchOptions): Record<string, unknown> & WxRecord {
  const calls: WxRecord['calls'] = []
  const asyncApi =
    (api: string, result: Record<string, unknown> = {}, fails = false) =>
    (options: Callbacks = {}) => {
      calls.push({ api, args: options })
      setTimeout(() => {
        const res = { errMsg: `${api}:${fails ? 'fail 模拟环境不支持' : 'ok'}`, ...result }
        ;(fails ? options.fail : options.success)?.(res)
        options.complete?.(res)
      })
    }
  const windowInfo = {
    pixelRatio: SCREEN.pixelRatio,
    screenWidth: SCREEN.width,
    screenHeight: SCREEN.height,
    windowWidth: SCREEN.width,
    windowHeight: SCREEN.height - SCREEN.statusBar - SCREEN.navBar - SCREEN.tabBar,
    statusBarHeight: SCREEN.statusBar,
    safeArea: { left: 0, right: SCREEN.width, top: SCREEN.statusBar, bottom: SCREEN.height - 34, width: SCREEN.width },
  }
  const deviceInfo = { brand: 'iPhone', model: 'iPhone X', system: 'iOS 16.7', platform: 'ios' }
  const appBaseInfo = { SDKVersion: '3.5.0', version: '8.0.50', language: 'zh_CN', theme: 'light', fontSizeSetting: 16 }
  const noop = () => undefined
  // WeChat keeps a copy of what is stored, not the caller's object.
  const copy = (value: unknown) => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as unknown))

  return {
    calls,
    getSystemInfoSync: () => ({ ...windowInfo, ...deviceInfo, ...appBaseInfo, fontSizeScaleFactor: 1 }),
    getSystemInfo: asyncApi('getSystemInfo', { ...windowInfo, ...deviceInfo, ...appBaseInfo }),
    getWindowInfo: () => ({ ...windowInfo }),
    getDeviceInfo: () => ({ ...deviceInfo }),
    getAppBaseInfo: () => ({ ...appBaseInfo }),
    getSystemSetting: () => ({ deviceOrientation: 'portrait' }),
    getAppAuthorizeSetting: () => ({}),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
    getLaunchOptionsSync: () => ({ ...launch, query: { ...launch.query }, referrerInfo: {} }),
    getEnterOptionsSync: () => ({ ...launch, query: { ...launch.query }, referrerInfo: {} }),
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 48, right: 365, bottom: 80, left: 278 }),
    canIUse: () => true,
    nextTick: (fn: AnyFn) => void Promise.resolve().then(fn),
    getStorageSync: (key: string) => (storage.has(key) ? copy(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, copy(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getStorage: asyncApi('getStorage', {}, true),
    createSelectorQuery: selectorQuery,
    createIntersectionObserver: () => {
      const observer = {
        relativeTo: () => observer,
        relativeToViewport: () => observer,
        observe: noop,
        disconnect: noop,
      }
      return observer
    },
    getUpdateManager: () => ({ onCheckForUpdate: noop, onUpdateReady: noop, onUpdateFailed: noop, applyUpdate: noop }),
    getPerformance: () => ({ now: () => Date.now(), createObserver: () => ({ observe: noop, disconnect: noop }) }),
    reportAnalytics: noop,
    request: asyncApi('request', {}, true),
    getNetworkType: asyncApi('getNetworkType', { networkType: 'wifi' }),
    env: { USER_DATA_PATH: 'http://usr' },
    ...Object.fromEntries(LISTENERS.map((name) => [name, noop])),
    ...Object.fromEntries(ASYNC_APIS.map((name) => [name, asyncApi(name)])),
  }
}
