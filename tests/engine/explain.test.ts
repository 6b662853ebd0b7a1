/**
 * explain() shares the real functions' code path: for many generated inputs, valid and
 * not, its result is exactly what the function returns, and its steps lead to that result.
 */
import fc from 'fast-check';
import { catalogueEntry, CATALOGUE, ENTRIES, explain, explanationText, isError, type CatalogueName, type Matrix } from '../../src/engine';
import { REGISTRY } from '../../src/functions/registry';
import type { Explanation, Step } from '../../src/engine/explain';

const NAMES = Object.keys(ENTRIES) as CatalogueName[];

/** Deep equality with Object.is for numbers (so -0, NaN and 0.1+0.2 are told apart). */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

const numbers = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 200_000 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1e7, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '', -3, '44,095', '£87', '20%', 'abc', true, 1e308, [[5]], [[1, 2]]) },
);
const yearValues = fc.constantFrom('2015-16', 2013, 2014, 2016, '2017/18', 2018, '2019-20', 2012, 'soon', null, 2015.5);
const grid = (cell: fc.Arbitrary<unknown>) =>
  fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 6 }));

/** Values to try for each parameter, by name; anything else gets `numbers`. */
const POOLS: Record<string, fc.Arbitrary<unknown>> = {
  year: yearValues,
  startYear: yearValues,
  element: fc.constantFrom(null, 'total', 'general', 'retained', 'Retained duties', 'special', 'pru', 'bogus'),
  mode: fc.constantFrom(null, 'pupils', 'percent', 'target', 'nonsense'),
  timing: fc.constantFrom(null, 'start', 'even', 'later'),
  rates: fc.constantFrom(null, 'held', 'published', 'guess'),
  block: fc.constantFrom('Schools', 'Early Years', 'High Needs', 'Central', 'CSSB', 'Other', null),
  method: fc.constantFrom(null, 'marginal', 'whole', 'sideways'),
  approved: fc.constantFrom(null, true, false, 'yes', 'perhaps'),
  years: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(-1, 2.5, 60, null)),
  conversion: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 60_000 }), fc.constantFrom(-1, 'x')),
  hours: grid(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(null), fc.constant(-1))),
  income: grid(fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.constant(null))),
  costs: grid(fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.constant(null), fc.constant('x'))),
  surplus: fc.oneof(fc.integer({ min: -50_000, max: 500_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
  thresholds: fc.constantFrom([[0], [50_000]], [[0, 10_000, 90_000]], [[0]], [[5]], [[0], [0]], [[0], [null]], 0),
  ratios: fc.constantFrom([[0.5], [0.25]], [[1, 0.5, 0]], [[0.3]], [[2]], [[0.5], [0.25], [0.1]], 0.4),
  ringfence: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(1.5, null)),
  recoupment: fc.oneof(fc.integer({ min: -1e8, max: 1e8 }), fc.constant(null)),
  central: fc.oneof(fc.integer({ min: 0, max: 1e7 }), fc.constant(null)),
  rate: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(null, 4.5, -1)),
  units: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.constantFrom(null, 0, 2.5)),
  bands: fc.constantFrom(null, [[0.1, 0.5], [0.2, 0.6], [0.1, 0.3]], [[0.5, 0.1], [0, 1], [0, 1]], [[1]]),
};

const paramNames = (name: CatalogueName): string[] => catalogueEntry(name).params.map((p) => p.name);

function argsFor(name: CatalogueName): fc.Arbitrary<unknown[]> {
  const params = paramNames(name);
  return fc
    .tuple(...params.map((p) => POOLS[p] ?? numbers), fc.integer({ min: 0, max: params.length }))
    .map((values) => {
      // Sometimes leave trailing arguments out altogether, as a formula may.
      const keep = values[values.length - 1] as number;
      return (values.slice(0, -1) as unknown[]).slice(0, Math.max(keep, 1));
    });
}

const real = (name: CatalogueName, args: unknown[]) => (ENTRIES[name] as (...a: unknown[]) => unknown)(...args);

test('every catalogue function has an explainer and the registry\'s parameters are the catalogue\'s', () => {
  expect(CATALOGUE.map((e) => e.name).sort()).toEqual(REGISTRY.map((s) => s.name).sort());
  for (const spec of REGISTRY) {
    expect(typeof catalogueEntry(spec.name as CatalogueName).explainer.summary).toBe('string');
    expect(paramNames(spec.name as CatalogueName)).toEqual(spec.params.map((p) => p.name));
  }
});

describe.each(NAMES)('%s', (name) => {
  test("explain's result is exactly the real function's, valid input or not", () => {
    const stages = new Set<string>();
    fc.assert(
      fc.property(argsFor(name), (args) => {
        const e = explain(name, args);
        stages.add(e.stage);
        expect(same(e.result, real(name, args))).toBe(true);
        // An explanation always names every parameter, and only 'done' has steps.
        expect(e.args.map((a) => a.name)).toEqual(paramNames(name));
        if (e.stage !== 'done') expect(e.steps).toEqual([]);
        if (e.stage !== 'done') expect(isError(e.result)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // The generators reach the maths, not just the argument checks.
    expect(stages.has('done')).toBe(true);
  });

  test('a figure is the value of the last numeric step; steps of a figure are finite', () => {
    fc.assert(
      fc.property(argsFor(name), (args) => {
        const e = explain(name, args);
        for (const s of e.steps) expect(s.expression).not.toBe('');
        if (e.stage === 'done' && typeof e.result === 'number') {
          const numeric = e.steps.filter((s) => typeof s.value === 'number');
          expect(numeric.length).toBeGreaterThan(0);
          expect(Object.is(numeric[numeric.length - 1].value, e.result)).toBe(true);
          for (const s of numeric) expect(Number.isFinite(s.value)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

function lastInGroup(steps: readonly Step[], label: string, group?: string): Step {
  const found = steps.filter((s) => s.label === label && s.group === group);
  if (found.length === 0) throw new Error(`no step "${label}" in group ${group}`);
  return found[found.length - 1];
}

test('PROJECT: each year\'s steps give that row of the spilled table', () => {
  fc.assert(
    fc.property(argsFor('PROJECT'), (args) => {
      const e = explain('PROJECT', args);
      if (e.stage !== 'done' || isError(e.result)) return;
      const table = e.result as Matrix;
      for (const row of table.slice(1)) {
        const year = row[0] as string;
        expect(lastInGroup(e.steps, 'Total grant', year).value).toBe(row[5]);
        expect(lastInGroup(e.steps, 'General element (maintained pupils)', year).value).toBe(row[4]);
        expect(lastInGroup(e.steps, 'Academy pupils', year).value).toBe(row[2]);
      }
    }),
    { numRuns: 200 },
  );
});

test('TRADED.SPLIT and DSG.SUMMARY: steps give the rows of the table', () => {
  fc.assert(
    fc.property(argsFor('TRADED.SPLIT'), (args) => {
      const e = explain('TRADED.SPLIT', args);
      if (e.stage !== 'done' || isError(e.result)) return;
      const t = e.result as Matrix;
      expect(lastInGroup(e.steps, 'Ring-fenced for reinvestment').value).toBe(t[1][1]);
      expect(lastInGroup(e.steps, 'Net surplus').value).toBe(t[2][1]);
      expect(lastInGroup(e.steps, 'Retained by the trading arm').value).toBe(t[4][1]);
    }),
    { numRuns: 200 },
  );
  const s = explain('DSG.SUMMARY', [300_000_000, 30_000_000, 50_000_000, null, -120_000_000]);
  const table = s.result as Matrix;
  expect(lastInGroup(s.steps, 'Net DSG').value).toBe(table[table.length - 1][1]);
  expect(table[table.length - 1][1]).toBe(260_000_000);
});

describe('seed 001 paragraph 41: the July 2015 estimate, explained', () => {
  const e: Explanation = explain('GRANT', [44095, 579, 0, 44290 + 479, '2015-16']);
  test('the steps show the published figures', () => {
    expect(e.steps.map((s) => [s.label, s.expression, s.value])).toEqual([
      ['Weighted maintained pupils', '44,095 + 4.25 × 579 + 3.75 × 0', 46555.75],
      ['General element (maintained pupils)', '87 × (44,095 + 4.25 × 579 + 3.75 × 0)', 4050350.25],
      ['All pupils, maintained and academy', '44,095 + 579 + 0 + 44,769', 89443],
      ['Retained duties element (all pupils)', '15 × 89,443', 1341645],
      ['Total grant', '4,050,350.25 + 1,341,645', 5391995.25],
    ]);
    expect(e.result).toBe(5391995.25);
  });
  test('the rates carry their year and source', () => {
    const general = e.rates.find((r) => r.label === 'ESG general element rate');
    expect(general).toMatchObject({ value: 87, display: '£87 per pupil', year: '2015-16' });
    expect(general?.source).toMatch(/final arrangements for 2015-16, July 2014/);
    expect(e.rates.map((r) => r.value)).toEqual([87, 4.25, 3.75, 15]);
  });
  test('defaults are marked', () => {
    expect(e.args.find((a) => a.name === 'element')).toMatchObject({ display: '"total"', defaulted: true });
    expect(e.args.find((a) => a.name === 'year')).toMatchObject({ display: '2015-16', defaulted: false });
  });
  test('an override names its argument as the source', () => {
    const o = explain('GRANT', [100, 0, 0, 0, 2019, 'general', 50]);
    expect(o.result).toBe(5000);
    expect(o.rates[0]).toMatchObject({ value: 50, year: '2019-20', source: expect.stringContaining('generalRate argument') });
  });
  test('the July 2017 estimate: the last year of ESG.PROJECT', () => {
    const p = explain('PROJECT', [44095, 579, 0, 44769, '2015-16', 2, 7047.5]);
    expect(lastInGroup(p.steps, 'Total grant', '2017-18').value).toBe(4165730.25);
    expect(lastInGroup(p.steps, 'General element (maintained pupils)', '2017-18').expression).toBe(
      '87 × (30,000 + 4.25 × 579 + 3.75 × 0)',
    );
  });
});

test('errors: an unreadable argument stops at read, a year with no ESG at compute, an over-limit transfer at done', () => {
  const bad = explain('GRANT', [44095, -3]);
  expect(bad.stage).toBe('read');
  expect(bad.result).toMatchObject({ code: '#VALUE!', message: "Pupil numbers can't be negative (special = -3)" });
  const none = explain('GRANT', [44095, 0, 0, 0, '2019-20']);
  expect(none.stage).toBe('compute');
  expect(none.result).toMatchObject({ code: '#N/A' });
  const over = explain('DSG.TRANSFER', [100_000_000, 500_001, '2018-19']);
  expect(over.stage).toBe('done');
  expect(over.steps.map((s) => s.value)).toEqual([500_000, false, false]);
  expect(isError(over.result) && over.result.message).toContain('£500,000');
});

test('explanationText: headings, sources and the result, ready to paste', () => {
  const text = explanationText(explain('GRANT', [44095, 579, 0, 44769]), { argSources: ['Inputs!B2', 'Inputs!B3'] });
  expect(text).toContain('mainstream = 44,095 (from Inputs!B2)');
  expect(text).toContain('Rates used');
  expect(text).toContain('ESG general element rate, 2015-16: £87 per pupil — DfE');
  expect(text).toContain('Total grant: 4,050,350.25 + 1,341,645 = 5,391,995.25');
  expect(text.trim().endsWith('5,391,995.25')).toBe(true);
  const table = explanationText(explain('DSG.SUMMARY', [1, 2, 3]));
  expect(table).toContain('Net DSG\t6');
});
