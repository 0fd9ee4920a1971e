/**
 * WeChat's native bars around a page picture: the navigation bar (title and colours of app.json's
 * `window` and the page's JSON) and, on a tab page, the tab bar with its icons. Colours written as
 * `@name` come from theme.json for the light or dark theme, as WeChat resolves them with `darkmode`.
 * WeChat draws these natively; here they are plain elements before and after the page's body.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/ability/darkmode.html
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export type ChromeSpec = {
  title: string
  navBackground: string
  /** `white` or `black`, as navigationBarTextStyle allows. */
  navText: string
  navHeight: number
  tabBar?: {
    height: number
    color: string
    selectedColor: string
    background: string
    /** borderStyle: black or white. */
    border: string
    items: { text: string; icon: string; selected: boolean }[]
  }
}

type Theme = Record<'light' | 'dark', Record<string, string>>
type AppJson = {
  window?: Record<string, string>
  themeLocation?: string
  tabBar?: {
    color?: string
    selectedColor?: string
    backgroundColor?: string
    borderStyle?: string
    list: { pagePath: string; text: string; iconPath?: string; selectedIconPath?: string }[]
  }
}

const readJson = <T>(file: string, fallback: T): T =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback

const dataUrl = (file: string) =>
  existsSync(file) ? `data:image/png;base64,${readFileSync(file).toString('base64')}` : ''

/** The bars WeChat would show around `route` in the given theme. */
export function chromeFor(
  dist: string,
  route: string,
  theme: 'light' | 'dark',
  size: { navBar: number; tabBar: number },
): ChromeSpec {
  const app = readJson<AppJson>(path.join(dist, 'app.json'), {})
  const themes = readJson<Theme>(path.join(dist, app.themeLocation ?? 'theme.json'), { light: {}, dark: {} })
  const resolve = (value: string | undefined, fallback: string) =>
    value?.startsWith('@') ? (themes[theme]?.[value.slice(1)] ?? fallback) : (value ?? fallback)
  const own = readJson<Record<string, string>>(path.join(dist, `${route}.json`), {})
  const window = { ...app.window, ...own }
  const tabs = app.tabBar
  const onTab = tabs?.list.some((t) => t.pagePath.replace(/^\//, '') === route)
  return {
    title: window.navigationBarTitleText ?? '',
    navBackground: resolve(window.navigationBarBackgroundColor, '#000000'),
    navText: resolve(window.navigationBarTextStyle, 'white'),
    navHeight: size.navBar,
    tabBar:
      tabs && onTab
        ? {
            height: size.tabBar,
            color: resolve(tabs.color, '#7a7e83'),
            selectedColor: resolve(tabs.selectedColor, '#3cc51f'),
            background: resolve(tabs.backgroundColor, '#ffffff'),
            border: resolve(tabs.borderStyle, 'black'),
            items: tabs.list.map((t) => {
              const selected = t.pagePath.replace(/^\//, '') === route
              const icon = selected ? (t.selectedIconPath ?? t.iconPath) : t.iconPath
              return { text: t.text, icon: icon ? dataUrl(path.join(dist, icon)) : '', selected }
            }),
          }
        : undefined,
  }
}

/**
 * Runs in the page: puts the bars before and after <body> (children of <html>), so the page's own
 * body styles and layout stay as they are.
 */
export function insertChrome(spec: ChromeSpec) {
  const font = '-apple-system, "PingFang SC", "WenQuanYi Micro Hei", sans-serif'
  const nav = document.createElement('div')
  nav.dataset.previewChrome = 'nav'
  nav.style.cssText = `display:flex;align-items:center;justify-content:center;height:${spec.navHeight}px;background:${spec.navBackground};color:${spec.navText === 'black' ? '#000' : '#fff'};font:600 17px ${font}`
  nav.textContent = spec.title
  document.documentElement.insertBefore(nav, document.body)
  if (!spec.tabBar) return
  const bar = spec.tabBar
  const tabs = document.createElement('div')
  tabs.dataset.previewChrome = 'tabbar'
  const line = bar.border === 'white' ? 'rgba(255,255,255,0.33)' : 'rgba(0,0,0,0.33)'
  tabs.style.cssText = `display:flex;height:${bar.height}px;box-sizing:border-box;padding-bottom:34px;background:${bar.background};border-top:0.5px solid ${line};font:10px ${font}`
  for (const item of bar.items) {
    const cell = document.createElement('div')
    cell.style.cssText = `flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center;color:${item.selected ? bar.selectedColor : bar.color}`
    const icon = document.createElement('img')
    icon.src = item.icon
    icon.style.cssText = 'width:24px;height:24px;display:block'
    const text = document.createElement('span')
    text.textContent = item.text
    text.style.cssText = 'margin-top:2px;line-height:1.4'
    cell.append(icon, text)
    tabs.append(cell)
  }
  document.documentElement.append(tabs)
}
