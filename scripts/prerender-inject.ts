/**
 * The parts of scripts/prerender-h5.ts that only edit text: the inline switch and the edit of
 * index.html (separate so that tests can load them without a browser).
 */
import { JSDOM } from 'jsdom'
import { PERSIST_KEY } from '../src/store/persisted'

const MARK = '<!-- home snapshot -->'

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

/** A piece of `html` to replace: [start, end) in its text. */
type Edit = { start: number; end: number; by: string }
/** Where an element stands in the text: its start, its end, and where its end tag starts. */
type Place = { start: number; end: number; endTag: number }

/**
 * Reads `html` with an HTML parser (jsdom's, which keeps each element's place in the text) and
 * applies the edits that `plan` returns to the text itself: everything else stays byte for byte,
 * and what goes in is taken literally.
 */
function editHtml(html: string, plan: (document: Document, place: (el: Element) => Place) => Edit[]): string {
  const dom = new JSDOM(html, { includeNodeLocations: true })
  const place = (el: Element): Place => {
    // An element's place has its end tag's too (parse5's ElementLocation).
    const at = dom.nodeLocation(el) as {
      startOffset: number
      endOffset: number
      endTag?: { startOffset: number }
    } | null
    if (!at) throw new Error(`no place in the text for <${el.localName}>`)
    return { start: at.startOffset, end: at.endOffset, endTag: at.endTag?.startOffset ?? at.endOffset }
  }
  const edits = plan(dom.window.document, place).sort((x, y) => y.start - x.start)
  return edits.reduce((out, e) => out.slice(0, e.start) + e.by + out.slice(e.end), html)
}

/** `value` as an attribute's text between double quotes. */
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

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
  return editHtml(html, (document, place) => {
    const shell = document.querySelector('div#boot[role="status"]')
    if (!shell) throw new Error('index.html has no loading shell (<div id="boot" role="status">)')
    const entryCss = [...document.querySelectorAll('link[rel="stylesheet"][href$=".css"]')]
    const routeCss = [...document.querySelectorAll('link[rel="preload"][as="style"][fetchpriority="low"]')]
    if (entryCss.length !== 1 || routeCss.length === 0) {
      throw new Error("index.html no longer links one entry stylesheet and preloads the home route's")
    }
    // No url() in our CSS but data: URIs, so the rules read the same from index.html.
    const inline = (link: Element) => {
      const href = link.getAttribute('href')!
      return `<style data-href="${attribute(href)}">${readCss(href).replace(/<\/style/gi, () => '<\\/style')}</style>`
    }
    const copy = `${MARK}<div class="boot-snapshot" aria-hidden="true" inert>${snapshot}</div>`
    const end = place(shell).endTag
    return [
      { ...place(entryCss[0]), by: [entryCss[0], ...routeCss].map(inline).join('') },
      ...routeCss.map((link) => ({ ...place(link), by: '' })),
      { start: end, end, by: `${snapshotSwitch(persistKey)}${copy}` },
    ]
  })
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
  return editHtml(html, (document, place) => {
    if (document.getElementById(AFTER_PAINT_ID))
      throw new Error('index.html already starts its preloads after the paint')
    const links = [...document.querySelectorAll('link[rel="preload"][as="script"][fetchpriority="low"]')].map(place)
    if (links.length === 0) throw new Error("index.html no longer preloads the home route's scripts")
    const texts = links.map((at) => html.slice(at.start, at.end)).join('')
    const template = `<template id="${AFTER_PAINT_ID}">${texts}</template>${afterPaintStarter()}`
    return links.map((at, i) => ({ ...at, by: i === links.length - 1 ? template : '' }))
  })
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
