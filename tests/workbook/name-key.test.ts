/**
 * `nameKey` (src/workbook/cells.ts) takes a shortcut for plain ASCII names (issue 13 point 3:
 * a Switch keys every header cell and every input name). The shortcut must give exactly the
 * one rule's key: NFKC, lower case, NFKC again, trimmed.
 */
import fc from 'fast-check';
import { nameKey } from '../../src/workbook/port';

const rule = (name: string): string => name.normalize('NFKC').toLowerCase().normalize('NFKC').trim();

it('gives the rule\'s key for ASCII names, control characters and spaces included', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (s) => nameKey(s) === rule(s)), { numRuns: 2000 });
  for (const s of ['', ' ', '\t In_1 \n', 'S1', 'ESG_Scenarios', 'Input', 'A\u007fB', '\u000b x \f']) expect(nameKey(s)).toBe(rule(s));
});

it('gives the rule\'s key for any Unicode name (full-width, ligatures, no-break and ideographic spaces, Turkish İ)', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => nameKey(s) === rule(s)), { numRuns: 2000 });
  for (const s of ['Ｏｐｔｉｏｎ Ｄ', 'ﬁnal', '\u00a0S1\u3000', 'İstanbul', 'ẞ', 'Å', 'A\u030a', 'S1\u200b']) expect(nameKey(s)).toBe(rule(s));
});
