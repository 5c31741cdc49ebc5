import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The engine and the contract run in Node and in the browser alike: nothing of React, the DOM, Node or the
// network may creep into them.
const pureModuleBans = {
  patterns: [
    {
      group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url'],
      message: 'src/quotes and src/article are pure: no Node imports.',
    },
    {
      group: ['react', 'react-*', 'react/*', '@tanstack/*'],
      message: 'src/quotes and src/article are pure: no React.',
    },
    {
      group: ['**/ingest/**', '**/reader/**'],
      message: 'src/quotes and src/article import nothing of the app.',
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      '.cache',
      'node_modules',
      'public/data',
      'test-results',
      'playwright-report',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js'],
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023 },
  },
  {
    files: ['src/reader/**/*.{ts,tsx}', 'src/main.tsx', 'src/router.tsx', 'public/**/*.js', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Playwright hooks that need the test's info but no fixture are written `async ({}, info) => …`.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Hooks live in .ts files too (src/reader/routes/post/use-*.ts).
    files: ['src/**/*.tsx', 'src/reader/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/quotes/**/*.ts', 'src/article/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', pureModuleBans],
      'no-restricted-globals': ['error', 'fetch', 'document', 'window', 'process', 'XMLHttpRequest'],
    },
  },
  {
    // The readers of each input format run in ingest and in the browser (the /read page's worker): no Node,
    // nothing of the app on either side.
    files: ['src/readers/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                '**/ingest/**',
                '**/reader/**',
                '**/prerender/**',
                'react',
                'react-dom',
                'react-dom/*',
              ],
              message: 'Readers run in ingest and in the browser: no Node, nothing of the app.',
            },
          ],
        },
      ],
    },
  },
  {
    // The reader runs in the browser: nothing from ingest or Node.
    files: ['src/reader/**/*.{ts,tsx}', 'src/main.tsx', 'src/router.tsx'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', '**/ingest/**'],
              message: 'The reader runs in the browser: no Node, no ingest.',
            },
          ],
        },
      ],
    },
  },
)
