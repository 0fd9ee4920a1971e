/** @jest-environment node */
// The import rules of STYLE.md, held by .eslintrc.cjs: fixture code is linted as if it sat at a
// path inside src, with the repository's real config, and each rule must fire where it should and
// stay quiet where the layout allows the import.
import fs from 'fs'
import path from 'path'
import { ESLint, type Linter } from 'eslint'

const ROOT = path.resolve(__dirname, '../..')
const SRC = path.join(ROOT, 'src')
const FIXTURES = path.join(__dirname, 'fixtures')

jest.setTimeout(120_000)

let eslint: ESLint
beforeAll(() => {
  // ignore: false so the fixtures (kept out of `npm run lint`) can be linted as files.
  eslint = new ESLint({ cwd: ROOT, ignore: false })
})

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) })
  return result.messages
}
const rulesOf = (messages: Linter.LintMessage[]) => messages.map((message) => message.ruleId)
const dirsIn = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)

/** An `@/…` specifier of a real module in `dir` (a plain .ts/.tsx file, no platform variant). */
function someModule(dir: string): string {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
  const file = entries.find((entry) => entry.isFile() && /^[a-z0-9-]+\.tsx?$/.test(entry.name))
  if (file) return `@/${path.relative(SRC, path.join(dir, file.name)).replace(/\.tsx?$/, '')}`
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const found = someModule(path.join(dir, entry.name))
    if (found) return found
  }
  return ''
}

const features = dirsIn(path.join(SRC, 'features'))

// The real modules the fixtures below import: an import that resolves nowhere is skipped by the
// zone rule, so a passing case would prove nothing if one of these moved.
const USED = [
  'features/projects/project-status',
  'features/projects/project-format',
  'features/news/news-search',
  'utils/compare',
  'services/feed/schema',
  'components/empty-state',
  'store',
  'theme/tokens',
  'pages/mine/index',
  'package-data/pages/news-detail/index',
  'package-data/pages/project-detail/index',
]
test.each(USED)('fixture import @/%s names a real module', (spec) => {
  const base = path.join(SRC, spec)
  const candidates = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext)
  expect(candidates.filter((file) => fs.existsSync(file))).toHaveLength(1)
})

describe('zones computed from the folder list', () => {
  test('there are features to hold apart, each with a module to import', () => {
    expect(features.length).toBeGreaterThanOrEqual(2)
    for (const feature of features) expect(someModule(path.join(SRC, 'features', feature))).not.toBe('')
  })

  test('a feature importing another feature fails', async () => {
    const messages = await lint('src/features/news/fixture.ts', "import '@/features/projects/project-status'\n")
    expect(rulesOf(messages)).toEqual(['import/no-restricted-paths'])
    expect(messages[0].message).toMatch(/never imports another feature/)
  })

  test.each(features)('feature %s may import no other feature', async (feature) => {
    const others = features.filter((other) => other !== feature)
    const code = others.map((other) => `import '${someModule(path.join(SRC, 'features', other))}'\n`).join('')
    const messages = await lint(`src/features/${feature}/fixture.ts`, code)
    expect(rulesOf(messages)).toEqual(others.map(() => 'import/no-restricted-paths'))
  })

  test('a feature importing its own files, shared code and relative siblings passes', async () => {
    const code = [
      "import '@/features/projects/project-status'",
      "import './project-format'",
      "import '@/utils/compare'",
      "import '@/services/feed/schema'",
      "import '@/components/empty-state'",
      '',
    ].join('\n')
    expect(await lint('src/features/projects/fixture.ts', code)).toEqual([])
  })

  test('shared code importing shared code passes', async () => {
    expect(await lint('src/domain/fixture.ts', "import '@/utils/compare'\nimport '@/services/feed/schema'\n")).toEqual(
      [],
    )
    expect(await lint('src/components/fixture.tsx', "import '@/store'\nimport '@/theme/tokens'\n")).toEqual([])
  })

  test.each([
    ['src/utils/fixture.ts', '@/services/feed/schema'],
    ['src/theme/fixture.ts', '@/domain/region'],
    ['src/services/feed/fixture.ts', '@/store'],
    ['src/domain/fixture.ts', '@/components/heading'],
  ])('a shared layer importing a later one fails (%s → %s)', async (filePath, target) => {
    const messages = await lint(filePath, `import '${target}'\n`)
    expect(rulesOf(messages)).toEqual(['import/no-restricted-paths'])
    expect(messages[0].message).toMatch(/Shared layers run utils → theme → services/)
  })

  test.each(['src/utils/fixture.ts', 'src/store/fixture.ts', 'src/components/figure/fixture.tsx', 'src/polyfills.ts'])(
    'shared code (%s) importing a feature fails',
    async (filePath) => {
      const messages = await lint(filePath, "import '@/features/projects/project-status'\n")
      expect(rulesOf(messages)).toEqual(['import/no-restricted-paths'])
      expect(messages[0].message).toMatch(/Shared code never imports a feature/)
    },
  )

  test('shared code and features importing a page fail', async () => {
    const page = "import '@/pages/mine/index'\nimport '@/package-data/pages/news-detail/index'\n"
    for (const filePath of ['src/services/fixture.ts', 'src/features/news/fixture.ts']) {
      expect(rulesOf(await lint(filePath, page))).toEqual(['import/no-restricted-paths', 'import/no-restricted-paths'])
    }
  })

  test('a page importing features passes; a page importing another page fails', async () => {
    const features = "import '@/features/projects/project-status'\nimport '@/features/news/news-search'\n"
    expect(await lint('src/pages/projects/fixture.tsx', features)).toEqual([])
    expect(await lint('src/package-data/pages/project-detail/fixture.tsx', features)).toEqual([])
    const messages = await lint(
      'src/pages/projects/fixture.tsx',
      "import '@/package-data/pages/project-detail/index'\n",
    )
    expect(rulesOf(messages)).toEqual(['import/no-restricted-paths'])
    expect(messages[0].message).toMatch(/A page never imports another page/)
  })

  test('tests may import anything, pages included', async () => {
    const code = "import '@/pages/mine/index'\nimport '@/features/news/news-search'\n"
    expect(await lint('tests/pages/fixture.test.ts', code)).toEqual([])
  })
})

test('a relative import that climbs out of its folder fails inside src', async () => {
  const messages = await lint('src/features/projects/components/fixture.ts', "import '../project-status'\n")
  expect(rulesOf(messages)).toEqual(['no-restricted-imports'])
  expect(messages[0].message).toMatch(/@\/ alias/)
})

describe('import/no-cycle on real files', () => {
  test('two files importing each other fail', async () => {
    const results = await eslint.lintFiles([path.join(FIXTURES, 'cycle-a.ts'), path.join(FIXTURES, 'cycle-b.ts')])
    for (const result of results) expect(rulesOf(result.messages)).toEqual(['import/no-cycle'])
  })

  test('a file that imports into the circle without closing it passes', async () => {
    const [result] = await eslint.lintFiles([path.join(FIXTURES, 'one-way.ts')])
    expect(result.messages).toEqual([])
  })
})

describe('kebab-case names', () => {
  test.each([
    ['src/features/news/NewsCard.tsx', 'check-file/filename-naming-convention'],
    ['src/utils/format_date.ts', 'check-file/filename-naming-convention'],
    ['src/features/newsFeed/news-card.tsx', 'check-file/folder-naming-convention'],
  ])('%s fails', async (filePath, rule) => {
    expect(rulesOf(await lint(filePath, 'export const x = 1\n'))).toEqual([rule])
  })

  test.each([
    'src/components/chart/index.h5.tsx',
    'src/features/share/components/share-image.weapp.tsx',
    'src/pages/mine/index.config.ts',
    'src/components/chart/index.d.ts',
    'src/app.config.ts',
  ])('platform and Taro suffixes pass (%s)', async (filePath) => {
    expect(await lint(filePath, 'export const x = 1\n')).toEqual([])
  })

  test('every file and folder under src, styles and images included, is kebab-case', () => {
    // ESLint sees only scripts; this walk covers .scss, .png, .json and .html too.
    const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z0-9]+)*$/
    const bad: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (!kebab.test(entry.name)) bad.push(path.relative(ROOT, path.join(dir, entry.name)))
        if (entry.isDirectory()) walk(path.join(dir, entry.name))
      }
    }
    walk(SRC)
    expect(['_detail.scss', 'NewsCard.tsx', 'newsFeed'].filter((name) => kebab.test(name))).toEqual([])
    expect(bad).toEqual([])
  })
})
