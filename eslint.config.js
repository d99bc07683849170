// Lint rules the project keeps (`npm run lint`, part of `npm test`). ESLint with typescript-eslint
// and import-x: the module boundaries and import cycles need a resolver that follows TypeScript's
// paths, which import-x has and the faster single-binary linters do not yet check as fully.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Folders of the pure core: no DOM glue, no browser API, no data files, no WXT. */
const PURE_CORE_MESSAGE =
  'core/ is pure TypeScript tested in Node: it imports nothing from entrypoints/, utils/, components/, dict/ or wxt (inject data instead).';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/artifacts/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
      // no-cycle parses the files it follows: with TypeScript's parser, or it sees no imports at all.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'import-x/no-cycle': 'error',
      // A path reference to our own declaration file (chrome-api.d.ts) is how a script sees its globals.
      '@typescript-eslint/triple-slash-reference': ['error', { path: 'always', types: 'prefer-import', lib: 'always' }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './core', from: ['./entrypoints', './utils', './components', './dict'], message: PURE_CORE_MESSAGE },
            {
              target: './dict',
              from: ['./scripts', './entrypoints', './utils', './components'],
              message: 'dict/ holds data and its builders: scripts/ may use it, not the other way round.',
            },
            {
              target: './components',
              from: ['./entrypoints'],
              message: 'components/ are views: entrypoints use them, not the other way round.',
            },
            {
              target: ['./entrypoints', './utils', './components', './core', './dict'],
              from: './tests',
              message: 'Source never imports tests.',
            },
            // The benchmarks drive the browsers with the e2e tests' harness; nothing else of tests/.
            {
              target: './scripts',
              from: './tests',
              except: ['./e2e/support', './fixtures'],
              message: 'scripts/ may use the test harness (tests/e2e/support) and fixtures only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      // '#imports' (WXT's auto-import module) is a path, not a pattern: in a gitignore-style pattern a
      // leading # starts a comment, so it never matched there.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '#imports', message: PURE_CORE_MESSAGE }],
          patterns: [{ group: ['wxt', 'wxt/*', '@wxt-dev/*'], message: PURE_CORE_MESSAGE }],
        },
      ],
    },
  },
);
