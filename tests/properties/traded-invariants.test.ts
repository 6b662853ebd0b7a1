/**
 * The catalogue's invariants (issue 6) for the traded services and MIX, as invariants.test.ts
 * does for ESG and DSG:
 *
 *   SHARE        between 0 and the surplus; monotonic in the surplus (marginal; whole with
 *                rising ratios)
 *   SPLIT        ring-fenced + net = surplus and council share + retained = net, exactly
 * and TECKAL and MIX. A property only asserts a relation when the function returned values;
 * each counts how often it did, so that a generator drifting into errors fails the test
 * instead of passing it vacuously.
 */
import fc from 'fast-check';
import {
  isError,
  mix,
  tradedShare,
  tradedSplit,
  tradedTeckal,
} from '../../src/engine';
import { bandsArb, fractionArb } from './arbitraries';
import { amount, num, row, run, RUNS, signed } from './invariant-support';

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
