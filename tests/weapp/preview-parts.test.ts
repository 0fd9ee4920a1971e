/**
 * The parts of the weapp page pictures (npm run preview:weapp): WeChat's rpx conversion, the
 * built-in components as HTML, and a picture check that fails when a page shows its error state.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { previewWeappPages } from '../../scripts/weapp/preview'
import { vdomToHtml, type VNode } from '../../scripts/weapp/preview-html'
import { previewPages } from '../../scripts/weapp/preview-pages'
import { compileWxss } from '../../scripts/weapp/preview-wxss'
import { weappPackageDir } from '../../scripts/weapp/package-dir'
import { PACKAGE_FILES } from '../../config/package-files'

const temp: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'weapp-preview-'))
  temp.push(dir)
  return dir
}
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

test('WXSS is styled as on a 375 pt iPhone: rpx halved and floored, `page` is the body', () => {
  const dir = tempDir()
  mkdirSync(path.join(dir, 'pages', 'a'), { recursive: true })
  writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['pages/a/index'] }))
  writeFileSync(path.join(dir, 'app.wxss'), 'page{color:red}.x{width:750rpx;margin:1rpx;padding:25rpx}')
  writeFileSync(path.join(dir, 'pages', 'a', 'index.wxss'), '.y{height:100rpx}')
  writeFileSync(path.join(dir, 'pages', 'a', 'index.wxml'), '<view class="y"/>')
  writeFileSync(path.join(dir, 'pages', 'a', 'index.json'), '{}')
  const css = compileWxss(dir)
  expect(css('app.wxss')).toMatch(/^body\{color:red/)
  expect(css('app.wxss')).toMatch(/\.x\{width:375px;.*margin:0\.5px;.*padding:12px/)
  expect(css('pages/a/index.wxss')).toMatch(/\.y\{height:50px/)
  expect(css('pages/b/index.wxss')).toBeUndefined()
})

test('built-in components become HTML elements that keep their class and style', () => {
  const vdom: VNode = {
    tag: 'wx-page',
    children: [
      {
        tag: 'wx-view',
        attr: { class: 'card', style: 'color:blue', id: '_A' },
        children: [
          { tag: 'wx-text', attr: { class: 't' }, children: ['1 < 2 & "3"'] },
          { tag: 'wx-button', attr: { class: 'b', type: 'primary', disabled: true }, children: ['保存'] },
          { tag: 'wx-input', attr: { class: 'i', placeholder: '搜索', value: '' } },
          { tag: 'wx-canvas', attr: { id: 'chart-1', style: 'height:200px' } },
          { tag: 'wx-comp', attr: { i: { nn: 'x' } } },
          { tag: 'wx-marquee', attr: {}, children: ['?'] },
        ],
      },
    ],
  }
  const { html, unknownTags, canvases } = vdomToHtml(vdom, {
    canvasImage: (id) => (id === 'chart-1' ? 'data:image/png;base64,AAAA' : undefined),
    component: (tag) => (tag === 'wx-comp' ? { tag: 'wx-view', attr: { class: 'deep' }, children: ['深'] } : undefined),
  })
  expect(html).toContain('<div data-wx="view" class="card" id="_A" style="color:blue">')
  expect(html).toContain('<span data-wx="text" class="t">1 &lt; 2 &amp; "3"</span>')
  expect(html).toMatch(
    /<button data-wx="button" class="b" type="button" data-type="primary" disabled="">保存<\/button>/,
  )
  expect(html).toContain('<span data-wx-placeholder class="input-placeholder" style="">搜索</span>')
  expect(html).toContain(
    '<img data-wx="canvas" id="chart-1" data-canvas-id="chart-1" src="data:image/png;base64,AAAA" style="height:200px">',
  )
  // Taro's comp has no element of its own: its template's nodes sit in the parent.
  expect(html).toContain('style="height:200px"><div data-wx="view" class="deep">深</div><div')
  expect(unknownTags).toEqual(['wx-marquee'])
  expect(canvases).toEqual([{ id: 'chart-1', parentClass: 'card' }])
})

test('a page that shows its error state fails the picture check', async () => {
  // The upload that issue 14 found: the bundled feed dropped, so every tab shows 数据没有载入.
  const dir = tempDir()
  cpSync(weappPackageDir(), dir, { recursive: true })
  rmSync(path.join(dir, PACKAGE_FILES.feed.file))
  const home = previewPages().filter((p) => p.name === 'home')
  const [shot] = await previewWeappPages({ distDir: dir, outDir: tempDir(), pages: home, modes: ['light'] })
  expect(shot.problems).toContain('页面显示“数据没有载入”')
}, 120_000)
