/**
 * H5: the service worker that makes the app work offline after one visit online. Written by
 * Workbox (`generateSW`) into the build as `sw.js`, after scripts/prerender-h5.ts has rewritten
 * index.html, so the precache lists index.html with the revision of the bytes that are served.
 *
 * Precached: index.html (every route of the hash router is this one document), every JS and CSS
 * chunk (the bundled feed's chunk, the chart pages' echarts and zrender included) and any image or
 * font the build emits. Hashed files are cached by name; index.html by the hash of its content.
 *
 * Updates: a new deploy changes index.html's revision and the changed chunks' names, so the browser
 * finds a changed sw.js on the next visit, downloads what changed and takes over at once
 * (skipWaiting and clientsClaim; outdated entries are deleted). The page that is open keeps running
 * its code; the next open or reload is the new version. The feed refreshed from a URL is not cached
 * here: the app keeps its own copy (docs/feed.md).
 *
 * The app registers it 10 s after the load event, when the main thread is idle (src/utils/service-worker.h5.ts).
 * weapp has no service worker: nothing of this is in its build.
 */
import path from 'node:path'
// Workbox's build API rather than its webpack plugin: the plugin would write the precache before
// the prerender step rewrites index.html.
import { generateSW } from 'workbox-build'

/** The file name, beside index.html; the app registers `./${SERVICE_WORKER_FILE}`. */
export const SERVICE_WORKER_FILE = 'sw.js'

/** What is precached, relative to the build folder. */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,png,jpg,jpeg,gif,webp,svg,ico,woff,woff2}']

/** Files whose name carries an 8-digit content hash (config/index.ts, h5.output): their name is their revision. */
const HASHED = /\.[0-9a-f]{8}\.(js|css|png|jpe?g|gif|webp|svg|woff2?)$/

/** Writes `sw.js` into `dist` (the finished H5 build); resolves to its size and what it precaches. */
export async function writeServiceWorker(dist: string): Promise<{ count: number; size: number; file: string }> {
  const file = path.join(dist, SERVICE_WORKER_FILE)
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: PRECACHE_PATTERNS,
    swDest: file,
    dontCacheBustURLsMatching: HASHED,
    // echarts is the largest chunk (about 400 KB unzipped); keep a margin, never drop a chunk silently.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Every route is a hash of index.html; a navigation offline (a reload, a shared link) gets it.
    navigateFallback: 'index.html',
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    disableDevLogs: true,
  })
  if (warnings.length) throw new Error(`service worker: ${warnings.join('; ')}`)
  return { count, size, file }
}
