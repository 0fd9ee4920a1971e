/**
 * @jest-environment node
 *
 * `feed:check` and the app judge a feed by one set of rules: whatever the app would refuse or
 * silently drop, `feed:check` reports with its path, and a file it passes is one the app takes.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkFeedBytes } from '../../../scripts/feed-check'
import { EMPTY_FEED } from '@/services/feed/empty-feed'
import * as load from '@/services/feed/load'
import validFeed from '../../fixtures/valid-feed.json'

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/hostile', `${name}.json`))
const edited = (edit: (feed: typeof validFeed) => void) => {
  const feed = structuredClone(validFeed)
  edit(feed)
  return Buffer.from(JSON.stringify(feed))
}
/** What the app holds before the refresh: older than every case, with nothing it could lose. */
const current = { ...EMPTY_FEED, version: 1 }

const HOSTILE: [string, () => Buffer, string, string][] = [
  ['a 20 MB file', () => edited((f) => Object.assign(f, { padding: ' '.repeat(20 * 1024 * 1024) })), '$', '1 MB'],
  ['a 5M-character title', () => edited((f) => (f.news[0].title = '字'.repeat(5e6))), '$.news[0].title', '至多 80 字'],
  ['a version of 1e300', () => fixture('huge-version'), '$.version', '至多为 9999999'],
  ['a timestamp as the version', () => fixture('timestamp-version'), '$.version', '不用日期或时间戳'],
  ['the date 2023-13-45', () => fixture('impossible-date'), '$.dataAsOf', '不是真实的日期'],
  [
    'the date 2023-02-29',
    () => edited((f) => (f.sources[0].date = '2023-02-29')),
    '$.sources[0].date',
    '不是真实的日期',
  ],
  ['a reversed period', () => fixture('reversed-period'), '$.figures[3].period', '先早后晚'],
  ['a zero-width-only title', () => fixture('zero-width-title'), '$.news[1].title', '没有可见的文字'],
  [
    'a right-to-left override in a title',
    () => edited((f) => (f.news[0].title += '\u202e')),
    '$.news[0].title',
    '方向',
  ],
  ['a figure of 1e300', () => edited((f) => (f.figures[0].value = 1e300)), '$.figures[0].value', '超出'],
  ['a misspelled figure id', () => fixture('misspelled-figure-ids'), '$.scorecards[0].figureIds[2]', 'rev-gpd-2023'],
  ['a feed with no items', () => fixture('header-only'), '$', '没有任何'],
]

describe.each(HOSTILE)('%s', (_name, bytes, where, words) => {
  test('feed:check reports it with its path', () => {
    const { issues } = checkFeedBytes(bytes())
    expect(issues).toContainEqual({ path: where, message: expect.stringContaining(words) })
  })

  test('the app refuses it as a refresh or a cache, and says why', async () => {
    const verdict = await load.judgeFeedText(bytes().toString('utf8'), current)
    expect(verdict.kind).toBe('refused')
  })
})

test('a misspelled figure id leaves the scorecard in the bundled feed, without that id, and is reported', () => {
  const { feed, issues } = load.loadFeed(JSON.parse(fixture('misspelled-figure-ids').toString()))
  expect(feed.scorecards[0].figureIds).toEqual(validFeed.scorecards[0].figureIds)
  expect(issues).toContainEqual({ path: '$.projects[0].figureIds[1]', message: '数字不存在：rev-sports-venue-2023' })
})

test('a feed that passes feed:check is taken by the app, with or without a UTF-8 BOM', async () => {
  for (const bytes of [Buffer.from(JSON.stringify(validFeed)), fixture('bom'), fixture('dollar-title')]) {
    expect(checkFeedBytes(bytes).issues).toEqual([])
    expect((await load.judgeFeedText(bytes.toString('utf8'), current)).kind).toBe('newer')
  }
})

test('with --previous, feed:check reports what a refresh from that feed would refuse', () => {
  const previous = load.loadFeed(validFeed).feed
  const { issues } = checkFeedBytes(
    edited((f) => Object.assign(f, { version: 4, news: f.news.slice(0, 1) })),
    previous,
  )
  expect(issues).toEqual([{ path: '$.news', message: '新数据只保留了现有 2 条资讯中的 1 条（应多于一半）' }])
  expect(checkFeedBytes(Buffer.from(JSON.stringify(validFeed)), previous).issues).toEqual([
    { path: '$.version', message: '版本 3 应大于已发布的 3：应用不会更新' },
  ])
})

test('the CLI prints each problem as path: message and exits 1', () => {
  const bad = path.join(tmpdir(), `feed-check-${process.pid}.json`)
  writeFileSync(bad, fixture('misspelled-figure-ids'))
  const run = spawnSync('npx', ['tsx', 'scripts/feed-check.ts', bad], {
    cwd: path.join(__dirname, '../../..'),
    encoding: 'utf8',
  })
  expect(run.stdout).toContain('$.scorecards[0].figureIds[2]: 数字不存在：rev-gpd-2023')
  expect(run.status).toBe(1)
}, 30000)
