/**
 * `forbiddenCharacter` (src/scenarios/names.ts) runs on every scenario name at every Switch
 * (10,000 names in the bench), so it skips printable ASCII without the Unicode tests (issue
 * 13 point 3). It must name the same first character as the rule written out plainly.
 */
import fc from 'fast-check';
import { forbiddenCharacter } from '../../src/scenarios/names';

const FORBIDDEN_CLASS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]/u;
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x034f, 0x034f], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f], [0x2800, 0x2800],
  [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xffa0, 0xffa0], [0xe0100, 0xe01ef],
];
function rule(name: string): string | undefined {
  for (const ch of name) {
    const cp = ch.codePointAt(0) ?? 0;
    if (FORBIDDEN_CLASS.test(ch) || INVISIBLE.some(([a, b]) => cp >= a && cp <= b)) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}

it('names the first forbidden character as the rule does, for any text', () => {
  const text = fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' }));
  fc.assert(fc.property(text, (s) => forbiddenCharacter(s) === rule(s)), { numRuns: 3000 });
  const cases = ['S1', 'July 2015 estimate', 'a\tb', 'x\u007f', 'July\u200B', '\u2028', 'ok\ufe0f', '\u{e0100}', 'ﾠ', '\ud800x', 'é', '~ !', ''];
  for (const s of cases) expect(forbiddenCharacter(s)).toBe(rule(s));
  expect(forbiddenCharacter('a\tb')).toBe('U+0009');
  expect(forbiddenCharacter('x\u007f')).toBe('U+007F');
  expect(forbiddenCharacter('S 1 (draft)')).toBeUndefined();
});
