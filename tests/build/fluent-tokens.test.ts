/**
 * The add-in's bundles use src/taskpane/build/fluent-tokens.ts in place of Fluent's `tokens`
 * table (webpack.config.js): it must give Fluent's own value for every token, or the pane's
 * CSS would differ from Fluent's.
 */
import { tokens as fluentTokens } from '@fluentui/react-components';
import { tokens as rule } from '../../src/taskpane/build/fluent-tokens';

const tokens = rule as Record<string, string>;

test('gives the same CSS variable as Fluent for each of its tokens', () => {
  const names = Object.keys(fluentTokens) as (keyof typeof fluentTokens)[];
  expect(names.length).toBeGreaterThan(400);
  const differ = names.filter((name) => tokens[name] !== fluentTokens[name]).map((name) => [name, tokens[name], fluentTokens[name]]);
  expect(differ).toEqual([]);
});

test('gives no value for symbol keys (it is not iterable or convertible)', () => {
  const t = tokens as unknown as Record<PropertyKey, unknown>;
  expect(t[Symbol.iterator]).toBeUndefined();
  expect(t[Symbol.toPrimitive]).toBeUndefined();
});
