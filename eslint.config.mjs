// Type-aware linting. The engine must stay headless: no Office, React, ExcelJS or workbook code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';

/**
 * What opens a connection from a page. The add-in sends nothing anywhere (the README's "Security
 * review"; the build test checks the bundles name no URL but Office's CDN), so src/ uses none.
 */
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'];
const NO_NETWORK =
  'The add-in sends nothing anywhere: no network calls in src/ (README, "Security review").';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-preview', 'coverage', '*.config.js', '*.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/workbook/**', '**/taskpane/**', '**/commands/**', '**/cli/**'],
              message: 'src/engine is headless: it may not import the doors or adapters.',
            },
            {
              group: [
                'exceljs',
                'react',
                'react-dom',
                '@fluentui/*',
                '@microsoft/*',
                'fs',
                'node:*',
                'path',
              ],
              message: 'src/engine is pure TypeScript: no Office, React, ExcelJS or Node I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Office.js adapter: load before read, sync before read, never a sync in a loop.
    files: [
      'src/workbook/excel/**/*.ts',
      'src/commands/**/*.ts',
      'src/taskpane/**/*.ts',
      'src/taskpane/**/*.tsx',
    ],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // src/preview is exempt: it is never built into dist/, and it fetches the example workbook
    // from its own site (src/preview/workbook-file.ts).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/preview/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...NETWORK_GLOBALS.map((name) => ({ name, message: NO_NETWORK })),
      ],
      'no-restricted-properties': [
        'error',
        // navigator.sendBeacon, window.navigator.sendBeacon…: whatever object it is reached through.
        { property: 'sendBeacon', message: NO_NETWORK },
        ...['window', 'self', 'globalThis'].flatMap((object) =>
          NETWORK_GLOBALS.map((property) => ({ object, property, message: NO_NETWORK })),
        ),
      ],
    },
  },
  prettier,
);
