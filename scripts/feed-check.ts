/**
 * Validates a feed file with the app's own schema and loader.
 * Usage: npm run feed:check -- mock/feed.json
 * Prints each problem as `path: message` and exits 1 when there is any.
 */
import { readFileSync } from 'node:fs'
import { loadFeed } from '../src/services/feed/load'

const file = process.argv[2]
if (!file) {
  console.error('用法：npm run feed:check -- <feed.json>')
  process.exit(2)
}

let raw: unknown
try {
  raw = JSON.parse(readFileSync(file, 'utf8'))
} catch (error) {
  console.error(`${file}: 无法读取或不是合法 JSON：${(error as Error).message}`)
  process.exit(1)
}

const { feed, issues, usedFallback } = loadFeed(raw)
for (const issue of issues) console.log(`${issue.path}: ${issue.message}`)
if (usedFallback) {
  console.log(`${file}: 整个数据不可用`)
} else {
  const counts = (['sources', 'figures', 'scorecards', 'news', 'projects', 'notes'] as const)
    .map((k) => `${k} ${feed[k].length}`)
    .join(', ')
  console.log(`${file}: 版本 ${feed.version}，数据截至 ${feed.dataAsOf}；${counts}`)
}
console.log(issues.length === 0 ? 'OK' : `${issues.length} 个问题`)
process.exit(issues.length === 0 ? 0 : 1)
