/** @jest-environment node */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

// Taro adds a page's onShareAppMessage / onShareTimeline only when its config enables them, and it
// cannot see a share hook called through our wrapper: a page that shares needs both flags.
// https://docs.taro.zone/docs/apis/taro.hooks/useShareAppMessage

const SRC = path.resolve(__dirname, '../../../src')
const SHARE_CALL = /\b(useShare|useTabShare|useShareAppMessage|useShareTimeline)\(/

/** Every page folder: src/pages/<page> and src/package-<name>/pages/<page>. */
function pageDirs(): string[] {
  const roots = [
    path.join(SRC, 'pages'),
    ...readdirSync(SRC)
      .filter((d) => d.startsWith('package-'))
      .map((d) => path.join(SRC, d, 'pages')),
  ].filter(existsSync)
  return roots.flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'index.tsx')))
      .map((d) => path.join(root, d.name)),
  )
}

/** The page's config as Taro evaluates it (definePageConfig returns its argument). */
function pageConfig(dir: string): Record<string, unknown> {
  ;(globalThis as { definePageConfig?: (c: unknown) => unknown }).definePageConfig = (c) => c
  // eslint-disable-next-line @typescript-eslint/no-var-requires -- a config file is evaluated as Taro evaluates it
  return (require(path.join(dir, 'index.config.ts')) as { default: Record<string, unknown> }).default
}

const pages = pageDirs().map((dir) => ({
  page: path.relative(SRC, dir),
  shares: SHARE_CALL.test(readFileSync(path.join(dir, 'index.tsx'), 'utf8')),
  config: pageConfig(dir),
}))

test('finds the pages', () => {
  expect(pages.map((p) => p.page)).toEqual(
    expect.arrayContaining(['pages/scorecards', 'package-data/pages/news-detail', 'package-share/pages/poster']),
  )
})

test.each(pages.filter((p) => p.shares).map((p) => [p.page, p.config] as const))(
  '%s registers its share hooks, so its config turns on 发送给朋友 and 分享到朋友圈',
  (_, config) => {
    expect(config).toMatchObject({ enableShareAppMessage: true, enableShareTimeline: true })
  },
)

test.each(pages.filter((p) => !p.shares).map((p) => [p.page, p.config] as const))(
  '%s shares nothing, so its config does not offer sharing either',
  (_, config) => {
    expect(config.enableShareAppMessage).toBeFalsy()
    expect(config.enableShareTimeline).toBeFalsy()
  },
)

test('every detail page and the 成绩单 tab share', () => {
  const sharing = pages.filter((p) => p.shares).map((p) => p.page)
  expect(sharing).toEqual(
    expect.arrayContaining([
      'pages/scorecards',
      'package-data/pages/news-detail',
      'package-data/pages/project-detail',
      'package-charts/pages/topic',
      'package-charts/pages/project-stats',
      'package-share/pages/poster',
    ]),
  )
})
