/**
 * npm run compile:weapp on tiny mini programs built in a temp folder: WeChat's compiler
 * (miniprogram-ci) drops a subpackage file that app.js loads with a computed require.async path,
 * and the check fails on it; with the literal path the file is uploaded and the check passes.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { missingLoads, requireCalls, type PackageFiles } from '../../scripts/weapp/compile'

const ROOT = path.resolve(__dirname, '..', '..')
/** One compile takes 10–45 s on the 2-core build machine (WeChat's compiler starts a worker). */
const COMPILE_MS = 240_000
const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A project as this repo lays it out (the mini program under a subfolder) with the given app.js. */
function fixture(appJs: string): { project: string; out: string } {
  const project = mkdtempSync(path.join(os.tmpdir(), 'compile-check-'))
  temps.push(project)
  const files: Record<string, string> = {
    'project.config.json': JSON.stringify({
      appid: 'touristappid',
      compileType: 'miniprogram',
      miniprogramRoot: 'mp/',
      setting: { es6: false, enhance: false, minified: false, postcss: false, ignoreUploadUnusedFiles: true },
    }),
    'mp/app.json': JSON.stringify({
      pages: ['pages/index/index'],
      subPackages: [{ root: 'package-data', pages: ['pages/detail/index'] }],
    }),
    'mp/app.js': appJs,
    'mp/pages/index/index.js': 'Page({})',
    'mp/pages/index/index.json': '{}',
    'mp/pages/index/index.wxml': '<view>首页</view>',
    'mp/package-data/pages/detail/index.js': 'Page({})',
    'mp/package-data/pages/detail/index.json': '{}',
    'mp/package-data/pages/detail/index.wxml': '<view>详情</view>',
    'mp/package-data/feed.js': 'module.exports = { items: [] }',
    // Not part of the mini program: kept out of the compiler's scan.
    'notes/readme.md': 'not uploaded',
  }
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true })
    writeFileSync(path.join(project, file), content)
  }
  return { project, out: path.join(project, 'upload') }
}

function compile({ project, out }: { project: string; out: string }) {
  const run = spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), 'scripts/weapp/compile.ts', '--project', project, '--out', out],
    { cwd: ROOT, encoding: 'utf8', timeout: COMPILE_MS - 10_000 },
  )
  return { code: run.status, output: `${run.stdout}\n${run.stderr}` }
}

describe('compile:weapp on a package as WeChat would upload it', () => {
  it(
    'fails when app.js loads a subpackage file through a computed require.async path',
    () => {
      const dirs = fixture(
        `App({ onLaunch() { const name = 'feed'; require.async('./package-data/' + name + '.js') } })`,
      )
      const { code, output } = compile(dirs)
      expect(code).toBe(1)
      // WeChat left the file out of the upload, and the check names both the file and the call.
      expect(existsSync(path.join(dirs.out, 'app.js'))).toBe(true)
      expect(existsSync(path.join(dirs.out, 'package-data', 'feed.js'))).toBe(false)
      expect(output).toMatch(/package-data\/feed\.js: in the build but not in the upload/)
      expect(output).toMatch(/app\.js: require\.async\(…\) with a computed path/)
    },
    COMPILE_MS,
  )

  it(
    'passes when the same file is loaded with a literal path, and uploads it',
    () => {
      const dirs = fixture(`App({ onLaunch() { require.async('./package-data/feed.js') } })`)
      const { code, output } = compile(dirs)
      expect(output).toContain('upload check passed')
      expect(code).toBe(0)
      expect(existsSync(path.join(dirs.out, 'package-data', 'feed.js'))).toBe(true)
      expect(existsSync(path.join(dirs.out, 'notes'))).toBe(false)
    },
    COMPILE_MS,
  )

  it(
    'fails when code loads a file with a literal path that is not in the package',
    () => {
      const { code, output } = compile(fixture(`App({ onLaunch() { require.async('./package-data/gone.js') } })`))
      expect(code).toBe(1)
      expect(output).toMatch(/app\.js: require\.asyncs package-data\/gone\.js, which is not in the upload/)
    },
    COMPILE_MS,
  )
})

describe('what the check counts as loaded', () => {
  const upload = (entries: Record<string, string>): PackageFiles => new Map(Object.entries(entries))
  const page = { 'pages/a/index.js': 'Page({})', 'pages/a/index.wxml': '<view/>' }

  it('names a missing tab icon, theme file and component, and a page without its template', () => {
    const findings = missingLoads(
      upload({
        'app.json': JSON.stringify({
          pages: ['pages/a/index', 'pages/b/index'],
          tabBar: {
            list: [{ pagePath: 'pages/a/index', iconPath: 'icons/a.png', selectedIconPath: 'icons/a-on.png' }],
          },
          themeLocation: 'theme.json',
        }),
        ...page,
        'pages/a/index.json': JSON.stringify({ usingComponents: { card: '../../components/card' } }),
        'pages/b/index.js': 'Page({})',
        'icons/a.png': 'png',
      }),
    ).map((f) => f.message)
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('tab icon icons/a-on.png'),
        expect.stringContaining('theme file theme.json'),
        expect.stringContaining('<card> as components/card.js'),
        expect.stringContaining('page pages/b/index.wxml'),
      ]),
    )
    expect(findings.join('\n')).not.toContain('icons/a.png,')
  })

  it('finds nothing missing in a complete package', () => {
    const app = JSON.stringify({ pages: ['pages/a/index'] })
    const js = 'require("./b.js"); require.async(`./c.js`)'
    expect(missingLoads(upload({ 'app.json': app, ...page, 'app.js': js, 'b.js': '', 'c.js': '' }))).toEqual([])
  })

  it('tells a literal path from a computed one', () => {
    const calls = requireCalls('require("./a"); require.async(`./${x}`); require.async("./b.js"); n(12)')
    expect(calls.map((c) => [c.kind, c.request])).toEqual([
      ['require', './a'],
      ['require.async', undefined],
      ['require.async', './b.js'],
    ])
  })
})
