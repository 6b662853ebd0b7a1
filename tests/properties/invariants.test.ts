/**
 * The catalogue's invariants (issue 6), through the engine's entry points, over generated
 * inputs that include huge, tiny and fractional values — the ESG and DSG functions here, the
 * traded services and MIX in traded-invariants.test.ts:
 *
 *   GRANT        total = general + retained, exactly (the engine adds the same two doubles)
 *   PROJECT      maintained + academies = the pupil total on every row (to a few ulps for
 *                fractional pupils, exactly for whole ones), never below zero
 *   DSG.SUMMARY  net = total − |recoupment|, exactly
 * and a few more (PTE, TRANSFER). A property only asserts a relation when the function
 * returned values; each counts how often it did, so that a generator drifting into errors
 * fails the test instead of passing it vacuously.
 */
import fc from 'fast-check';
import {
  dsgPte,
  dsgSummary,
  dsgTransfer,
  esgGrant,
  esgProject,
  isError,
  type Matrix,
  type Result,
} from '../../src/engine';
import { countArb, yearArb } from './arbitraries';
import { amount, counter, num, row, run, RUNS, signed } from './invariant-support';

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
