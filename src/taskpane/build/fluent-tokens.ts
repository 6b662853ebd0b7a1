/**
 * Fluent's `tokens`, as a rule instead of a table: each design token is its CSS variable,
 * `var(--name)` (the z-index ones carry a fallback). Fluent ships `tokens` as a 467-entry
 * object literal (30 KB, 5 KB gzip) that the page must load whole, since a bundler cannot drop an
 * object's unused properties; its own components read a few dozen entries when their style
 * modules load (our own `makeStyles` calls are compiled at build time and read none).
 *
 * webpack.config.js puts this module in place of @fluentui/tokens/lib/tokens.js in the add-in's
 * bundles; tests/build/fluent-tokens.test.ts checks that it gives Fluent's value for every one
 * of Fluent's tokens, so the CSS the pane renders is the same. It is plain JavaScript (no type
 * annotations): the replaced module keeps the loader of Fluent's .js file.
 */
const Z_INDEX = new Map([
  ['zIndexBackground', 0],
  ['zIndexContent', 1],
  ['zIndexOverlay', 1000],
  ['zIndexPopup', 2000],
  ['zIndexMessages', 3000],
  ['zIndexFloating', 4000],
  ['zIndexPriority', 5000],
  ['zIndexDebug', 6000],
]);

export const tokens = new Proxy({}, {
  get(_, name) {
    if (typeof name !== 'string') return undefined;
    const z = Z_INDEX.get(name);
    return z === undefined ? `var(--${name})` : `var(--${name}, ${z})`;
  },
});
