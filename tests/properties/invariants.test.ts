/**
 * The catalogue's invariants (issue 6), through the engine's entry points, over generated
 * inputs that include huge, tiny and fractional values:
 *
 *   GRANT        total = general + retained, exactly (the engine adds the same two doubles)
 *   PROJECT      maintained + academies = the pupil total on every row (to a few ulps for
 *                fractional pupils, exactly for whole ones), never below zero
 *   SHARE        between 0 and the surplus; monotonic in the surplus (marginal; whole with
 *                rising ratios)
 *   SPLIT        ring-fenced + net = surplus and council share + retained = net, exactly
 *   DSG.SUMMARY  net = total − |recoupment|, exactly
 * and a few more (PTE, TRANSFER, TECKAL, MIX). A property only asserts a relation when the
 * function returned values; each counts how often it did, so that a generator drifting into
 * errors fails the test instead of passing it vacuously.
 */
import fc from 'fast-check';
import {
  dsgPte,
  dsgSummary,
  dsgTransfer,
  esgGrant,
  esgProject,
  isError,
  mix,
  tradedShare,
  tradedSplit,
  tradedTeckal,
  type Matrix,
  type Result,
} from '../../src/engine';
import { bandsArb, countArb, fractionArb, yearArb } from './arbitraries';

/** Runs per property (12 properties below). */
export const RUNS = 1000;

/** A finite non-negative number, including the extremes (huge, tiny, -0). */
const amount = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 200_000 }), weight: 3 },
  { arbitrary: fc.double({ min: 0, max: 1e12, noNaN: true }), weight: 3 },
  { arbitrary: fc.constantFrom(0, -0, 5e-324, 2.2250738585072014e-308, 0.1, 1e15, 2 ** 53 + 2, 1e300, 1e308), weight: 1 },
);
const signed = fc.oneof(amount, amount.map((x) => -x));

function counter() {
  let n = 0;
  return { hit: () => void n++, get count() { return n; } };
}

function num(cell: unknown): number {
  if (typeof cell !== 'number') throw new Error(`expected a number, got ${String(cell)}`);
  return cell;
}

/** The value of a labelled row of a two-column spilled table. */
function row(table: Matrix, label: string): number {
  const found = table.find((r) => r[0] === label);
  if (!found) throw new Error(`no row "${label}"`);
  return num(found[1]);
}

const run = <Ts>(p: fc.IProperty<Ts>) => fc.assert(p, { numRuns: RUNS });

test('GRANT: total = general + retained, exactly; total is an error only when a part is or the sum overflows', () => {
  const exact = counter();
  const rate = fc.oneof(fc.constantFrom(undefined, null), fc.double({ min: 0, max: 200, noNaN: true }), fc.constantFrom(1e300, 5e-324));
  run(
    fc.property(countArb, countArb, countArb, countArb, yearArb, rate, rate, (m, s, p, a, y, g, r) => {
      const general = esgGrant(m, s, p, a, y, 'general', g, r);
      const retained = esgGrant(m, s, p, a, y, 'retained', g, r);
      const total = esgGrant(m, s, p, a, y, 'total', g, r);
      if (isError(total)) {
        const partsOk = !isError(general) && !isError(retained);
        if (partsOk) expect(Number.isFinite(general + retained)).toBe(false);
        return;
      }
      if (isError(general) || isError(retained)) throw new Error('total has a value but a part does not');
      expect(total).toBe(general + retained);
      exact.hit();
    }),
  );
  expect(exact.count).toBeGreaterThan(RUNS / 4);
});

const projectArgs = fc
  .tuple(amount, amount, amount, amount, fc.integer({ min: 2013, max: 2017 }), fc.integer({ min: 0, max: 6 }))
  .chain(([m, s, p, a, start, years]) =>
    fc
      .oneof(
        fc.tuple(fc.constant('pupils'), amount),
        fc.tuple(fc.constant('percent'), fc.double({ min: 0, max: 1, noNaN: true })),
        fc.tuple(fc.constant('target'), fc.double({ min: 0, max: 1, noNaN: true }).map((f) => f * m)),
      )
      .chain(([mode, conversion]) =>
        fc.record({
          m: fc.constant(m), s: fc.constant(s), p: fc.constant(p), a: fc.constant(a),
          start: fc.constant(start), years: fc.constant(years),
          mode: fc.constant(mode), conversion: fc.constant(conversion),
          timing: fc.constantFrom('start', 'even'), rates: fc.constantFrom('held', 'published'),
        }),
      ),
  );

function projectRows(r: Result<Matrix>): number[][] | undefined {
  if (isError(r)) return undefined;
  return r.slice(1).map((cells) => cells.slice(1).map(num));
}

test('PROJECT: every row keeps the pupil total, nothing goes below zero, maintained pupils never rise', () => {
  const checked = counter();
  run(
    fc.property(projectArgs, (x) => {
      const table = esgProject(x.m, x.s, x.p, x.a, x.start, x.years, x.conversion, x.mode, x.timing, x.rates);
      const rows = projectRows(table);
      if (rows === undefined) return;
      expect(rows).toHaveLength(x.years + 1);
      const total = x.m + x.s + x.p + x.a;
      const tolerance = 8 * Number.EPSILON * total + 8 * Number.MIN_VALUE;
      let previous: number[] | undefined;
      for (const [maintained, academies, retained, general, grant] of rows) {
        expect(Math.abs(maintained + academies - total)).toBeLessThanOrEqual(tolerance);
        for (const v of [maintained, academies, retained, general, grant]) expect(v).toBeGreaterThanOrEqual(0);
        expect(maintained).toBeGreaterThanOrEqual(x.s + x.p); // special and PRU are held
        expect(grant).toBe(general + retained);
        if (previous) {
          expect(maintained).toBeLessThanOrEqual(previous[0]);
          expect(academies).toBeGreaterThanOrEqual(previous[1]);
        }
        previous = [maintained, academies];
      }
      expect(rows[0][4]).toBe(esgGrant(x.m, x.s, x.p, x.a, x.start)); // the base row is the start year's grant
      checked.hit();
    }),
  );
  expect(checked.count).toBeGreaterThan(RUNS / 4);
});

test('PROJECT: with whole pupils converting, every row keeps the pupil total exactly', () => {
  const pupils = fc.integer({ min: 0, max: 500_000 });
  run(
    fc.property(pupils, pupils, pupils, pupils, fc.integer({ min: 0, max: 4 }), pupils, fc.constantFrom('start', 'even'), (m, s, p, a, years, c, timing) => {
      const rows = projectRows(esgProject(m, s, p, a, 2013, years, c, 'pupils', timing));
      if (rows === undefined) throw new Error('whole pupils should always project');
      for (const [maintained, academies] of rows) expect(maintained + academies).toBe(m + s + p + a);
    }),
  );
});

const share = (s: unknown, b: { thresholds: unknown[][]; ratios: unknown[][] }, method: string): number => {
  const r = tradedShare(s, b.thresholds, b.ratios, method);
  if (isError(r)) throw new Error(`SHARE failed: ${r.message}`);
  return r;
};

type Bands = { thresholds: unknown[][]; ratios: unknown[][] };

/** Valid bands: fractions only (no blanks or text), so that SHARE always has a value; one time in four every ratio is 1. */
const numericBands: fc.Arbitrary<Bands> = fc.oneof(
  { arbitrary: bandsArb.map((b) => ({ thresholds: b.thresholds, ratios: b.ratios.map(([r]) => [typeof r === 'number' ? r : 0.2]) })), weight: 3 },
  { arbitrary: bandsArb.map((b) => ({ thresholds: b.thresholds, ratios: b.ratios.map(() => [1]) })), weight: 1 },
);

/**
 * Found by this property (fixed in shareCore): with every ratio 1 the rounded slices added
 * up to one ulp more than the surplus, so the council's share exceeded it and SPLIT left the
 * trading arm -£0.000000002.
 */
const SHARE_ABOVE_SURPLUS: [number, Bands, string] = [9999999.797011016, { thresholds: [[0], [758155.0651090955]], ratios: [[1], [1]] }, 'marginal'];

test('SHARE: never below 0, never above the surplus', () => {
  fc.assert(
    fc.property(signed, numericBands, fc.constantFrom('marginal', 'whole'), (s, b, method) => {
      const v = share(s, b, method);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(Math.max(0, s));
    }),
    { numRuns: RUNS, examples: [SHARE_ABOVE_SURPLUS] },
  );
});

test('SHARE: monotonic in the surplus (marginal method)', () => {
  run(
    fc.property(signed, signed, numericBands, (x, y, b) => {
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      expect(share(lo, b, 'marginal')).toBeLessThanOrEqual(share(hi, b, 'marginal'));
    }),
  );
});

test('SHARE: monotonic in the surplus (whole method, ratios rising from band to band)', () => {
  run(
    fc.property(signed, signed, numericBands, (x, y, b) => {
      const rising = { thresholds: b.thresholds, ratios: b.ratios.map(([r]) => r as number).sort((p, q) => p - q).map((r) => [r]) };
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      expect(share(lo, rising, 'whole')).toBeLessThanOrEqual(share(hi, rising, 'whole'));
    }),
  );
});

/** The gap between x and the next double away from zero. */
function ulp(x: number): number {
  const a = Math.abs(x);
  if (a < 2 ** -1021) return Number.MIN_VALUE;
  let u = 2 ** (Math.floor(Math.log2(a)) - 52);
  if (a / u >= 2 ** 53) u *= 2; // log2 rounded up at a binade's edge
  if (a / u < 2 ** 52) u /= 2;
  return u;
}

/**
 * The engine computes net = surplus − ring-fenced and retained = net − council share, so the
 * parts add back exactly except when that subtraction rounds a tie: then the sum is one ulp
 * off (about 2e-12 on £14,377.64). It is exact whenever the part computed by subtraction is
 * the larger (Sterbenz), e.g. whenever the ring-fence is 50% or more.
 */
test('SPLIT: ring-fenced + net = surplus and council share + retained = net (exact, or one ulp at a rounding tie); the share is SHARE of the net', () => {
  let ulpOff = 0;
  fc.assert(
    fc.property(signed, numericBands, fractionArb, fc.constantFrom('marginal', 'whole'), (s, b, rf, method) => {
      const table = tradedSplit(s, b.thresholds, b.ratios, rf, method);
      if (isError(table)) throw new Error(`SPLIT failed: ${table.message}`);
      const surplus = row(table, 'Surplus');
      const ringfenced = row(table, 'Ring-fenced for reinvestment');
      const net = row(table, 'Net surplus');
      const council = row(table, 'Council share');
      const retained = row(table, 'Retained by the trading arm');
      expect(surplus).toBe(s === 0 ? 0 : s);
      expect(Math.abs(ringfenced + net - surplus)).toBeLessThanOrEqual(ulp(surplus));
      expect(Math.abs(council + retained - net)).toBeLessThanOrEqual(ulp(net));
      if (ringfenced >= net) expect(ringfenced + net).toBe(surplus);
      if (council >= retained) expect(council + retained).toBe(net);
      if (ringfenced + net !== surplus || council + retained !== net) ulpOff++;
      expect(ringfenced).toBeGreaterThanOrEqual(0);
      expect(council).toBe(share(net, b, method));
      expect(retained).toBeGreaterThanOrEqual(Math.min(0, net)); // negative only for a deficit
    }),
    { numRuns: RUNS, examples: [[14377.642127116591, { thresholds: [[0]], ratios: [[0]] }, 0.2, 'marginal'], [SHARE_ABOVE_SURPLUS[0], SHARE_ABOVE_SURPLUS[1], 0, 'marginal']] },
  );
  if (process.env.PROPERTY_STATS) console.log('SPLIT sums one ulp off in', ulpOff, 'of', RUNS + 2);
});

test('DSG.SUMMARY: net = total − |recoupment| exactly, recoupment shown negative', () => {
  const checked = counter();
  run(
    fc.property(amount, amount, amount, fc.option(amount, { nil: null }), fc.option(signed, { nil: undefined }), (s, e, h, c, r) => {
      const table = dsgSummary(s, e, h, c, r);
      if (isError(table)) {
        expect(Number.isFinite(s + e + h + (c ?? 0) - Math.abs(r ?? 0))).toBe(false);
        return;
      }
      const total = row(table, 'Total DSG');
      const recoupment = row(table, 'Academy recoupment');
      expect(total).toBe(s + e + h + (c ?? 0));
      expect(recoupment).toBe(r === undefined || r === 0 ? 0 : -Math.abs(r));
      expect(Object.is(recoupment, -0)).toBe(false);
      expect(row(table, 'Net DSG')).toBe(total - Math.abs(recoupment));
      // A central of 0 leaves the row out as a blank does (issue 12.1: Excel for Windows passes an empty cell as 0).
      expect(table.some((x) => x[0] === 'Central School Services block')).toBe(c !== null && c !== 0);
      checked.hit();
    }),
  );
  expect(checked.count).toBeGreaterThan(RUNS / 2);
});

test('DSG.PTE: between 0 and the number of children; blanks ignored', () => {
  const hours = fc.array(fc.oneof(fc.double({ min: 0, max: 80, noNaN: true }), fc.constant(null), fc.constant(1e308)), { maxLength: 40 });
  run(
    fc.property(hours, (h) => {
      const v = dsgPte(h.map((x) => [x]));
      if (isError(v)) throw new Error(v.message);
      const children = h.filter((x) => x !== null).length;
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(children);
    }),
  );
});

test('DSG.TRANSFER: the amount, or an error exactly when it is over 0.5% from 2018-19 without approval', () => {
  run(
    fc.property(amount, amount, fc.integer({ min: 2010, max: 2030 }), fc.boolean(), (block, amt, y, approved) => {
      const v = dsgTransfer(block, amt, y, approved);
      const refused = y >= 2018 && !approved && amt > block / 200;
      expect(isError(v)).toBe(refused);
      if (!isError(v)) expect(v).toBe(amt === 0 ? 0 : amt);
      else expect(v.message).toContain('0.5%');
    }),
  );
});

test('TRADED.TECKAL: a share between 0 and 1', () => {
  run(
    fc.property(amount, amount, (c, o) => {
      const v = tradedTeckal(c, o);
      if (isError(v)) {
        expect(c + o === 0 || !Number.isFinite(c + o)).toBe(true);
        return;
      }
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }),
  );
});

test('MIX: shares between 0 and 1 that add up to 1 (to rounding); statuses agree with the bands', () => {
  const ranges = [[0.25, 0.4], [0.35, 0.4], [0.2, 0.3]];
  run(
    fc.property(amount, amount, amount, (a, b, c) => {
      const table = mix(a, b, c);
      if (isError(table)) {
        expect(a + b + c === 0 || !Number.isFinite(a + b + c)).toBe(true);
        return;
      }
      const shares = table.map((r) => num(r[1]));
      for (const [i, sh] of shares.entries()) {
        expect(sh).toBeGreaterThanOrEqual(0);
        expect(sh).toBeLessThanOrEqual(1);
        const [min, max] = ranges[i];
        expect(table[i][2]).toBe(sh < min ? 'Below range' : sh > max ? 'Above range' : 'Within range');
      }
      expect(Math.abs(shares[0] + shares[1] + shares[2] - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
    }),
  );
});
