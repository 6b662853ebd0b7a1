/**
 * Issue 12.1: an empty referenced cell reaches a custom function as null on Excel on the
 * web and as 0 on Excel for Windows (also inside ranges). For every argument of every
 * catalogue function, the result fed from an empty cell must be the same on both, or a
 * clear error — never two different results.
 *
 * Checked twice: on the engine directly (null vs 0), and through HyperFormula with the
 * argument in a real empty cell, one instance per mode (`empty: 'web' | 'desktop'`, the
 * switch the preview and `npm run calc` take from ESG_EMPTY).
 */
import { DetailedCellError, type CellValue, type HyperFormula } from 'hyperformula';
import { catalogueEntry, CATALOGUE, ENTRIES, isError, type CatalogueName } from '../../src/engine';
import { createHyperFormula, type EmptyCellMode } from '../../src/hf/engine';
import { main as calc } from '../../src/cli/calc';

type Grid = unknown[][];

/** Valid argument lists for each function (optional arguments given and left out). */
const BASES: Record<CatalogueName, unknown[][]> = {
  RATE: [['2015-16', 'retained'], [2016, 'general']],
  GRANT: [[44095, 579, 0, 44769, '2015-16', 'total', 87, 15], [100, 5, 1, 50, '2016-17', 'general'], [100]],
  PROJECT: [
    [44095, 579, 0, 44769, '2015-16', 2, 7047.5, 'pupils', 'even', 'published'],
    [1000, 10, 5, 200, 2014, 3, 0.1, 'percent'],
  ],
  'DSG.BLOCK': [['High Needs', 116, 12000, '2018-19'], ['Schools', 1000, 4000, '2019-20'], ['Early Years', 50, 4.5], ['Central', 1000, 30, '2019-20']],
  'DSG.PTE': [[[[15], [10], [30], [12.5]]]],
  'DSG.SUMMARY': [[300e6, 30e6, 50e6, 1e6, -120e6], [300e6, 30e6, 50e6]],
  'DSG.TRANSFER': [[300e6, 2e6, '2019-20', true], [300e6, 1e6, '2016-17', false]],
  'TRADED.SURPLUS': [[[[500000, 120000]], [[450000, 20000]]]],
  'TRADED.SHARE': [[100000, [[0, 50000, 100000]], [[0.5, 0.25, 0.1]], 'whole'], [60000, [[0, 50000]], [[0.5, 0.25]]]],
  'TRADED.SPLIT': [[100000, [[0, 50000]], [[0.5, 0.25]], 0.2, 'marginal']],
  'TRADED.PRICE': [[50000, 0.3, 100, 0.1], [50000, 0.3]],
  'TRADED.TECKAL': [[800000, 150000]],
  MIX: [[70, 20, 10, [[0.1, 0.5], [0.2, 0.6], [0.1, 0.3]]], [70, 20, 10]],
};

/** The web and desktop values of an argument fed from empty cells: the whole of it, or one cell of a range. */
function blanked(value: unknown, empty: null | 0, which: 'all' | 'last'): unknown {
  if (!Array.isArray(value)) return empty;
  const grid = (value as Grid).map((row) => [...row]);
  if (which === 'all') return grid.map((row) => row.map(() => empty));
  const last = grid[grid.length - 1];
  last[last.length - 1] = empty;
  return grid;
}

/** Same on both hosts, or a clear error on at least one: never two different results. */
function agree(web: unknown, desktop: unknown): boolean {
  if (isError(web) || isError(desktop)) return true;
  return JSON.stringify(web) === JSON.stringify(desktop);
}

interface Case {
  name: CatalogueName;
  base: unknown[];
  param: number;
  which: 'all' | 'last';
}

const CASES: Case[] = [];
for (const entry of CATALOGUE) {
  const name = entry.name as CatalogueName;
  for (const base of BASES[name]) {
    for (let param = 0; param < base.length; param++) {
      CASES.push({ name, base, param, which: 'all' });
      if (Array.isArray(base[param])) CASES.push({ name, base, param, which: 'last' });
    }
  }
}

const label = (c: Case) => `${c.name} ${catalogueEntry(c.name).params[c.param].name}${c.which === 'last' ? ' (one cell)' : ''} of ${JSON.stringify(c.base)}`;

test('every catalogue function and every parameter is covered', () => {
  for (const entry of CATALOGUE) {
    const covered = new Set(CASES.filter((c) => c.name === entry.name).map((c) => c.param));
    expect([...covered].sort()).toEqual(entry.params.map((_, i) => i));
  }
});

describe('engine: null (web) and 0 (desktop) for an empty cell give the same result or an error', () => {
  test.each(CASES.map((c) => [label(c), c] as const))('%s', (_label, c) => {
    const run = ENTRIES[c.name];
    const withEmpty = (empty: null | 0) => c.base.map((v, i) => (i === c.param ? blanked(v, empty, c.which) : v));
    const web = run(...withEmpty(null));
    const desktop = run(...withEmpty(0));
    if (!agree(web, desktop)) throw new Error(`web ${JSON.stringify(web)} ≠ desktop ${JSON.stringify(desktop)}`);
  });
});

// ---- Through HyperFormula, with real empty cells ------------------------------------------

/** Column letters for a 0-based index (small sheets only). */
const col = (c: number) => String.fromCharCode(65 + c);
const cellText = (v: unknown): unknown => (typeof v === 'string' ? `="${v.replace(/"/g, '""')}"` : v === true ? '=TRUE()' : v === false ? '=FALSE()' : v);

/** Each argument in its own 4-column block of rows 1-4; the formula in A6. */
function sheetFor(name: CatalogueName, args: unknown[]): { data: unknown[][]; formula: string } {
  const data: unknown[][] = Array.from({ length: 6 }, () => Array<unknown>(4 * args.length).fill(null));
  const refs: string[] = [];
  args.forEach((v, i) => {
    const left = 4 * i;
    if (Array.isArray(v)) {
      const grid = v as Grid;
      grid.forEach((row, r) => row.forEach((cell, c) => (data[r][left + c] = cellText(cell))));
      refs.push(`${col(left)}1:${col(left + grid[0].length - 1)}${grid.length}`);
    } else {
      data[0][left] = cellText(v);
      refs.push(`${col(left)}1`);
    }
  });
  return { data, formula: `=ESG.${name}(${refs.join(',')})` };
}

function valueOf(hf: HyperFormula): unknown {
  const address = { sheet: 0, row: 5, col: 0 };
  const plain = (v: CellValue) => (v instanceof DetailedCellError ? { kind: 'error', code: v.value, message: v.message } : v);
  if (hf.isCellPartOfArray(address)) {
    return hf.getSheetValues(0).slice(5).map((row) => row.map(plain));
  }
  return plain(hf.getCellValue(address));
}

function caseSheet(name: CatalogueName, args: unknown[]): (string | number | null)[][] {
  const { data, formula } = sheetFor(name, args);
  data[5][0] = formula;
  return data as (string | number | null)[][];
}

/**
 * One workbook per mode, its sheet replaced for each case: building a HyperFormula instance
 * (its formula parser) cost more than the case. A test after the cases checks that a replaced
 * sheet gives what a fresh workbook gives.
 */
const engines = new Map<EmptyCellMode, HyperFormula>();
afterAll(() => engines.forEach((hf) => hf.destroy()));

function evaluateIn(mode: EmptyCellMode, name: CatalogueName, args: unknown[]): unknown {
  let hf = engines.get(mode);
  if (!hf) engines.set(mode, (hf = createHyperFormula({ S: [] }, {}, { empty: mode })));
  hf.setSheetContent(0, caseSheet(name, args));
  return valueOf(hf);
}

function evaluateFresh(mode: EmptyCellMode, name: CatalogueName, args: unknown[]): unknown {
  const hf = createHyperFormula({ S: caseSheet(name, args) }, {}, { empty: mode });
  try {
    return valueOf(hf);
  } finally {
    hf.destroy();
  }
}


describe('HyperFormula (preview, calc): web and desktop modes agree or give an error for an empty cell', () => {
  test.each(CASES.map((c) => [label(c), c] as const))('%s', (_label, c) => {
    // An empty cell in HyperFormula: null in the sheet data.
    const args = c.base.map((v, i) => (i === c.param ? blanked(v, null, c.which) : v));
    const web = evaluateIn('web', c.name, args);
    const desktop = evaluateIn('desktop', c.name, args);
    if (!agree(web, desktop)) throw new Error(`web ${JSON.stringify(web)} ≠ desktop ${JSON.stringify(desktop)}`);
  });
});

test('a case evaluated in the shared workbook, after all the cases above, equals the case in a fresh workbook', () => {
  // Every function's first case with its empty cell: the shared workbooks have held every case's spills and errors by now.
  const sample = CASES.filter((c, i) => i === CASES.findIndex((d) => d.name === c.name));
  expect(sample.map((c) => c.name).sort()).toEqual(CATALOGUE.map((e) => e.name).sort());
  for (const mode of ['web', 'desktop'] as const) {
    for (const c of sample) {
      const args = c.base.map((v, i) => (i === c.param ? blanked(v, null, c.which) : v));
      expect(evaluateIn(mode, c.name, args)).toEqual(evaluateFresh(mode, c.name, args));
    }
  }
});

describe('the examples of issue 12.1, in both modes', () => {
  const both = (formula: string, cells: Record<string, unknown> = {}) =>
    (['web', 'desktop'] as const).map((mode) => {
      const data: unknown[][] = [[null, null, null, null, null]];
      for (const [c, v] of Object.entries(cells)) data[0][c.charCodeAt(0) - 65] = v;
      data.push([formula]);
      const hf = createHyperFormula({ S: data as (string | number | null)[][] }, {}, { empty: mode });
      try {
        return valueOf2(hf);
      } finally {
        hf.destroy();
      }
    });
  const valueOf2 = (hf: HyperFormula) => {
    const v = hf.getCellValue({ sheet: 0, row: 1, col: 0 });
    return v instanceof DetailedCellError ? { error: v.value, message: v.message } : v;
  };

  test('desktop mode really passes 0 for an empty cell, web mode null', () => {
    // TRADED.PRICE's units: blank means 1, 0 is an error; so the two modes differ here only by an error.
    const [web, desktop] = both('=ESG.TRADED.PRICE(100,0,C1)');
    expect(web).toBe(100);
    expect(desktop).toEqual({ error: '#VALUE!', message: expect.stringContaining('Excel for Windows passes an empty cell as 0') });
  });

  test('=ESG.DSG.BLOCK("High Needs",10,C1) with C1 empty: £100,000 on the web, a clear error on desktop, never £0', () => {
    const [web, desktop] = both('=ESG.DSG.BLOCK("High Needs",10,C1)');
    expect(web).toBe(100000);
    expect(desktop).toEqual({ error: '#VALUE!', message: expect.stringContaining('£10,000 a place') });
  });

  test('the High Needs rate is optional (spec): omitted or left blank, £10,000 a place on every host', () => {
    for (const formula of ['=ESG.DSG.BLOCK("High Needs",10)', '=ESG.DSG.BLOCK("High Needs",10,)', '=ESG.DSG.BLOCK("High Needs",10,,"2018-19")']) {
      expect(both(formula)).toEqual([100000, 100000]);
    }
    // Other blocks still need a rate.
    for (const r of both('=ESG.DSG.BLOCK("Schools",10)')) expect(r).toEqual({ error: '#VALUE!', message: expect.stringContaining('rate is required') });
  });

  test('a blank year or element cell gives the default on both hosts', () => {
    expect(both('=ESG.GRANT(100,0,0,0,C1,D1)')).toEqual([10200, 10200]);
    expect(both('=ESG.RATE(2016,C1)')).toEqual([77, 77]);
  });

  test('DSG.SUMMARY grows no "Central 0" row from an empty central cell', () => {
    for (const mode of ['web', 'desktop'] as const) {
      const hf = createHyperFormula({ S: [[null], ['=ESG.DSG.SUMMARY(300,30,50,A1)']] }, {}, { empty: mode });
      const labels = hf.getSheetValues(0).slice(1).map((row) => row[0]);
      expect(labels).not.toContain('Central School Services Block');
      expect(labels).toHaveLength(6);
      hf.destroy();
    }
  });

  test('npm run calc takes --empty=desktop', () => {
    const web = calc(['=ESG.DSG.BLOCK("High Needs",10,Z9)']);
    const desktop = calc(['--empty=desktop', '=ESG.DSG.BLOCK("High Needs",10,Z9)']);
    expect(JSON.parse(web.stdout ?? '')).toBe(100000);
    expect(JSON.parse(desktop.stdout ?? '')).toEqual({ error: '#VALUE!', message: expect.stringContaining('Excel for Windows') });
  });
});
