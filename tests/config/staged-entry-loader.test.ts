/** @jest-environment node */
import path from 'node:path'

// eslint-disable-next-line @typescript-eslint/no-var-requires -- a webpack loader, CommonJS like config/*.js
const stagedEntry = require('../../config/staged-entry-loader.js') as (this: unknown, source: string) => string | void

/** The shape of the entry @tarojs/taro-loader/lib/h5 generates (abridged). */
const GENERATED = `import '@tarojs/plugin-platform-h5/dist/runtime'

import { initPxTransform } from '@tarojs/taro'
import { createRouter, createHashHistory, handleAppMountWithTabbar } from '@tarojs/router'
import component from "./app"
import * as React from 'react'
import ReactDOM from 'react-dom/client'
import { findDOMNode } from 'react-dom'
var config = {}
createRouter(createHashHistory({ window }), createReactApp(component, React, ReactDOM, config), config, React)
`
const SRC = path.join('/project', 'src')

function run(source: string, resourceQuery = '') {
  return new Promise<string>((resolve, reject) => {
    const context = {
      resourceQuery,
      resourcePath: path.join(SRC, 'app.config.ts'),
      context: SRC,
      getResolve: () => (dir: string, request: string) =>
        Promise.resolve(request.startsWith('.') ? path.join(dir, request) : `/nm/${request}.js`),
      async: () => (error: Error | null, result?: string) => (error ? reject(error) : resolve(result ?? '')),
    }
    const sync = stagedEntry.call(context, source)
    if (typeof sync === 'string') resolve(sync)
  })
}

test("evaluates the generated entry's imports one per task, in their order, then the entry itself", async () => {
  const code = await run(GENERATED)
  const staged = [...code.matchAll(/require\.resolveWeak\("([^"]+)"\)/g)].map((m) => m[1])
  expect(staged).toEqual([
    '/nm/@tarojs/plugin-platform-h5/dist/runtime.js',
    '/nm/@tarojs/taro.js',
    '/nm/@tarojs/router.js',
    path.join(SRC, 'app'),
    '/nm/react.js',
    '/nm/react-dom/client.js',
    '/nm/react-dom.js',
  ])
  expect(code).toContain('require("./app.config.ts?taro-entry")')
  expect(code).toContain("import { afterNextPaint, nextTask } from './utils/next-task'")
  expect(code).toMatch(/done\.then\(nextTask\)\.then\(stage\)/)
  // The first stage waits until the page index.html holds has been painted.
  expect(code).toMatch(/\}, afterNextPaint\(\)\)/)
})

test('passes the generated entry through when asked for it with ?taro-entry', async () => {
  expect(await run(GENERATED, '?taro-entry')).toBe(GENERATED)
})

test('fails the build when the generated entry no longer imports what it should', async () => {
  await expect(run(GENERATED.replace(/^import .*@tarojs\/router'$/m, ''))).rejects.toThrow(
    /no longer imports @tarojs\/router/,
  )
})
