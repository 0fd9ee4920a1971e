/**
 * H5, imported once by app.ts: registers the service worker that keeps the app usable offline
 * (config/service-worker.ts writes it into the production build), and turns a page chunk that
 * could not be loaded into a message with a retry instead of a blank page.
 *
 * Registration waits for the load event, then for the first screen to settle (SETTLE_MS) and an
 * idle moment. Installing downloads and stores about 1.6 MB and has the browser compile the cached
 * scripts: measured with Lighthouse (4× CPU), doing that right after load added about 300 ms of
 * blocking time to the home page, work that landed on the resident's first taps. Later, it runs
 * while they read. A return visit is already controlled: the browser checks sw.js for updates on
 * its own when the page opens. The dev server has no service worker (its files change on every
 * save); weapp has its own plain module.
 */

const SERVICE_WORKER_URL = './sw.js'

/** After load: the first screen's work and the resident's first look, before any download of ours. */
const SETTLE_MS = 10_000

function registerWhenSettled(): void {
  const register = () => {
    navigator.serviceWorker.register(SERVICE_WORKER_URL).catch(() => {
      // Not allowed here (plain http on another host, private mode…): the app works online as before.
    })
  }
  const whenIdle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(register, { timeout: 5000 }) : register()
  const afterLoad = () => setTimeout(whenIdle, SETTLE_MS)
  if (document.readyState === 'complete') afterLoad()
  else window.addEventListener('load', afterLoad, { once: true })
}

/** webpack's error for a script chunk, mini-css-extract's for a stylesheet chunk. */
function isChunkLoadError(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false
  return (
    reason.name === 'ChunkLoadError' ||
    (reason as { code?: unknown }).code === 'CSS_CHUNK_LOAD_FAILED' ||
    /^Loading (CSS )?chunk \S+ failed/.test(reason.message)
  )
}

const NOTICE_ID = 'chunk-error'

/**
 * Taro's H5 router loads a page's code when it is opened and rethrows a failed load (an unhandled
 * rejection) with the previous page gone: cover the screen with what happened and a retry. A
 * reload starts the route again: with the service worker in place it is served from the cache.
 */
function showChunkError(): void {
  if (document.getElementById(NOTICE_ID)) return
  const notice = document.createElement('div')
  notice.id = NOTICE_ID
  notice.setAttribute('role', 'alert')
  notice.style.cssText =
    'position:fixed;inset:0;z-index:10000;display:flex;flex-direction:column;align-items:center;' +
    'justify-content:center;gap:16px;padding:32px;text-align:center;font-size:18px;line-height:1.6;' +
    'background:var(--app-bg,#fff);color:var(--app-text,#1f1f1f)'
  const title = document.createElement('strong')
  title.textContent = '这一页没有载入'
  const text = document.createElement('p')
  text.style.margin = '0'
  text.textContent = navigator.onLine ? '可能是网络不稳，或者应用刚刚更新。' : '已离线，这一页还没有存到本机。'
  const retry = document.createElement('button')
  retry.type = 'button'
  retry.textContent = '重试'
  retry.style.cssText =
    'min-width:120px;min-height:44px;font-size:18px;border:0;border-radius:22px;color:#fff;background:var(--app-red-fill,#c8161d)'
  retry.addEventListener('click', () => window.location.reload())
  notice.append(title, text, retry)
  document.body.append(notice)
}

if (process.env.NODE_ENV === 'production' && typeof navigator !== 'undefined' && 'serviceWorker' in navigator)
  registerWhenSettled()

if (typeof window !== 'undefined')
  window.addEventListener('unhandledrejection', (event) => {
    if (isChunkLoadError(event.reason)) showChunkError()
  })
