import fc from 'fast-check';
import { dsgPte, dsgSummary } from '../../src/engine/dsg';
import { esgGrant, esgProject } from '../../src/engine/esg';
import { isError, type Matrix, type Result } from '../../src/engine/result';
import { tradedShare } from '../../src/engine/traded';
import { formatYear, readYear } from '../../src/engine/years';

function ok<T>(r: Result<T>): T {
  if (isError(r)) throw new Error(`unexpected engine error: ${r.code} ${r.message}`);
  return r;
}

const pupils = fc.integer({ min: 0, max: 200_000 });
const esgYear = fc.integer({ min: 2013, max: 2017 });

test('GRANT: total = general + retained', () => {
  fc.assert(
    fc.property(pupils, pupils, pupils, pupils, esgYear, (m, s, p, a, y) => {
      const general = ok(esgGrant(m, s, p, a, y, 'general'));
      const retained = ok(esgGrant(m, s, p, a, y, 'retained'));
      expect(ok(esgGrant(m, s, p, a, y, 'total'))).toBe(general + retained);
    }),
  );
});

test('GRANT: converting a pupil to an academy never raises the grant', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 200_000 }), pupils, pupils, esgYear, (m, s, a, y) => {
      expect(ok(esgGrant(m - 1, s, 0, a + 1, y))).toBeLessThanOrEqual(ok(esgGrant(m, s, 0, a, y)));
    }),
  );
});

const modeAndConversion = fc.oneof(
  fc.record({ mode: fc.constant('pupils'), conversion: fc.double({ min: 0, max: 50_000, noNaN: true }) }),
  fc.record({ mode: fc.constant('percent'), conversion: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ mode: fc.constant('target'), conversion: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

function numbers(m: Matrix): number[] {
  return m.slice(1).flatMap((r) => r.filter((c): c is number => typeof c === 'number'));
}

test('PROJECT: pupils are conserved, nothing goes below zero, the base row is the start year', () => {
  fc.assert(
    fc.property(
      pupils,
      pupils,
      pupils,
      pupils,
      fc.integer({ min: 0, max: 4 }),
      modeAndConversion,
      fc.constantFrom('start', 'even'),
      (m, s, p, a, years, mc, timing) => {
        // In target mode the conversion is a share of the current count, so it is reachable.
        const conversion = mc.mode === 'target' ? Math.floor(mc.conversion * m) : mc.conversion;
        const table = ok(esgProject(m, s, p, a, 2015, years, conversion, mc.mode, timing));
        expect(table).toHaveLength(years + 2);
        const total = m + s + p + a;
        for (const row of table.slice(1)) {
          const maintained = row[1] as number;
          const academies = row[2] as number;
          expect(Math.abs(maintained + academies - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, total));
          expect(maintained).toBeGreaterThanOrEqual(s + p);
          expect(row[3]).toBe(15 * total);
        }
        for (const n of numbers(table)) expect(n).toBeGreaterThanOrEqual(0);
        expect(table[1][1]).toBe(m + s + p);
        expect(table[1][5]).toBe(ok(esgGrant(m, s, p, a, 2015)));
      },
    ),
  );
});

test('PROJECT: maintained pupils never rise from year to year', () => {
  fc.assert(
    fc.property(pupils, fc.integer({ min: 1, max: 6 }), modeAndConversion, (m, years, mc) => {
      const conversion = mc.mode === 'target' ? Math.floor(mc.conversion * m) : mc.conversion;
      const col = ok(esgProject(m, 0, 0, 0, 2015, years, conversion, mc.mode)).slice(1).map((r) => r[1] as number);
      for (let i = 1; i < col.length; i++) expect(col[i]).toBeLessThanOrEqual(col[i - 1]);
    }),
  );
});

test('SHARE: between 0 and the surplus; marginal with one band equals whole', () => {
  const scale = fc
    .uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 4 })
    .chain((uppers) => {
      const thresholds = [0, ...uppers.sort((x, y) => x - y)];
      return fc.record({
        thresholds: fc.constant(thresholds.map((t) => [t])),
        ratios: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: thresholds.length,
          maxLength: thresholds.length,
        }).map((rs) => rs.map((r) => [r])),
      });
    });
  fc.assert(
    fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), scale, (surplus, { thresholds, ratios }) => {
      for (const method of ['marginal', 'whole']) {
        const share = ok(tradedShare(surplus, thresholds, ratios, method));
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(Math.max(0, surplus) * (1 + 1e-12));
      }
      const single = [ratios[0]];
      expect(ok(tradedShare(surplus, [[0]], single, 'marginal'))).toBe(ok(tradedShare(surplus, [[0]], single, 'whole')));
    }),
  );
});

test('DSG.PTE: at most one per child', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 60, noNaN: true }), { maxLength: 30 }), (hours) => {
      const pte = ok(dsgPte(hours.map((h) => [h])));
      expect(pte).toBeGreaterThanOrEqual(0);
      expect(pte).toBeLessThanOrEqual(hours.length);
    }),
  );
});

test('DSG.SUMMARY: recoupment sign never matters', () => {
  fc.assert(
    fc.property(fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: -1e9, max: 1e9 }), (s, e, h, r) => {
      expect(ok(dsgSummary(s, e, h, null, r))).toEqual(ok(dsgSummary(s, e, h, null, -r)));
    }),
  );
});

test('years: format then read gives the year back', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1900, max: 9998 }), (y) => {
      expect(readYear(formatYear(y), 'year')).toBe(y);
      expect(readYear(formatYear(y).replace('-', '/'), 'year')).toBe(y);
    }),
  );
});

test('no function returns NaN or Infinity for any number inputs', () => {
  const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constant(null));
  fc.assert(
    fc.property(anyNumber, anyNumber, anyNumber, anyNumber, (a, b, c, d) => {
      const results: unknown[] = [esgGrant(a, b, c, d), tradedShare(a, [[0], [1000]], [[0.5], [0.2]])];
      for (const table of [esgProject(a, b, c, d, 2015, 2, 100), dsgSummary(a, b, c, d)]) {
        if (!isError(table)) results.push(...table.flat());
      }
      for (const r of results) {
        if (typeof r === 'number') expect(Number.isFinite(r)).toBe(true);
      }
    }),
  );
});
