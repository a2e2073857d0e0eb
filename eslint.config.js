import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'crypto', 'os', 'child_process', 'http', 'url', 'zlib', 'stream'];

/** Packages (exact names) and path patterns a layer may not import (ARCHITECTURE.md, rule 5). */
const forbid = (paths, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    { paths: paths.map((name) => ({ name, message })), patterns: [{ group: patterns, message }] },
  ],
});

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.electron-native/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        [...nodeBuiltins, 'electron', 'better-sqlite3', 'kysely'],
        [
          'node:*',
          '**/db/**',
          '**/electron/services/**',
          '**/electron/sync/**',
          '**/electron/host/**',
          '**/electron/print/**',
          '**/electron/main.js',
          '**/electron/preload.js',
          '**/electron/ipc.js',
        ],
        'The renderer talks to the main process only through the contract (electron/api).',
      ),
    },
  },
  {
    files: ['electron/api/**/*.ts'],
    rules: forbid(
      [...nodeBuiltins, 'electron', 'better-sqlite3', 'kysely', 'react', 'react-dom'],
      ['node:*', '**/db/**', '**/services/**', '**/renderer/**'],
      'The contract is pure TypeScript + zod, shared with the renderer.',
    ),
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/sync/**/*.ts',
      'electron/host/**/*.ts',
      'electron/print/**/*.ts',
      'db/**/*.ts',
    ],
    rules: forbid(
      ['electron'],
      ['**/main.js', '**/preload.js', '**/ipc.js'],
      'Domain and data code never import Electron.',
    ),
  },
);
