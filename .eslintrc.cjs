// ESLint 8 with the ecosystem's usual configs; formatting is Prettier's job.
//
// The import boundaries of STYLE.md are computed from the folders of src each time ESLint starts,
// so a new feature, page or shared folder is covered without editing this file:
//   - a feature (src/features/X) never imports another feature, nor a page;
//   - shared code (every other top-level entry of src: utils, theme, domain, services, store,
//     components, styles …) never imports a feature or a page;
//   - shared folders import in one direction: utils → theme → services → domain → store → components;
//   - a page never imports another page; only the app entry (app.ts, app.config.ts) may name pages.
// tests/lint/boundaries.test.ts shows each rule failing on a fixture.
const fs = require('fs')
const path = require('path')

const SRC = path.join(__dirname, 'src')
/** Entries of src that are app-level: the entry may import anything. */
const APP_ENTRY = new Set(['app.ts', 'app.config.ts'])

const dirsIn = (dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : []
const rel = (...parts) => `./${path.posix.join('src', ...parts)}`

const features = dirsIn(path.join(SRC, 'features'))
/** Subpackages (src/package-*) hold only pages; they count as pages as a whole. */
const subpackages = dirsIn(SRC).filter((name) => name.startsWith('package-'))
const pageRoots = [rel('pages'), ...subpackages.map((name) => rel(name))]
const pageDirs = [
  ...dirsIn(path.join(SRC, 'pages')).map((page) => rel('pages', page)),
  ...subpackages.flatMap((name) => dirsIn(path.join(SRC, name, 'pages')).map((page) => rel(name, 'pages', page))),
]
const shared = fs
  .readdirSync(SRC)
  .filter((name) => name !== 'features' && name !== 'pages' && !name.startsWith('package-') && !APP_ENTRY.has(name))
  .sort()
  .map((name) => rel(name))

/** The shared folders in the order they may import each other (each only those before it). */
const SHARED_LAYERS = ['utils', 'theme', 'services', 'domain', 'store', 'components']

const zones = [
  ...features.map((feature) => ({
    target: rel('features', feature),
    from: [...features.filter((other) => other !== feature).map((other) => rel('features', other)), ...pageRoots],
    message: `A feature never imports another feature or a page (src/features/${feature}); move what both need to shared code (src/domain, src/utils …).`,
  })),
  {
    target: shared,
    from: [rel('features'), ...pageRoots],
    message: 'Shared code never imports a feature or a page; pages compose features.',
  },
  // Shared code in layers, lowest first: a layer imports only the ones below it, so no arrow
  // between shared folders runs back up (utils never reaches for the feed's types, the store never
  // for a component).
  ...SHARED_LAYERS.slice(0, -1).map((layer, i) => ({
    target: rel(layer),
    from: SHARED_LAYERS.slice(i + 1).map((higher) => rel(higher)),
    message: `Shared layers run ${SHARED_LAYERS.join(' → ')}: src/${layer} imports only layers before it.`,
  })),
  ...pageDirs.map((page) => ({
    target: page,
    from: pageDirs.filter((other) => other !== page),
    message: 'A page never imports another page; move what both need to a feature or to shared code.',
  })),
]

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  env: { browser: true, node: true, es2022: true, jest: true },
  settings: {
    react: { version: '18.3' },
    'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.d.ts'] },
    // The typescript resolver reads tsconfig's `@/*` → `src/*`; `@/components/chart` lands on
    // index.d.ts, which re-exports index.h5.tsx, so cycles through either are followed.
    'import/resolver': {
      typescript: { project: path.join(__dirname, 'tsconfig.json') },
      node: { extensions: ['.js', '.cjs', '.mjs', '.ts', '.tsx', '.json'] },
    },
    'import/extensions': ['.js', '.cjs', '.mjs', '.ts', '.tsx'],
    // Packages are never parsed for the import graph: a circle can only run through our own files,
    // and parsing NutUI, Taro and echarts typings made import/no-cycle take most of the lint time.
    'import/ignore': ['node_modules'],
  },
  plugins: ['@typescript-eslint', 'react', 'react-hooks', 'import', 'check-file'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:react/recommended',
    'plugin:react/jsx-runtime',
    'plugin:react-hooks/recommended',
    'prettier',
  ],
  globals: { defineAppConfig: 'readonly', definePageConfig: 'readonly' },
  rules: {
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    'react/prop-types': 'off',
    // No circle in the import graph, however long. The rule skips `import type` (erased at build).
    'import/no-cycle': ['error', { maxDepth: '∞' }],
  },
  overrides: [
    {
      files: ['src/**'],
      rules: {
        'import/no-restricted-paths': ['error', { basePath: __dirname, zones }],
        // Climbing out of a folder goes through the alias, so a file can move without its imports.
        'no-restricted-imports': [
          'error',
          { patterns: [{ group: ['../*', '..'], message: 'Import from another folder through the @/ alias.' }] },
        ],
        // kebab-case; a platform or Taro suffix after the first dot is allowed
        // (index.h5.tsx, share-image.weapp.tsx, index.config.ts, index.d.ts).
        'check-file/filename-naming-convention': [
          'error',
          { 'src/**/*': 'KEBAB_CASE' },
          { ignoreMiddleExtensions: true },
        ],
        'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
      },
    },
    {
      files: ['*.js', '*.cjs', 'tests/**/*.mjs'],
      rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-var-requires': 'off' },
    },
  ],
  // tests/lint/fixtures hold code that breaks the rules on purpose; the lint test lints them itself.
  ignorePatterns: ['dist/', 'node_modules/', 'coverage/', 'tests/artifacts/', '.swc/', 'tests/lint/fixtures/'],
}
