/**
 * One list of fonts with Chinese glyphs (src/theme/tokens.ts) in the three places that name it: the
 * app's stylesheet, index.html's loading shell (drawn before that stylesheet arrives) and the canvas
 * text of posters and H5 charts. tests/browser/startup.test.mjs checks the page really uses it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CJK_FONT_FAMILY } from '@/theme/tokens'

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
