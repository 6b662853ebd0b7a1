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

it('scenarioNameProblem: the same verdict as the rules written out, for any text and the reserved names in any form', async () => {
  const { scenarioNameProblem, nameKey } = await import('../../src/scenarios/names');
  const { MESSAGES } = await import('../../src/scenarios/messages');
  const written = (name: string): string | undefined => {
    const bad = forbiddenCharacter(name);
    if (bad !== undefined) return MESSAGES.scenarioNameControl(name, bad);
    if (nameKey(name) === '') return MESSAGES.scenarioNameEmpty();
    if (name !== name.trim()) return MESSAGES.scenarioNameSpaces(name);
    if (name.length > 255) return MESSAGES.scenarioNameTooLong(name.length);
    if (nameKey(name) === nameKey('Input') || nameKey(name) === nameKey('Description')) return MESSAGES.scenarioNameReserved(name);
    return undefined;
  };
  const text = fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('Input', 'INPUT', 'ｉｎｐｕｔ', 'description', 'Description ', 'S1', ''));
  fc.assert(fc.property(text, (s) => scenarioNameProblem(s) === written(s)), { numRuns: 2000 });
  expect(scenarioNameProblem('ＩＮＰＵＴ')).toBe(MESSAGES.scenarioNameReserved('ＩＮＰＵＴ'));
  expect(scenarioNameProblem('July 2015 estimate')).toBeUndefined();
  expect(scenarioNameProblem(3)).toBe(MESSAGES.scenarioNameNotText());
});
