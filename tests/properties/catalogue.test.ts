/**
 * Every catalogue function in REGISTRY, called exactly as Excel calls it (the exported
 * custom function, `spec.fn`) with generated arguments: mostly-valid inputs with some
 * arguments replaced by anything at all, and pure chaos (see ./arbitraries.ts).
 *
 * For every call: no throw; the same result on a second call (pure); the arguments are not
 * mutated; and the result is either an Excel error (#VALUE! or #N/A) with a message, or a
 * value of the declared shape — a rectangular matrix of finite numbers, text and booleans
 * for a spilling function, a finite number otherwise. Never NaN or ±Infinity anywhere.
 */
import fc from 'fast-check';
import { inspect } from 'util';
import { HostlessExcelError, isExcelErrorLike } from '../../src/functions/excel-error';
import { REGISTRY, type FunctionSpec, type ParamSpec } from '../../src/functions/registry';
import {
  anyArgArb,
  bandsArb,
  countArb,
  describeArgs,
  fractionArb,
  nonNegativeRangeArb,
  numberArb,
  rangeArb,
  scalarArb,
  yearArb,
} from './arbitraries';

/** Runs per catalogue function (13 functions: 13 × RUNS generated calls, each made twice). */
export const RUNS = 1000;

const orBlank = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> =>
  fc.oneof({ arbitrary: arb, weight: 4 }, { arbitrary: fc.constantFrom(null, undefined), weight: 1 });
const names = (...options: string[]) => orBlank(fc.constantFrom(...options));
const signedAmount = fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324));
const rateArb = orBlank(fc.double({ min: 0, max: 200, noNaN: true }));
const esgStartYear = fc.oneof({ arbitrary: fc.integer({ min: 2013, max: 2017 }), weight: 4 }, { arbitrary: yearArb, weight: 1 });
const mixBands = fc.oneof(
  fc.constantFrom(undefined, null),
  fc.array(fc.tuple(fractionArb, fractionArb).map(([a, b]) => [a, b]), { minLength: 3, maxLength: 3 }),
);

/** Mostly-valid argument lists for each function, in the order of its parameters. */
const PLAUSIBLE: Record<string, fc.Arbitrary<unknown[]>> = {
  RATE: fc.tuple(esgStartYear, names('general', 'retained', 'special', 'pru', 'Retained Duties', 'AP')),
  GRANT: fc.tuple(countArb, countArb, countArb, countArb, orBlank(yearArb), names('total', 'general', 'retained'), rateArb, rateArb),
  PROJECT: fc
    .tuple(
      countArb,
      countArb,
      countArb,
      countArb,
      esgStartYear,
      fc.oneof({ arbitrary: fc.integer({ min: 0, max: 4 }), weight: 4 }, { arbitrary: fc.constantFrom<unknown>(50, 51, 2.5, -1, null), weight: 1 }),
      fc.constantFrom('pupils', 'percent', 'target', null),
      names('start', 'even'),
      fc.constantFrom('held', 'held', 'published', undefined),
    )
    .chain(([m, s, p, a, start, years, mode, timing, rates]) =>
      fc
        .oneof(
          mode === 'percent' ? fractionArb : mode === 'target' && typeof m === 'number' ? fc.double({ min: 0, max: 1, noNaN: true }).map((f) => f * m) : countArb,
          countArb,
        )
        .map((conversion) => [m, s, p, a, start, years, conversion, mode, timing, rates]),
    ),
  'DSG.BLOCK': fc.tuple(
    fc.constantFrom('Schools', 'Early Years', 'High Needs', 'Central', 'EYB', 'central school services block'),
    countArb,
    orBlank(countArb),
    orBlank(yearArb),
  ),
  'DSG.PTE': fc.tuple(nonNegativeRangeArb),
  'DSG.SUMMARY': fc.tuple(countArb, countArb, countArb, orBlank(countArb), orBlank(signedAmount)),
  'DSG.TRANSFER': fc.tuple(countArb, countArb, yearArb, fc.constantFrom<unknown>(true, false, null, undefined, 'yes', 'NO', 1, 0)),
  'TRADED.SURPLUS': fc.tuple(nonNegativeRangeArb, nonNegativeRangeArb),
  'TRADED.SHARE': fc.tuple(signedAmount, bandsArb, names('marginal', 'whole', 'tiered', 'flat')).map(([s, b, m]) => [s, b.thresholds, b.ratios, m]),
  'TRADED.SPLIT': fc
    .tuple(signedAmount, bandsArb, fractionArb, names('marginal', 'whole'))
    .map(([s, b, rf, m]) => [s, b.thresholds, b.ratios, rf, m]),
  'TRADED.PRICE': fc.tuple(countArb, orBlank(fc.double({ min: 0, max: 3, noNaN: true })), orBlank(countArb), orBlank(fractionArb)),
  'TRADED.TECKAL': fc.tuple(countArb, countArb),
  MIX: fc.tuple(countArb, countArb, countArb, mixBands),
};

function chaosFor(p: ParamSpec): fc.Arbitrary<unknown> {
  return p.range ? fc.oneof({ arbitrary: rangeArb, weight: 3 }, { arbitrary: scalarArb, weight: 1 }) : anyArgArb;
}

/** Drops some trailing arguments (an omitted argument arrives as undefined, or not at all). */
function truncate(args: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return args.chain((a) =>
    fc.oneof({ arbitrary: fc.constant(a), weight: 3 }, { arbitrary: fc.nat({ max: a.length }).map((n) => a.slice(0, n)), weight: 1 }),
  );
}

/**
 * Plausible arguments, each replaced by a chaotic one with probability 1/(n + 1) for n
 * parameters (so about one argument in most lists); or all chaos.
 */
function argsFor(spec: FunctionSpec): fc.Arbitrary<unknown[]> {
  const plausible = PLAUSIBLE[spec.name];
  const keep = spec.params.length;
  const mutated = plausible.chain((args) =>
    fc.tuple(
      ...spec.params.map((p, i) =>
        fc.oneof({ arbitrary: fc.constant<unknown>(args[i]), weight: keep }, { arbitrary: chaosFor(p), weight: 1 }),
      ),
    ),
  );
  const chaos = fc.tuple(...spec.params.map(chaosFor));
  return truncate(fc.oneof({ arbitrary: mutated, weight: 3 }, { arbitrary: chaos, weight: 1 }));
}

/**
 * The checks below run for every generated call and every cell of a result (tens of thousands
 * of times): plain checks that throw, rather than jest's `expect`, which builds its matchers on
 * every call and was most of this file's time. fast-check reports the failing arguments.
 */
function must(ok: boolean, what: string, seen?: unknown): asserts ok {
  if (!ok) throw new Error(seen === undefined ? what : `${what}; got ${inspect(seen)}`);
}

function checkCell(cell: unknown): void {
  if (typeof cell === 'number') must(Number.isFinite(cell), 'a number in a result is finite', cell);
  else must(typeof cell === 'string' || typeof cell === 'boolean', 'a cell of a result is a number, text or a boolean', cell);
}

/** The contract of a returned value; 'value' or 'error'. */
function checkResult(spec: FunctionSpec, result: unknown, args: readonly unknown[]): 'value' | 'error' {
  if (isExcelErrorLike(result)) {
    must(result instanceof HostlessExcelError, 'an error result is the wrapper\'s HostlessExcelError', result);
    must(result.code === '#VALUE!' || result.code === '#N/A', 'an error is #VALUE! or #N/A', result.code);
    must(result.message.trim().length > 0, 'an error has a message', result);
    // A message quotes what the user entered, never a JavaScript artefact.
    const entered = describeArgs(args);
    for (const artefact of ['[object ', 'undefined', 'NaN', 'Infinity']) {
      if (!entered.includes(artefact)) must(!result.message.includes(artefact), `the message has no "${artefact}"`, result.message);
    }
    return 'error';
  }
  if (spec.spills) {
    must(Array.isArray(result), 'a spilling function returns rows', result);
    const rows = result as unknown[];
    must(rows.length > 0, 'a spilled result has a row');
    const width = (rows[0] as unknown[]).length;
    must(width > 0, 'a spilled result has a column');
    for (const row of rows) {
      must(Array.isArray(row) && row.length === width, `every row of a spilled result has ${width} cells`, row);
      for (const cell of row as unknown[]) checkCell(cell);
    }
  } else {
    must(typeof result === 'number', 'a non-spilling function returns a number', result);
    checkCell(result);
  }
  return 'value';
}

describe.each(REGISTRY.map((spec) => [spec.name, spec] as const))('ESG.%s on generated input', (_name, spec) => {
  test(`never throws; a value of the declared shape or an Excel error with a message (${RUNS} runs)`, () => {
    const seen = { value: 0, error: 0 };
    fc.assert(
      fc.property(argsFor(spec), (args) => {
        const before = structuredClone(args);
        const result = spec.fn(...args);
        expect(args).toEqual(before);
        expect(spec.fn(...args)).toEqual(result);
        seen[checkResult(spec, result, args)]++;
      }),
      { numRuns: RUNS },
    );
    if (process.env.PROPERTY_STATS) console.log(spec.name, seen);
    // Both paths were exercised: the generators are not all errors, nor all values.
    expect(seen.value).toBeGreaterThan(RUNS / 10);
    expect(seen.error).toBeGreaterThan(RUNS / 20);
  });
});

test('the generators above cover every function in the registry', () => {
  expect(Object.keys(PLAUSIBLE).sort()).toEqual(REGISTRY.map((s) => s.name).sort());
});

test('the raw number generator does produce the values the host never sends', () => {
  const sample = fc.sample(numberArb, { numRuns: 2000, seed: 42 });
  expect(sample.some((n) => Number.isNaN(n))).toBe(true);
  expect(sample.some((n) => n === Infinity)).toBe(true);
  expect(sample.some((n) => Object.is(n, -0))).toBe(true);
  expect(sample.some((n) => n === 5e-324)).toBe(true);
  expect(sample.some((n) => n === 1e308)).toBe(true);
});
