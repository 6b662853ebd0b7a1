/**
 * Issue 11.8: a number typed as text must mean exactly one number (spaces only at its
 * ends), and a number a double can't hold (it would read as 0 or infinity) is #VALUE!.
 * The class is fixed in the engine's one input coercion (numberFromText), which every
 * number argument and every cell of a number range goes through.
 */
import fc from 'fast-check';
import { ENTRIES, isError } from '../../src/engine';
import { numberFromText, readNumber, readRange } from '../../src/engine/input';

describe('number text: exactly one number or an error', () => {
  test('the issue\'s example: =ESG.GRANT("1 5",,,,"2015-16","general") is #VALUE!, not 1,305', () => {
    const r = ENTRIES.GRANT('1 5', null, null, null, '2015-16', 'general');
    expect(r).toEqual({ kind: 'error', code: '#VALUE!', message: 'mainstream must be a number, not "1 5"' });
  });

  test.each(['1 5', '4 4,095', '£ 87', '12.5 %', '1 e3', '- 5', '1\u00a05', '1\t5', '44,0 95'])('"%s" is not a number', (text) => {
    expect(numberFromText(text)).toBeUndefined();
    expect(isError(readNumber(text, 'x'))).toBe(true);
    expect(isError(readRange([[text]], 'x', { blanks: 'skip' }))).toBe(true);
  });

  test.each(['1e-400', '-1e-400', '0.1e-330', '1e-323%', '1e400', '-1e400', '1' + '0'.repeat(400)])('"%s" would read as 0 or infinity: an error', (text) => {
    expect(numberFromText(text)).toBeUndefined();
    expect(isError(readNumber(text, 'x'))).toBe(true);
  });

  test.each([
    [' 15 ', 15],
    ['\t15\n', 15],
    ['0e-400', 0],
    ['0.000', 0],
    ['5e-324', 5e-324],
    ['1.7976931348623157e308', 1.7976931348623157e308],
    ['44,095', 44095],
    [' £87 ', 87],
    ['-£5', -5],
    ['12.5%', 0.125],
  ])('"%s" is %d', (text, n) => {
    expect(numberFromText(text)).toBe(n);
  });

  test('"-0" reads as 0 (never -0 in a cell)', () => {
    expect(Object.is(readNumber('-0', 'x'), 0)).toBe(true);
  });

  test('property: any double written out reads back as itself, with spaces at the ends or not', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('', ' ', '  ', '\t'),
        fc.constantFrom('', ' ', '\n'),
        (x, before, after) => {
          const n = numberFromText(`${before}${String(x)}${after}`);
          expect(n).toBe(x === 0 ? 0 : x); // -0 reads as 0 or -0; both are 0
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('property: a space inside a number makes it text that is no number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.nat(), fc.constantFrom(' ', '\u00a0', '\t'), (x, at, space) => {
        const text = String(Math.abs(x) < 10 ? x + 10 : x); // at least two characters
        const i = 1 + (at % (text.length - 1));
        expect(numberFromText(text.slice(0, i) + space + text.slice(i))).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  test('property: whatever text is accepted means one finite number, never 0 from non-zero digits', () => {
    const numberish = fc.stringMatching(/^[ ]?[+-]?£?[0-9., ]{0,8}(e[+-]?[0-9]{1,3})?%?[ ]?$/);
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string()), (text) => {
        const n = numberFromText(text);
        if (n === undefined) return;
        expect(Number.isFinite(n)).toBe(true);
        expect(/\S\s+\S/.test(text)).toBe(false); // no space between non-spaces
        const digits = text.replace(/e.*$/i, '');
        if (/[1-9]/.test(digits)) expect(n).not.toBe(0);
      }),
      { numRuns: 3000 },
    );
  });
});
