import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

/**
 * Layers (issue 10, point 5), checked by import-x's no-restricted-paths, which resolves each
 * import to a file (so `../workbook/hf`, `./hf/index` and `../../workbook/hf/X` are all the same
 * thing) rather than matching import strings. tests/build/layers.test.ts plants a crossing
 * import per rule and expects ESLint to fail.
 */
const ADAPTERS = ['./src/workbook/office', './src/workbook/hf'];
const LAYER_ZONES = [
  { target: './src/engine', from: './src', except: ['./engine'], message: 'src/engine imports nothing outside itself.' },
  { target: './src/workbook', from: ['./src/scenarios', './src/explain', './src/taskpane'], message: 'src/workbook/ never imports scenarios/, explain/ or taskpane/.' },
  { target: './src/scenarios', from: ADAPTERS, message: 'src/scenarios/ works over the port (src/workbook/port.ts), never an adapter.' },
  { target: './src/taskpane', from: ['./src/hf', './src/workbook/hf'], message: 'src/taskpane/ never imports HyperFormula code.' },
];

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
    // import-x everywhere (so a test can switch its rules on for a fixture), resolving .ts/.tsx.
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] })],
      // Parse .ts/.tsx when following imports (no-cycle reads each imported module's imports).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      // No import cycles in the product's code: import-x/no-cycle follows the same resolved
      // graph as the layer rule, inside ESLint, so a cycle fails `npm run lint` where it is
      // written (madge would be a second tool and a second CI step for the same graph).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // taskpane/ never imports HyperFormula (the package): GPL-3.0, preview and tests only.
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['hyperformula', 'hyperformula/*'], message: 'src/taskpane/ never imports HyperFormula code.' }] }],
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
