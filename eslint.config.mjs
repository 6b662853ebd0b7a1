import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'docs/', '**/*.js', '!eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure domain maths: no host, DOM or UI.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-*', '@fluentui/*', 'hyperformula', 'office-*', '../workbook/*', '../taskpane/*', '../functions/*', '../hf/*'], message: 'src/engine is host-free: no Office, DOM, React or HyperFormula imports.' },
        ],
      }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'CustomFunctions', 'window', 'document', 'navigator', 'fetch', 'console'],
    },
  },
  {
    // Only the Office.js adapter talks to Excel.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/workbook/office/**', 'src/functions/**', 'src/taskpane/office-entry.tsx', 'src/taskpane/office/**'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name='Excel'][callee.property.name='run']", message: 'Only src/workbook/office/ calls Excel.run.' }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { 'no-console': 'off' },
  },
);
