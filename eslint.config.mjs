// Type-aware linting. The engine must stay headless: no Office, React, ExcelJS or workbook code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';

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
            { group: ['**/workbook/**', '**/taskpane/**', '**/commands/**', '**/cli/**'], message: 'src/engine is headless: it may not import the doors or adapters.' },
            { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/*', 'fs', 'node:*', 'path'], message: 'src/engine is pure TypeScript: no Office, React, ExcelJS or Node I/O.' },
          ],
        },
      ],
    },
  },
  {
    // The Office.js adapter: load before read, sync before read, never a sync in a loop.
    files: ['src/workbook/excel/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
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
  prettier,
);
