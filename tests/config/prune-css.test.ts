/** @jest-environment node */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { NUTUI_UNMATCHED, NUTUI_UNUSED_KEYFRAMES, pruneCss } from '../../config/prune-css'

const prune = (css: string) => pruneCss(css, NUTUI_UNMATCHED, NUTUI_UNUSED_KEYFRAMES)

describe('pruneCss with the NutUI list', () => {
  test('keeps the Button variants the app uses and drops the others', () => {
    const css = [
      '.nut-button-primary{color:red}',
      '.nut-button-default-outline-disabled{color:gray}',
      '.nut-button-small .nut-icon{width:12px}',
      '.nut-button-danger{color:red}',
      '.nut-button-xlarge .nut-button-text{margin:0}',
      '.nut-button-primary-dashed{border-style:dashed}',
    ].join('')
    expect(prune(css)).toBe(
      '.nut-button-primary{color:red}.nut-button-default-outline-disabled{color:gray}.nut-button-small .nut-icon{width:12px}',
    )
  })

  test('removes only the unmatched selectors of a list', () => {
    expect(prune('.nut-button-default-dashed-disabled,.nut-button-default-outline-disabled{color:gray}')).toBe(
      '.nut-button-default-outline-disabled{color:gray}',
    )
    expect(prune('.nut-searchbar-left > div,.nut-searchbar-left > view{margin:0}')).toBe(
      '.nut-searchbar-left > view{margin:0}',
    )
  })

  test('drops right-to-left rules and their keyframes, keeps the others', () => {
    const css =
      '.nut-rtl .nut-button-text,[dir=rtl] .nut-button-text{margin:0}@keyframes nut-skeleton-rtl{to{opacity:1}}' +
      '@keyframes nut-skeleton{from{transform:translateX(-100%)}to{transform:translateX(100%)}}'
    expect(prune(css)).toBe('@keyframes nut-skeleton{from{transform:translateX(-100%)}to{transform:translateX(100%)}}')
  })

  test('leaves the app’s own rules alone', () => {
    const css = '.news-card__title{font-weight:600}.page.care .choice-group--compact .nut-segmented{gap:4px}'
    expect(prune(css)).toBe(css)
  })
})

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.tsx') ? [full] : []
  })
}

test('no component uses a NutUI Button type, size, fill or shape whose styles the weapp build removes', () => {
  const src = path.resolve(__dirname, '..', '..', 'src')
  const pruned = /^(success|info|danger|warning|xlarge|large|mini|square|dashed)$/
  const used = sourceFiles(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\b(?:type|size|fill|shape)=\{?([^}\n]*)/g)].flatMap((m) =>
      [...m[1].matchAll(/'([a-z]+)'/g)].map((v) => `${path.relative(src, file)}: ${v[1]}`),
    ),
  )
  expect(used.length).toBeGreaterThan(0)
  expect(used.filter((u) => pruned.test(u.split(': ')[1]))).toEqual([])
})
