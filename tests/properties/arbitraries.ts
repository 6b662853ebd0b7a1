/**
 * fast-check arbitraries for raw cell values, as Excel (or HyperFormula) can pass them to a
 * custom function's `any` parameter — and a few that cannot arrive from a host but that the
 * engine must survive all the same (NaN, ±Infinity, objects, nested arrays).
 *
 *   numbers  huge (1e308, MAX_VALUE), tiny (5e-324), -0, negatives, fractions, NaN, ±Infinity
 *   text     "", whitespace, "=1+1", "£1,000", "12.5%", years, option names, unicode digits,
 *            emoji, right-to-left marks, HTML, prototype names, any string
 *   others   TRUE/FALSE, null (a blank cell), undefined (an omitted argument), error-like
 *            objects (HostlessExcelError, an engine error, a bare {code, message}), {}
 *   ranges   2-D arrays of any of the above, jagged (rows of different lengths), empty,
 *            one-dimensional, with a nested array as a cell
 */
import fc from 'fast-check';
import { HostlessExcelError } from '../../src/functions/excel-error';

export const SPECIAL_NUMBERS: readonly number[] = [
  0, -0, 1, -1, 0.5, -0.5, 0.1, 0.2, 0.3, 1 / 3, 15, 7.5, 100, 2015, 2017, 2018, 44095,
  1e15, 2 ** 53, 2 ** 53 + 2, 1e300, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE,
  5e-324, -5e-324, 2.2250738585072014e-308, Number.EPSILON, 1 + Number.EPSILON, 1 - Number.EPSILON / 2,
  NaN, Infinity, -Infinity,
];

export const numberArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_NUMBERS), weight: 3 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }), weight: 2 },
  { arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true }), weight: 2 },
);

export const TRICKY_TEXT: readonly string[] = [
  '', ' ', '   ', '\t', '\n', '\u00a0', '\u3000',
  '=1+1', '=SUM(A1:A3)', '@SUM(1)', '+1', '-1', '£1,000', '-£5', '£', '1,000,000.50', '44,095', '1,00',
  '12.5%', '%', '100%', '1e3', '1e309', '-1e309', '1e-400', '.5', '5.', '+.5e-3', '0x10', '0b1', '1_000',
  'NaN', 'Infinity', '-Infinity', 'TRUE', 'FALSE', 'true', 'yes', 'no',
  '2015-16', '2015/16', '2015–16', '2015-2016', '2015', '2017-18', '2018-19', '2015-17', '1899-00', '9998-99', '9999-00',
  'general', 'retained', 'retained duties', 'special', 'pru', 'total', 'Schools', 'early years', 'HNB', 'CSSB',
  'pupils', 'percent', '%', 'target', 'start', 'even', 'held', 'published', 'marginal', 'whole',
  '#VALUE!', '#N/A', '#DIV/0!', '#REF!',
  '١٢٣', '１２３', '①', 'Ⅻ', '𝟙𝟚', 'ß', 'İ', '😀', '👨‍👩‍👧', '\u202e123', '\u200b1',
  '<script>alert(1)</script>', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];

export const textArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY_TEXT), weight: 4 },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
  { arbitrary: numberArb.map((n) => String(n)), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((n) => `£${n.toLocaleString('en-GB')}`), weight: 1 },
);

/** Error values and objects: what a host could pass for an error cell or a data type. */
export const objectArb: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  new HostlessExcelError('#VALUE!', 'an error in the referenced cell'),
  new HostlessExcelError('#N/A', 'no data'),
  { code: '#DIV/0!', message: '' },
  { kind: 'error', code: '#VALUE!', message: 'an engine error passed back in' },
  {},
  Object.create(null) as object,
  new Date(0),
);

export const scalarArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: numberArb, weight: 5 },
  { arbitrary: textArb, weight: 4 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
  { arbitrary: objectArb, weight: 1 },
);

/** A range: rows of cells, possibly jagged or empty; sometimes one-dimensional or nested. */
export const rangeArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.array(fc.array(scalarArb, { maxLength: 4 }), { maxLength: 5 }), weight: 6 },
  { arbitrary: fc.array(scalarArb, { maxLength: 5 }), weight: 1 },
  { arbitrary: fc.constantFrom<unknown>([], [[]], [[[1]]], [[1, [2]]], [[null]], [[undefined]]), weight: 1 },
);

/** Any argument at all: mostly scalars, sometimes a range. */
export const anyArgArb: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: scalarArb, weight: 4 }, { arbitrary: rangeArb, weight: 1 });

// ---- plausible values: mostly valid, so that the value path is exercised too ----------

/** A non-negative count or amount, including the extremes. */
export const countArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 200_000 }), weight: 4 },
  { arbitrary: fc.double({ min: 0, max: 1e9, noNaN: true }), weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(0, -0, 5e-324, 1e15, 1e300, 1e308, Number.MAX_VALUE, null, '', '44,095', '£1,000'), weight: 2 },
);

export const fractionArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 4 },
  { arbitrary: fc.constantFrom<unknown>(0, 1, 0.2, '20%', 5e-324, 1 - Number.EPSILON / 2, null), weight: 1 },
);

export const yearArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 2010, max: 2025 }), weight: 3 },
  { arbitrary: fc.integer({ min: 2010, max: 2025 }).map((y) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`), weight: 3 },
  { arbitrary: fc.constantFrom<unknown>('2015/16', '2015–16', 1900, 9998, '9998-99', null), weight: 1 },
);

/** Ascending thresholds (the first 0) with a ratio for each, as column ranges. */
export const bandsArb: fc.Arbitrary<{ thresholds: unknown[][]; ratios: unknown[][] }> = fc
  .uniqueArray(
    fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 1e-6, max: 1e12, noNaN: true })),
    { maxLength: 5 },
  )
  .chain((uppers) => {
    const thresholds = [0, ...[...uppers].sort((a, b) => a - b)];
    return fc.record({
      thresholds: fc.constant(thresholds.map((t) => [t])),
      ratios: fc
        .array(fractionArb, { minLength: thresholds.length, maxLength: thresholds.length })
        .map((rs) => rs.map((r) => [r])),
    });
  });

export const nonNegativeRangeArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(fc.array(countArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
  countArb,
);

/** Renders any argument for a failure message or a substring check. */
export function describeArgs(args: readonly unknown[]): string {
  const replacer = (_k: string, v: unknown): unknown => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);
  return args.map((a) => JSON.stringify(a, replacer) ?? 'undefined').join(', ');
}
