/**
 * The theme tokens (src/theme/tokens.ts) and the copies that must stay literal because they are
 * read before any script: the stylesheet's variables (src/app.scss), theme.json (WeChat's bars) and
 * index.html's address-bar colour and loading shell. And one list of fonts with Chinese glyphs in
 * the three places that name it: the app's stylesheet, the loading shell and the canvas text of
 * posters and H5 charts. tests/browser/startup.test.mjs checks the page really uses it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  BRAND_RED,
  BRAND_RED_DARK,
  CARD_BACKGROUND,
  CJK_FONT_FAMILY,
  FILL_BLUE,
  FILL_GREEN,
  PAGE_BACKGROUND,
  TEXT_COLOR,
  TEXT_MUTED,
} from '@/theme/tokens'

const ROOT = path.resolve(__dirname, '..', '..')
/** Family names as written in a font-family value, without quotes or whitespace. */
const families = (value: string) => value.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''))
const CSS_ONLY = ['-apple-system', 'BlinkMacSystemFont']

test('the canvas list names a Chinese font for each platform and ends with the generic family', () => {
  const list = families(CJK_FONT_FAMILY)
  for (const font of ['PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei']) {
    expect(list).toContain(font)
  }
  expect(list.at(-1)).toBe('sans-serif')
  expect(list.filter((f) => CSS_ONLY.includes(f))).toEqual([])
})

test("the app's stylesheet and the loading shell name the same list after the CSS-only system fonts", () => {
  const expected = [...CSS_ONLY, ...families(CJK_FONT_FAMILY)]
  const scss = readFileSync(path.join(ROOT, 'src', 'app.scss'), 'utf8')
  const app = scss.match(/^ {2}font-family:([^;]+);/m)
  expect(app).not.toBeNull()
  expect(families(app![1])).toEqual(expected)

  const html = readFileSync(path.join(ROOT, 'src', 'index.html'), 'utf8')
  const boot = html.match(/#boot \{[^}]*font:\s*16px\/1\.6([^;]+);/)
  expect(boot).not.toBeNull()
  expect(families(boot![1])).toEqual(expected)
})

/** The value of `--name` in the first rule of app.scss that sets it (the light :root block). */
function scssVariable(scss: string, name: string): string {
  const found = scss.match(new RegExp(`^\\s*--${name}:\\s*([^;]+);`, 'm'))
  if (!found) throw new Error(`--${name} is not set in src/app.scss`)
  return found[1].trim()
}

test('the brand reds are written once in the stylesheet and every other red names them', () => {
  const scss = readFileSync(path.join(ROOT, 'src', 'app.scss'), 'utf8')
  expect(scssVariable(scss, 'app-red-fill').toLowerCase()).toBe(BRAND_RED)
  expect(scssVariable(scss, 'app-red-dark-fill').toLowerCase()).toBe(BRAND_RED_DARK)
  for (const name of ['app-red', 'nutui-brand-6', 'nutui-color-primary', 'nutui-tabs-tab-line-color']) {
    expect([name, scssVariable(scss, name)]).toEqual([name, expect.stringMatching(/^var\(--app-red(-dark)?-fill\)$/)])
  }
  const literals = (text: string, hex: string) => text.toLowerCase().split(hex).length - 1
  expect(literals(scss, BRAND_RED)).toBe(1)
  expect(literals(scss, BRAND_RED_DARK)).toBe(1)
})

test("theme.json (WeChat's light and dark bars, H5's through app.config.ts) uses the tokens' reds and backgrounds", () => {
  const theme = JSON.parse(readFileSync(path.join(ROOT, 'src', 'theme.json'), 'utf8')) as Record<
    'light' | 'dark',
    Record<string, string>
  >
  expect(theme.light.navBg).toBe(BRAND_RED)
  expect(theme.light.tabSelected).toBe(BRAND_RED)
  expect(theme.dark.navBg).toBe(BRAND_RED_DARK)
  expect(theme.light.bg).toBe(PAGE_BACKGROUND)
  expect(theme.light.tabColor).toBe(TEXT_MUTED)
  expect(theme.light.tabBg).toBe(CARD_BACKGROUND)
  const scss = readFileSync(path.join(ROOT, 'src', 'app.scss'), 'utf8')
  expect(scssVariable(scss, 'app-bg')).toBe(PAGE_BACKGROUND)
  expect(scssVariable(scss, 'app-card')).toBe(CARD_BACKGROUND)
  expect(scssVariable(scss, 'app-text')).toBe(TEXT_COLOR)
  expect(scssVariable(scss, 'app-text-2')).toBe(TEXT_MUTED)
  expect(scssVariable(scss, 'app-green-fill')).toBe(FILL_GREEN)
  expect(scssVariable(scss, 'app-blue-fill')).toBe(FILL_BLUE)
})

test("index.html's colours before the stylesheet arrives are the tokens' (address bar, loading shell)", () => {
  const html = readFileSync(path.join(ROOT, 'src', 'index.html'), 'utf8')
  expect(html).toContain(`<meta name="theme-color" content="${BRAND_RED}" />`)
  // The favicon's tile: `#` is escaped as %23 inside its data: URL.
  expect(html).toContain(`fill='%23${BRAND_RED.slice(1)}'`)
  const rule = (selector: string, from = 0) => {
    const start = html.indexOf(`${selector} {`, from)
    expect(start).toBeGreaterThanOrEqual(0)
    return html.slice(start, html.indexOf('}', start))
  }
  expect(rule('#boot')).toContain(`background: ${PAGE_BACKGROUND};`)
  expect(rule('#boot')).toContain(`color: ${TEXT_MUTED};`)
  expect(rule('#boot h1')).toContain(`background: ${BRAND_RED};`)
  const dark = html.indexOf('@media (prefers-color-scheme: dark)')
  expect(dark).toBeGreaterThan(0)
  expect(rule('#boot h1', dark)).toContain(`background: ${BRAND_RED_DARK};`)
  const reds = html.toLowerCase().split(BRAND_RED.slice(1)).length - 1
  expect(reds).toBe(3) // theme-color, the favicon and the shell's title bar
})
