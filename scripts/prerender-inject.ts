/**
 * The parts of scripts/prerender-h5.ts that only edit text: the inline switch and the edit of
 * index.html (separate so that tests can load them without a browser).
 */
import { PERSIST_KEY } from '../src/store/persisted'

const MARK = '<!-- home snapshot -->'

/**
 * `text` with the first `find` replaced by `by`, taken literally: a replacement string would read
 * `$&`, `` $` `` and `$'` in a feed title as patterns and paste parts of index.html into it.
 */
function replaceOnce(text: string, find: string, by: string): string {
  return text.replace(find, () => by)
}

/**
 * The inline script that turns the copy on (ES5: it runs before any of our code). It stands in the
 * shell before the copy, so the choice is made before any of the copy is parsed: a paint while the
 * page is still arriving shows the top of the copy, never the loading line first. The care offer
 * is hidden by a class (`snapshot--answered`) for the same reason: it is not parsed yet.
 */
export function snapshotSwitch(persistKey: string): string {
  return `<script>
;(function () {
  var boot = document.getElementById('boot')
  var route = location.hash.replace(/\\?.*$/, '')
  if (!boot || (route && route !== '#/' && route !== '#/pages/index/index')) return
  var saved = {}
  try {
    var raw = localStorage.getItem(${JSON.stringify(persistKey)})
    if (raw) saved = JSON.parse(JSON.parse(raw).data).state || {}
  } catch (e) {
    return
  }
  if (saved.careMode) return
  boot.className = saved.careOffered ? 'snapshot snapshot--answered' : 'snapshot'
})()
</script>`
}

/**
 * index.html with `snapshot` (the home page's markup) in its loading shell, and the stylesheets the
 * copy needs (the entry's, and those it preloads for the home route) inlined in their place, so
 * that nothing stands between the HTML and its first paint. Each inlined sheet keeps its address
 * in `data-href`, by which webpack's CSS loading (mini-css-extract) knows it is there already.
 */
export function injectSnapshot(
  html: string,
  snapshot: string,
  readCss: (href: string) => string,
  persistKey = PERSIST_KEY,
): string {
  if (html.includes(MARK)) throw new Error('index.html already holds a snapshot: rebuild first')
  const shell = html.match(/<div id="boot" role="status">[\s\S]*?<\/div>/)
  if (!shell) throw new Error('index.html has no loading shell (<div id="boot" role="status">)')
  const entryCss = [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet">/g)]
  const routeCss = [...html.matchAll(/<link rel="preload" as="style" href="([^"]+)" fetchpriority="low">/g)]
  if (entryCss.length !== 1 || routeCss.length === 0) {
    throw new Error("index.html no longer links one entry stylesheet and preloads the home route's")
  }
  // No url() in our CSS but data: URIs, so the rules read the same from index.html.
  const inline = (href: string) =>
    `<style data-href="${href}">${readCss(href).replace(/<\/style/gi, () => '<\\/style')}</style>`
  const styles = [entryCss[0][1], ...routeCss.map((m) => m[1])].map(inline).join('')
  const copy = `${MARK}<div class="boot-snapshot" aria-hidden="true" inert>${snapshot}</div>`
  const withoutPreloads = routeCss.reduce((out, m) => replaceOnce(out, m[0], ''), html)
  const shellWithCopy = shell[0].replace(/<\/div>$/, () => `${snapshotSwitch(persistKey)}${copy}</div>`)
  return replaceOnce(replaceOnce(withoutPreloads, entryCss[0][0], styles), shell[0], shellWithCopy)
}

/** The `<template>` that holds the home route's preloads until the first paint. */
const AFTER_PAINT_ID = 'preload-after-paint'

/** How long the route's preloads wait for the first contentful paint before they start anyway. */
export const FIRST_PAINT_WAIT_MS = 500

/**
 * index.html with the home route's script preloads (config/preload-first-route.ts) started once
 * the first screen has painted, instead of with the HTML. They are needed only after the entry
 * has run, which it does after that paint; on a slow connection the entry scripts fill the line
 * until then, and on a fast one everything has arrived long before it is needed. What changes is
 * that nothing but the HTML and the entry scripts is in flight before the copy's first paint (a
 * 2-core machine loads all of them before Chromium's first frame, so Lighthouse's simulation of a
 * phone counted every byte before the copy could paint).
 *
 * The links stay in index.html, inert in a `<template>` (the size report still counts them), and
 * a small script adds them when the first contentful paint is reported, or after
 * FIRST_PAINT_WAIT_MS where it is not (a tab in the background, a browser without paint timing).
 */
export function preloadAfterFirstPaint(html: string): string {
  if (html.includes(`id="${AFTER_PAINT_ID}"`)) throw new Error('index.html already starts its preloads after the paint')
  const links = [...html.matchAll(/<link rel="preload" as="script" href="[^"]+" fetchpriority="low">/g)]
  if (links.length === 0) throw new Error("index.html no longer preloads the home route's scripts")
  const template = `<template id="${AFTER_PAINT_ID}">${links.map((m) => m[0]).join('')}</template>${afterPaintStarter()}`
  const last = links[links.length - 1]
  const others = links.slice(0, -1).reduce((out, m) => replaceOnce(out, m[0], ''), html)
  return replaceOnce(others, last[0], template)
}

/** The inline script that adds the template's links after the first contentful paint (ES5). */
export function afterPaintStarter(): string {
  return `<script>
;(function () {
  var template = document.getElementById(${JSON.stringify(AFTER_PAINT_ID)})
  // Without <template> its links are live elements and were fetched with the page.
  if (!template || !template.content) return
  var started = false
  function start() {
    if (started) return
    started = true
    document.head.appendChild(template.content.cloneNode(true))
  }
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || []
  if (types.indexOf('paint') < 0) return start()
  new PerformanceObserver(function (list, observer) {
    if (!list.getEntriesByName('first-contentful-paint').length) return
    observer.disconnect()
    start()
  }).observe({ type: 'paint', buffered: true })
  setTimeout(start, ${FIRST_PAINT_WAIT_MS})
})()
</script>`
}
