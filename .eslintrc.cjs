// ESLint 8 with the ecosystem's usual configs; formatting is Prettier's job.
module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  env: { browser: true, node: true, es2022: true, jest: true },
  settings: { react: { version: '18.3' } },
  plugins: ['@typescript-eslint', 'react', 'react-hooks'],
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
    // Feature folders never import each other; nothing imports pages (see STYLE.md).
    'no-restricted-imports': ['error', { patterns: ['**/pages/**'] }],
  },
  overrides: [
    {
      files: ['src/features/news/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: ['**/pages/**', '**/features/scorecards/**', '**/features/projects/**'] },
        ],
      },
    },
    {
      files: ['src/features/scorecards/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: ['**/pages/**', '**/features/news/**', '**/features/projects/**'] },
        ],
      },
    },
    {
      files: ['src/features/projects/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: ['**/pages/**', '**/features/news/**', '**/features/scorecards/**'] },
        ],
      },
    },
    // Page tests render pages; only app code must not import them.
    { files: ['tests/**'], rules: { 'no-restricted-imports': 'off' } },
    {
      files: ['*.js', '*.cjs', 'tests/**/*.mjs'],
      rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-var-requires': 'off' },
    },
  ],
  ignorePatterns: ['dist/', 'node_modules/', 'coverage/', 'tests/artifacts/', '.swc/'],
}
