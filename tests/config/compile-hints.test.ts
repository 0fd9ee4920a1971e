/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SourceMapConsumer } from 'source-map'
import webpack from 'webpack'
import { COMPILE_HINT, CompileHintsPlugin } from '../../config/compile-hints'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'))
  writeFileSync(path.join(dir, 'entry.js'), "import('./later').then((m) => console.log(m.answer()))\n")
  writeFileSync(
    path.join(dir, 'later.js'),
    '/* dropped by the minifier */\nexport function answer() {\n  return 42\n}\n',
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function build(): Promise<webpack.Stats> {
  return new Promise((resolve, reject) =>
    webpack(
      {
        mode: 'production',
        context: dir,
        entry: './entry.js',
        devtool: 'source-map',
        output: { path: path.join(dir, 'dist'), filename: '[name].[contenthash:8].js' },
        plugins: [new CompileHintsPlugin()],
      },
      (error, stats) =>
        error || !stats ? reject(error) : stats.hasErrors() ? reject(stats.toString()) : resolve(stats),
    ),
  )
}

test('every minified script, the entry and its lazy chunks, starts with the hint, and the source maps still point home', async () => {
  const stats = (await build()).toJson({ assets: true })
  const scripts = stats.assets!.map((a) => a.name).filter((n) => n.endsWith('.js'))
  expect(scripts.length).toBe(2)
  for (const name of scripts) {
    const code = readFileSync(path.join(dir, 'dist', name), 'utf8')
    expect(code.startsWith(COMPILE_HINT)).toBe(true)
    expect(code).not.toContain('dropped by the minifier')
    // Once per file, however many passes touch the assets.
    expect(code.split(COMPILE_HINT).length).toBe(2)
  }
  const later = scripts.find((n) => readFileSync(path.join(dir, 'dist', n), 'utf8').includes('42'))!
  const code = readFileSync(path.join(dir, 'dist', later), 'utf8')
  const lines = code.split('\n')
  const line = lines.findIndex((l) => l.includes('42'))
  const map = JSON.parse(readFileSync(path.join(dir, 'dist', `${later}.map`), 'utf8'))
  const position = await SourceMapConsumer.with(map, null, (consumer) =>
    consumer.originalPositionFor({ line: line + 1, column: lines[line].indexOf('42') }),
  )
  expect(position.source).toMatch(/later\.js$/)
  expect(position.line).toBe(3)
})
