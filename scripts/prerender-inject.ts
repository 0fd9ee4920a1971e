/**
 * The parts of scripts/prerender-h5.ts that only edit text: the inline switch and the edit of
 * index.html (separate so that tests can load them without a browser).
 */
import { PERSIST_KEY } from '../src/store/persisted'

const MARK = '<!-- home snapshot -->'

/** The inline script that turns the copy on (ES5: it runs before any of our code). */
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
  var offer = boot.querySelector('.care-offer')
  if (saved.careOffered && offer) offer.parentNode.removeChild(offer)
  boot.className = 'snapshot'
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
    `<style data-href="${href}">${readCss(href).replace(/<\/style/gi, '<\\/style')}</style>`
  const styles = [entryCss[0][1], ...routeCss.map((m) => m[1])].map(inline).join('')
  const copy = `${MARK}<div class="boot-snapshot" aria-hidden="true" inert>${snapshot}</div>`
  return routeCss
    .reduce((out, m) => out.replace(m[0], ''), html)
    .replace(entryCss[0][0], styles)
    .replace(shell[0], shell[0].replace(/<\/div>$/, `${copy}</div>${snapshotSwitch(persistKey)}`))
}
