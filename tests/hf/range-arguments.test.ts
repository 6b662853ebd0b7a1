/**
 * Range arguments through HyperFormula (issue 13 point 2 pins this before the plugin stops
 * converting an unchanged range at every call): a column of ESG.TRADED.SHARE over one
 * shared sliding scale must give, after every kind of change to the scale's cells, exactly
 * what the engine gives on the cells as they are now — values, errors and messages — on
 * both hosts' empty cells.
 *
 * The oracle reads the cells through HyperFormula's public API (getCellValue), never
 * through the plugin, and runs the engine's catalogue entry on them.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { catalogueEntry, isError, runEntry } from '../../src/engine';
import { createHyperFormula, type EmptyCellMode } from '../../src/hf/engine';

const ROWS = 12;
const SHARE = catalogueEntry('TRADED.SHARE');

/** Surpluses in A1:A12, the scale in G1:I2 (thresholds, ratios), the calls in E1:E12. */
function book(mode: EmptyCellMode): HyperFormula {
  const data: unknown[][] = [];
  for (let r = 0; r < ROWS; r++) {
    const row: unknown[] = [r * 15000 - 20000, null, null, null, `=ESG.TRADED.SHARE(A${r + 1},$G$1:$I$1,$G$2:$I$2)`];
    data.push(row);
  }
  data[0].push(null, 0, 50000, 100000);
  data[1].push(null, 0.5, 0.25, 0.1);
  return createHyperFormula({ S: data as never }, {}, { empty: mode });
}

const at = (row: number, col: number) => ({ sheet: 0, row, col });

/** A cell as Excel passes it to a custom function, or the error it holds. */
function cellRaw(hf: HyperFormula, row: number, col: number, empty: null | 0): unknown {
  const v = hf.getCellValue(at(row, col));
  return v === null ? empty : v;
}

/** What the engine gives for row r on the cells as they are now (no plugin involved). */
function oracle(hf: HyperFormula, r: number, mode: EmptyCellMode, scale: { row: number; col: number; cols: number }): unknown {
  const empty = mode === 'desktop' ? 0 : null;
  const surplus = cellRaw(hf, r, 0, empty);
  const band = (row: number): unknown[][] => [Array.from({ length: scale.cols }, (_, c) => cellRaw(hf, row, scale.col + c, empty))];
  const args = [surplus, band(scale.row), band(scale.row + 1)];
  for (const a of args) {
    const cells = Array.isArray(a) ? (a as unknown[][]).flat() : [a];
    const error = cells.find((c) => c instanceof DetailedCellError);
    if (error) return { error: (error as DetailedCellError).value };
  }
  const result = runEntry(SHARE, args);
  return isError(result) ? { error: result.code, message: result.message } : result;
}

function shown(hf: HyperFormula, r: number, col = 4): unknown {
  const v = hf.getCellValue(at(r, col));
  if (v instanceof DetailedCellError) return v.value === '#VALUE!' || v.value === '#N/A' ? { error: v.value, message: v.message } : { error: v.value };
  return v;
}

function expectAgree(hf: HyperFormula, mode: EmptyCellMode, scale = { row: 0, col: 6, cols: 3 }): void {
  const got = Array.from({ length: ROWS }, (_, r) => shown(hf, r));
  const want = Array.from({ length: ROWS }, (_, r) => oracle(hf, r, mode, scale));
  expect(got).toEqual(want);
}

describe.each<EmptyCellMode>(['web', 'desktop'])('ESG.TRADED.SHARE over one shared scale (%s empty cells)', (mode) => {
  let hf: HyperFormula;
  beforeEach(() => {
    hf = book(mode);
  });
  afterEach(() => hf.destroy());

  it('follows every change to the scale: values, text, blanks, formulas, errors', () => {
    expectAgree(hf, mode);
    expect(shown(hf, ROWS - 1)).toBe(25000 + 12500 + 0.1 * (11 * 15000 - 20000 - 100000));
    const steps: [number, number, unknown][] = [
      [1, 7, 0.3], // a ratio
      [0, 7, 'x'], // a threshold as text
      [0, 7, 60000],
      [0, 8, null], // a blank threshold
      [0, 8, '=K1*2'], // a threshold computed from K1 (empty, then set)
      [0, 10, 70000],
      [0, 10, 30000], // the scale no longer ascends
      [0, 10, 90000],
      [1, 7, '=1/0'], // an error inside the range
      [1, 7, 0.25],
      [0, 6, 5], // the first threshold not 0
      [0, 6, 0],
      [0, 0, 'abc'], // the surplus (not the scale)
    ];
    for (const [row, col, value] of steps) {
      hf.setCellContents(at(row, col), [[value as never]]);
      expectAgree(hf, mode);
    }
    expect(shown(hf, 0)).toEqual(expect.objectContaining({ error: '#VALUE!' }));
    expect(shown(hf, 5)).toBe(oracle(hf, 5, mode, { row: 0, col: 6, cols: 3 }));
  });

  it('follows the scale through a batch, undo and redo', () => {
    hf.batch(() => {
      hf.setCellContents(at(1, 6), [[0.4]]);
      hf.setCellContents(at(1, 8), [[0.05]]);
    });
    expectAgree(hf, mode);
    const batched = shown(hf, ROWS - 1);
    hf.undo();
    expectAgree(hf, mode);
    expect(shown(hf, ROWS - 1)).not.toBe(batched);
    hf.redo();
    expectAgree(hf, mode);
    expect(shown(hf, ROWS - 1)).toBe(batched);
  });

  it('follows the scale when a column is inserted into it, filled, and removed again', () => {
    hf.addColumns(0, [8, 1]); // between H and I: the scale becomes G1:J2 with I blank
    expect(hf.getCellFormula(at(0, 4))).toBe('=ESG.TRADED.SHARE(A1,$G$1:$J$1,$G$2:$J$2)');
    expectAgree(hf, mode, { row: 0, col: 6, cols: 4 });
    expect(shown(hf, ROWS - 1)).toEqual(expect.objectContaining({ error: '#VALUE!' }));
    hf.setCellContents(at(0, 8), [[75000]]);
    hf.setCellContents(at(1, 8), [[0.2]]);
    expectAgree(hf, mode, { row: 0, col: 6, cols: 4 });
    hf.removeColumns(0, [8, 1]);
    expectAgree(hf, mode);
    hf.undo();
    expectAgree(hf, mode, { row: 0, col: 6, cols: 4 });
  });

  it('follows the scale when a row is inserted between its two rows, and when it is moved', () => {
    hf.addRows(0, [1, 1]); // ratios move to row 3: the formulas follow them
    expect(hf.getCellFormula(at(0, 4))).toBe('=ESG.TRADED.SHARE(A1,$G$1:$I$1,$G$3:$I$3)');
    hf.removeRows(0, [1, 1]);
    expectAgree(hf, mode);
    hf.moveCells({ start: at(0, 6), end: at(1, 8) }, at(4, 10)); // to K5:M6
    expect(hf.getCellFormula(at(0, 4))).toBe('=ESG.TRADED.SHARE(A1,$K$5:$M$5,$K$6:$M$6)');
    expectAgree(hf, mode, { row: 4, col: 10, cols: 3 });
    hf.setCellContents(at(0, 6), [[1, 2, 3], [4, 5, 6]]); // the old place: no longer the scale
    expectAgree(hf, mode, { row: 4, col: 10, cols: 3 });
    hf.setCellContents(at(5, 11), [[0.35]]);
    expectAgree(hf, mode, { row: 4, col: 10, cols: 3 });
  });
});

describe('range arguments given otherwise', () => {
  it('a named range and a range where one value is expected', () => {
    const hf = createHyperFormula({
      S: [
        [0, 50000, 100000, null, '=ESG.TRADED.SHARE(120000,Thresholds,Ratios)', '=ESG.TRADED.SHARE(A1:B1,Thresholds,Ratios)'],
        [0.5, 0.25, 0.1],
      ] as never,
    }, {}, { empty: 'web' });
    try {
      hf.addNamedExpression('Thresholds', '=S!$A$1:$C$1');
      hf.addNamedExpression('Ratios', '=S!$A$2:$C$2');
      hf.setCellContents(at(0, 4), [['=ESG.TRADED.SHARE(120000,Thresholds,Ratios)', '=ESG.TRADED.SHARE(A1:B1,Thresholds,Ratios)']]);
      expect(hf.getCellValue(at(0, 4))).toBe(25000 + 12500 + 2000);
      expect(shown(hf, 0, 5)).toEqual({ error: '#VALUE!', message: 'surplus must be a single value, not a range of 1 × 2 cells' });
      hf.setCellContents(at(1, 1), [[0.3]]);
      expect(hf.getCellValue(at(0, 4))).toBe(25000 + 15000 + 2000);
      hf.setCellContents(at(0, 1), [['fifty']]);
      expect(shown(hf, 0, 4)).toEqual({ error: '#VALUE!', message: 'thresholds, column 2 must be a number, not "fifty"' });
      expect(shown(hf, 0, 5)).toEqual({ error: '#VALUE!', message: 'surplus must be a single value, not a range of 1 × 2 cells' });
    } finally {
      hf.destroy();
    }
  });
});
