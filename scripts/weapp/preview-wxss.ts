/**
 * The package's stylesheets as WeChat's view layer would apply them: wcsc (from miniprogram-compiler)
 * compiles every .wxss, and its generated view-layer code turns rpx into px for the device width
 * (floored, 1 rpx at 375 px is 0.5 px on an iPhone) and inserts one <style> per file. That code runs
 * here against a stand-in `window` / `document`, and the CSS it would insert is returned as text.
 */
import { wxssToJs } from 'miniprogram-compiler'

type StyleNode = {
  childNodes: { nodeValue: string }[]
  setAttribute(): void
  appendChild(t: { nodeValue: string }): void
}
type Rewritor = (suffix?: string) => void

/** A phone the rpx unit is converted for: 375 pt wide, pixel ratio 3, iOS (WeChat floors to 0.5 px there). */
export const WXSS_DEVICE = { width: 375, height: 812, pixelRatio: 3, userAgent: 'iPhone WeChat' }

/** Compiles the package's WXSS once; the result gives the CSS text of one file (e.g. app.wxss), or undefined. */
export function compileWxss(packageDir: string, device = WXSS_DEVICE): (file: string) => string | undefined {
  const inserted: StyleNode[] = []
  const document = {
    head: { appendChild: (style: StyleNode) => void inserted.push(style) },
    getElementsByTagName: () => [document.head],
    createElement: (): StyleNode => ({
      childNodes: [],
      setAttribute: () => undefined,
      appendChild(text) {
        this.childNodes.push(text)
      },
    }),
    createTextNode: (nodeValue: string) => ({ nodeValue }),
  }
  const window = { screen: { width: device.width, height: device.height }, devicePixelRatio: device.pixelRatio }
  const navigator = { userAgent: device.userAgent }
  const silent = { warn: () => undefined, error: () => undefined, log: () => undefined }
  const lookup = new Function('window', 'navigator', 'document', 'console', wxssToJs(packageDir))(
    window,
    navigator,
    document,
    silent,
  ) as (file: string) => Rewritor | undefined
  const cache = new Map<string, string | undefined>()
  return (file) => {
    if (cache.has(file)) return cache.get(file)
    const rewrite = lookup(file)
    let css: string | undefined
    if (typeof rewrite === 'function') {
      const before = inserted.length
      rewrite('') // page styles carry no component prefix
      css = inserted
        .slice(before)
        .map((s) => s.childNodes.map((t) => t.nodeValue).join(''))
        .join('\n')
    }
    cache.set(file, css)
    return css
  }
}
