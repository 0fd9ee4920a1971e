/**
 * Turns the virtual DOM that wcc's `$gwx(page)(data)` returns (WeChat's built-in components: wx-view,
 * wx-text, wx-button …) into plain HTML elements that keep their class and style, plus a stylesheet
 * that approximates the built-in components' own styles (WeChat's WebView ships them; they are not
 * in the package). Canvases become images of what was drawn on them.
 */

/** One node of wcc's virtual DOM: a text string or an element with its evaluated attributes. */
export type VNode = string | { tag: string; attr?: Record<string, unknown>; children?: VNode[] }

export type HtmlOptions = {
  /** PNG data URL of what was drawn on the canvas with this id; undefined leaves its box empty. */
  canvasImage?: (id: string) => string | undefined
  /** Turns an image `src` of the package (e.g. /assets/x.png) into a URL the browser can load. */
  imageSrc?: (src: string) => string
  /**
   * Renders a custom component of the package (Taro's `comp` for subtrees deeper than its templates,
   * `custom-wrapper`) with its properties; undefined when the tag is no component.
   */
  component?: (tag: string, properties: Record<string, unknown>) => VNode | undefined
}

export type HtmlResult = {
  html: string
  /** Tags this converter has no mapping for (rendered as a div). */
  unknownTags: string[]
  /** Canvas ids in document order, with the class of the element around each. */
  canvases: { id: string; parentClass: string }[]
}

/** Custom components of Taro's that have no element of their own (`virtualHost`). */
const VIRTUAL_HOSTS = new Set(['wx-comp'])

/** WeChat component → HTML element. `''` renders only the children (block, virtual). */
const ELEMENT: Record<string, string> = {
  'wx-page': '',
  'wx-block': '',
  virtual: '',
  'wx-view': 'div',
  'wx-cover-view': 'div',
  'wx-scroll-view': 'div',
  'wx-swiper': 'div',
  'wx-swiper-item': 'div',
  'wx-text': 'span',
  'wx-icon': 'span',
  'wx-label': 'label',
  'wx-navigator': 'a',
  'wx-button': 'button',
  'wx-input': 'div',
  'wx-textarea': 'textarea',
  'wx-image': 'img',
  'wx-canvas': 'img',
  'wx-rich-text': 'div',
  'wx-progress': 'div',
}
const VOID = new Set(['img'])

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;')
const str = (v: unknown) => (v === undefined || v === null || v === false ? '' : String(v))
/** WXML's boolean attributes arrive as true/false or as strings ("false" is false). */
const truthy = (v: unknown) => v === true || (typeof v === 'string' && v !== '' && v !== 'false')

/** Converts one page's virtual DOM to HTML (the body's content: WeChat's `page` is the body). */
export function vdomToHtml(root: VNode, opts: HtmlOptions = {}): HtmlResult {
  const unknownTags = new Set<string>()
  const canvases: HtmlResult['canvases'] = []
  const render = (node: VNode, parentClass: string): string => {
    if (typeof node === 'string') return escapeText(node)
    const attr = node.attr ?? {}
    const own = ELEMENT[node.tag] === undefined ? opts.component?.(node.tag, attr) : undefined
    const kids = own === undefined ? (node.children ?? []) : [own]
    const children = kids.map((c) => render(c, str(attr.class))).join('')
    if (own !== undefined && VIRTUAL_HOSTS.has(node.tag)) return children
    const mapped = own === undefined ? ELEMENT[node.tag] : 'div'
    if (mapped === '') return children
    if (mapped === undefined) unknownTags.add(node.tag)
    const element = mapped ?? 'div'
    const name = node.tag.replace(/^wx-/, '')
    const attrs: [string, string][] = [['data-wx', name]]
    const add = (key: string, value: unknown) => {
      const s = str(value)
      if (s !== '') attrs.push([key, s])
    }
    add('class', attr.class)
    add('id', attr.id)
    let style = str(attr.style)
    if (truthy(attr.hidden)) style = `${style};display:none`
    switch (node.tag) {
      case 'wx-button':
        attrs.push(['type', 'button'])
        add('data-type', attr.type)
        add('data-size', attr.size)
        if (truthy(attr.plain)) attrs.push(['data-plain', ''])
        if (truthy(attr.disabled)) attrs.push(['disabled', ''])
        break
      case 'wx-input': {
        // WeChat's input is an element of its own around the text or the placeholder, which its
        // class (NutUI makes it a flex box) can centre; a native <input> would not follow that.
        const value = str(attr.value)
        const shown = value
          ? `<span data-wx-value>${escapeText(truthy(attr.password) ? '•'.repeat(value.length) : value)}</span>`
          : `<span data-wx-placeholder class="${escapeAttr(str(attr.placeholderClass) || 'input-placeholder')}" style="${escapeAttr(str(attr.placeholderStyle))}">${escapeText(str(attr.placeholder))}</span>`
        if (truthy(attr.disabled)) attrs.push(['data-disabled', ''])
        add('style', style)
        return `<div${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>${shown}</div>`
      }
      case 'wx-image':
        add('src', opts.imageSrc ? opts.imageSrc(str(attr.src)) : attr.src)
        add('data-mode', attr.mode || 'scaleToFill')
        break
      case 'wx-canvas': {
        const id = str(attr.id || attr.canvasId)
        canvases.push({ id, parentClass })
        attrs.push(['data-canvas-id', id])
        add('src', opts.canvasImage?.(id))
        break
      }
    }
    add('style', style)
    const open = `<${element}${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>`
    if (VOID.has(element)) return open
    return `${open}${children}</${element}>`
  }
  return { html: render(root, ''), unknownTags: [...unknownTags], canvases }
}

/**
 * Approximations of the styles WeChat's WebView gives its built-in components (their names in the
 * WXSS become these elements). Zero specificity (`:where`), as WeChat's own tag rules lose to any
 * class of the package. https://developers.weixin.qq.com/miniprogram/dev/component/
 */
export const BUILTIN_CSS = `
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-size: 16px; }
:where([data-wx]) { box-sizing: border-box; }
:where([data-wx=view], [data-wx=scroll-view], [data-wx=swiper], [data-wx=swiper-item], [data-wx=rich-text], [data-wx=cover-view]) { display: block; }
:where([data-wx=scroll-view]) { overflow: auto; }
:where([data-wx=custom-wrapper]) { display: inline; }
:where([data-wx=text]) { display: inline; white-space: pre-line; user-select: none; }
:where([data-wx=navigator]) { display: block; color: inherit; text-decoration: none; }
:where([data-wx=image]) { display: inline-block; width: 320px; height: 240px; overflow: hidden; object-fit: fill; }
:where([data-wx=image][data-mode=aspectFit]) { object-fit: contain; }
:where([data-wx=image][data-mode=aspectFill]) { object-fit: cover; }
:where([data-wx=image][data-mode=widthFix]) { height: auto; }
:where([data-wx=image][data-mode=heightFix]) { width: auto; }
:where([data-wx=canvas]) { display: block; width: 300px; height: 150px; }
:where([data-wx=input]) { display: block; height: 1.4rem; min-height: 1.4rem; overflow: hidden; text-overflow: clip; white-space: nowrap; }
:where([data-wx-placeholder]) { color: #808080; }
:where([data-wx=button]) { position: relative; display: block; margin-left: auto; margin-right: auto; padding: 0 14px; font: inherit; font-size: 18px; line-height: 2.55555556; text-align: center; text-decoration: none; border: 0; border-radius: 5px; overflow: hidden; color: #000; background-color: #f8f8f8; -webkit-appearance: none; appearance: none; }
:where([data-wx=button])::after { content: " "; position: absolute; top: 0; left: 0; width: 200%; height: 200%; border: 1px solid rgba(0, 0, 0, 0.2); border-radius: 10px; transform: scale(0.5); transform-origin: 0 0; box-sizing: border-box; pointer-events: none; }
:where([data-wx=button][data-type=primary]) { color: #fff; background-color: #07c160; }
:where([data-wx=button][data-type=warn]) { color: #fff; background-color: #e64340; }
:where([data-wx=button][data-size=mini]) { display: inline-block; padding: 0 1.34em; font-size: 13px; line-height: 2.3; }
:where([data-wx=button][disabled]) { opacity: 0.6; }
`
