/**
 * A stand-in for WeChat's `wx` object, enough for the built app to launch, render and answer taps
 * off a phone: the render harness (scripts/perf/weapp-render.ts, simulated time) and the taps
 * harness (tests/weapp/simulate-wx.ts, miniprogram-simulate) both build theirs with it.
 *
 * Only own keys matter: Taro copies `Object.keys(wx)` into `Taro.*` at start-up, so every API the
 * app may call is listed, even if it only needs to exist. Asynchronous APIs succeed on the next
 * timer; network requests and wx.getStorage fail (there is no network, and the app reads storage
 * synchronously).
 */

type AnyFn = (...args: unknown[]) => unknown
type Obj = Record<string, unknown>
type Callbacks = { success?: AnyFn; fail?: AnyFn; complete?: AnyFn }

/** A phone 375×812 pt (iPhone X class) with a navigation bar and a tab bar. */
export const SCREEN = {
  width: 375,
  height: 812,
  statusBar: 44,
  navBar: 44,
  tabBar: 83,
  homeIndicator: 34,
  pixelRatio: 3,
}
/** What is left of the screen for a tab page. */
export const WINDOW_HEIGHT = SCREEN.height - SCREEN.statusBar - SCREEN.navBar - SCREEN.tabBar

/** The launch WeChat reports: page path, query and scene (1001: opened from the chat list). */
export type LaunchOptions = { path: string; query: Record<string, string>; scene: number }

/** Asynchronous APIs that only need to succeed. */
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
  'startPullDownRefresh',
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

/** Event listeners, which never fire here. */
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

export type WxStandInOptions = {
  launch: LaunchOptions
  /** What wx.getStorageSync and the others read and write; the caller owns it across launches. */
  storage: Map<string, unknown>
  /** Runs `fn` on a later turn: the harness's timer (real or simulated). */
  later: (fn: () => void) => void
  /** The time wx.getPerformance().now() reports. */
  now: () => number
  theme?: 'light' | 'dark'
  /** Told of every asynchronous API call (name and options), in order. */
  onCall?: (api: string, options: unknown) => void
  /** What storage keeps of a value set (WeChat keeps a copy); default the value itself. */
  copy?: (value: unknown) => unknown
  /**
   * The node of a selector query for `selector` (e.g. a canvas), or undefined for the default: none
   * for `node`, a full-width line for `fields`.
   */
  nodeOf?: (selector: string) => unknown
}

/** A selector query that measures every rect as a full-width line and finds no nodes but `nodeOf`'s. */
function selectorQuery(later: WxStandInOptions['later'], nodeOf: WxStandInOptions['nodeOf']) {
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
  const scroll = () => ({
    id: '',
    dataset: {},
    scrollLeft: 0,
    scrollTop: 0,
    scrollWidth: SCREEN.width,
    scrollHeight: WINDOW_HEIGHT,
  })
  const query = {
    in: () => query,
    select: (selector: string) => fields(false, selector),
    selectAll: () => fields(true),
    selectViewport: () => fields(false),
    exec(cb?: AnyFn) {
      later(() => cb?.(tasks.map((task) => task())))
      return query
    },
  }
  function fields(all: boolean, selector = '') {
    const node = () => nodeOf?.(selector) ?? null
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
      scrollOffset: field(scroll),
      fields: (options: { node?: boolean } | undefined, cb?: AnyFn) =>
        field(options?.node ? () => node() ?? rect() : rect)(cb),
      node: field(node),
      context: field(() => null),
    }
  }
  return query
}

/** Builds the stand-in; a harness adds or replaces what it needs (canvas, a recorder …). */
export function createWxStandIn(options: WxStandInOptions): Obj {
  const { launch, storage, later, now, onCall, copy = (value: unknown) => value } = options
  const asyncApi =
    (api: string, result: Obj = {}, fails = false) =>
    (callbacks: Callbacks = {}) => {
      onCall?.(api, callbacks)
      later(() => {
        const res = { errMsg: `${api}:${fails ? 'fail 模拟环境不支持' : 'ok'}`, ...result }
        ;(fails ? callbacks.fail : callbacks.success)?.(res)
        callbacks.complete?.(res)
      })
    }
  const noop = () => undefined
  const windowInfo = {
    pixelRatio: SCREEN.pixelRatio,
    screenWidth: SCREEN.width,
    screenHeight: SCREEN.height,
    windowWidth: SCREEN.width,
    windowHeight: WINDOW_HEIGHT,
    statusBarHeight: SCREEN.statusBar,
    safeArea: {
      left: 0,
      right: SCREEN.width,
      top: SCREEN.statusBar,
      bottom: SCREEN.height - SCREEN.homeIndicator,
      width: SCREEN.width,
      height: SCREEN.height - SCREEN.statusBar - SCREEN.homeIndicator,
    },
    screenTop: SCREEN.statusBar + SCREEN.navBar,
  }
  const deviceInfo = {
    brand: 'iPhone',
    model: 'iPhone X',
    system: 'iOS 16.7',
    platform: 'ios',
    benchmarkLevel: 1,
    memorySize: 3072,
  }
  const appBaseInfo = {
    SDKVersion: '3.5.0',
    version: '8.0.50',
    language: 'zh_CN',
    theme: options.theme ?? 'light',
    fontSizeSetting: 16,
    enableDebug: false,
    host: { env: 'WeChat' },
  }
  const launchOptions = () => ({ ...launch, query: { ...launch.query }, referrerInfo: {}, apiCategory: 'default' })

  return {
    getSystemInfoSync: () => ({ ...windowInfo, ...deviceInfo, ...appBaseInfo, fontSizeScaleFactor: 1 }),
    getSystemInfo: asyncApi('getSystemInfo', { ...windowInfo, ...deviceInfo, ...appBaseInfo }),
    getWindowInfo: () => ({ ...windowInfo }),
    getDeviceInfo: () => ({ ...deviceInfo }),
    getAppBaseInfo: () => ({ ...appBaseInfo }),
    getSystemSetting: () => ({
      bluetoothEnabled: false,
      locationEnabled: false,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    }),
    getAppAuthorizeSetting: () => ({}),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
    getLaunchOptionsSync: launchOptions,
    getEnterOptionsSync: launchOptions,
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 48, right: 365, bottom: 80, left: 278 }),
    canIUse: () => true,
    nextTick: (fn: AnyFn) => void Promise.resolve().then(fn),
    getStorageSync: (key: string) => (storage.has(key) ? copy(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, copy(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getStorage: asyncApi('getStorage', {}, true),
    createSelectorQuery: () => selectorQuery(later, options.nodeOf),
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
    getPerformance: () => ({ now, createObserver: () => ({ observe: noop, disconnect: noop }) }),
    reportAnalytics: noop,
    // No network: a feed refresh fails quietly, as when offline.
    request: asyncApi('request', {}, true),
    getNetworkType: asyncApi('getNetworkType', { networkType: 'wifi' }),
    env: { USER_DATA_PATH: 'http://usr' },
    ...Object.fromEntries(LISTENERS.map((name) => [name, noop])),
    ...Object.fromEntries(ASYNC_APIS.map((name) => [name, asyncApi(name)])),
  }
}
