/**
 * Checks a feed file with the app's own rules: the size limit, JSON (a UTF-8 BOM is allowed), the
 * schema and the loader (every item it would skip, every id it would drop), and with
 * `--previous`, the rules a refresh must pass against the feed published before it.
 * Usage: npm run feed:check -- <feed.json> [--previous <published-feed.json>]
 * Prints each problem as `path: message` and exits 1 when there is any. Both builds run the same
 * check on the bundled feed and fail on any problem (config/emit-feed.ts).
 */
import { readFileSync } from 'node:fs'
import { EMPTY_FEED } from '../src/services/feed/empty-feed'
import { MAX_FEED_BYTES, parseFeedText } from '../src/services/feed/feed-text'
import { loadFeed, replacementProblems, type FeedIssue } from '../src/services/feed/load'
import type { Feed } from '../src/services/feed/schema'

export type FeedCheck = { issues: FeedIssue[]; feed?: Feed }

/** Every problem the app would refuse or silently drop in a feed file's bytes, with its path. */
export function checkFeedBytes(bytes: Uint8Array, previous?: Feed): FeedCheck {
  const issues: FeedIssue[] = []
  if (bytes.length > MAX_FEED_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1)
    issues.push({ path: '$', message: `文件有 ${mb} MB，超过 1 MB 的上限：应用不会下载或缓存它` })
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { issues: [...issues, { path: '$', message: '不是 UTF-8 文本' }] }
  }
  const parsed = parseFeedText(text)
  if (!parsed) return { issues: [...issues, { path: '$', message: '不是合法的 JSON（或不完整）' }] }
  const { feed, issues: found, usedFallback } = loadFeed(parsed.raw)
  issues.push(...found)
  if (usedFallback) return { issues }
  if (previous && feed.version <= previous.version) {
    issues.push({ path: '$.version', message: `版本 ${feed.version} 应大于已发布的 ${previous.version}：应用不会更新` })
  }
  // Against the empty feed only "nothing to show" applies: the app refuses such a feed from anywhere.
  issues.push(...replacementProblems(previous ?? EMPTY_FEED, feed))
  return { issues, feed }
}

function main(args: string[]): number {
  const [file, flag, previousFile] = args
  if (!file || (flag !== undefined && (flag !== '--previous' || !previousFile))) {
    console.error('用法：npm run feed:check -- <feed.json> [--previous <已发布的 feed.json>]')
    return 2
  }
  const read = (path: string) => {
    try {
      return readFileSync(path)
    } catch (error) {
      console.error(`${path}: 无法读取：${(error as Error).message}`)
      return undefined
    }
  }
  const bytes = read(file)
  if (!bytes) return 1
  let previous: Feed | undefined
  if (previousFile) {
    const before = read(previousFile)
    previous = before && checkFeedBytes(before).feed
    if (!previous) {
      console.error(`${previousFile}: 整个数据不可用，无法比较`)
      return 2
    }
  }
  const { issues, feed } = checkFeedBytes(bytes, previous)
  for (const issue of issues) console.log(`${issue.path}: ${issue.message}`)
  if (!feed) {
    console.log(`${file}: 整个数据不可用`)
  } else {
    const counts = (['sources', 'figures', 'scorecards', 'news', 'projects', 'notes'] as const)
      .map((k) => `${k} ${feed[k].length}`)
      .join(', ')
    console.log(`${file}: 版本 ${feed.version}，数据截至 ${feed.dataAsOf}；${counts}`)
  }
  console.log(issues.length === 0 ? 'OK' : `${issues.length} 个问题`)
  return issues.length === 0 ? 0 : 1
}

// Run as the CLI, not when a test imports checkFeedBytes.
if (/feed-check\.ts$/.test(process.argv[1] ?? '')) process.exit(main(process.argv.slice(2)))
