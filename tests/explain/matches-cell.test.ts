/**
 * Issue 14.15: Explain shows exactly what the cell shows, always. For every catalogue
 * function — valid calls, every argument replaced by an empty cell, text, a negative
 * number, 0, an error value or left out between commas, and every wrong argument count —
 * the formula is evaluated by HyperFormula (the preview's cell) and explained from the same
 * workbook (src/explain/selected.ts over src/workbook/hf/HyperFormulaSelection.ts), in both empty-cell modes; the explanation's result
 * must equal the cell: the same value or table, or the same error code and message.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { CATALOGUE, isError, type CatalogueName } from '../../src/engine';
import { explainSelectedCell, type FormulaExplanation } from '../../src/explain';
import { HyperFormulaSelection } from '../../src/workbook/hf/HyperFormulaSelection';
import { createHyperFormula, type EmptyCellMode } from '../../src/hf/engine';
import { VALID_CALLS as VALID } from '../support/valid-calls';


/** Cells from row 41 (below any spill): A41 empty, B41 "abc", C41 -5, D41 0, E41 #DIV/0!, F41:G41 with an empty cell, H41 text "1 5". */
const DATA_ROW = 40;
const DATA: unknown[] = [null, 'abc', -5, 0, '=1/0', 15, null, '1 5'];
const REPLACEMENTS = ['A41', 'B41', 'C41', 'D41', 'E41', 'F41:G41', 'H41', '', 'A41:A41'];

function formulasFor(name: CatalogueName): string[] {
  const entry = CATALOGUE.find((e) => e.name === name);
  if (entry === undefined) throw new Error(name);
  const valid = VALID[name];
  const out = new Set<string>();
  const call = (args: string[]) => `=ESG.${name}(${args.join(',')})`;
  out.add(call(valid));
  // Every wrong count: too few (each prefix short of the required) and one too many.
  for (let n = 0; n < entry.minArgs; n++) out.add(call(valid.slice(0, n)));
  out.add(call([...valid, '1']));
  // Each argument replaced.
  valid.forEach((_, i) => {
    for (const r of REPLACEMENTS) out.add(call(valid.map((v, j) => (j === i ? r : v))));
  });
  return [...out];
}

function cellResult(hf: HyperFormula, rows: number, cols: number): unknown {
  const v = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message };
  if (rows === 1 && cols === 1) return v;
  return hf.getRangeValues({ start: { sheet: 0, row: 0, col: 0 }, end: { sheet: 0, row: rows - 1, col: cols - 1 } });
}

/** What Explain says the cell shows. */
function explainedResult(x: FormulaExplanation): { value: unknown; rows: number; cols: number } {
  if (x.kind === 'error-argument') return { value: { error: x.error.error }, rows: 1, cols: 1 };
  if (x.kind !== 'explained') throw new Error(`Explain gave ${x.kind}: ${'message' in x ? x.message : ''}`);
  const r = x.explanation.result;
  if (isError(r)) return { value: { error: r.code, message: r.message }, rows: 1, cols: 1 };
  if (Array.isArray(r)) return { value: r, rows: r.length, cols: r[0]?.length ?? 0 };
  return { value: r, rows: 1, cols: 1 };
}

const CASES = CATALOGUE.flatMap((e) => formulasFor(e.name as CatalogueName).map((f) => [f] as const));

describe.each(['web', 'desktop'] as EmptyCellMode[])('Explain equals the cell (%s empty cells)', (mode) => {
  let hf: HyperFormula;
  beforeAll(() => {
    const rows: unknown[][] = [[null], ...Array.from({ length: DATA_ROW - 1 }, () => []), DATA];
    hf = createHyperFormula({ S: rows as (string | number | null)[][] }, {}, { empty: mode });
  });
  afterAll(() => hf.destroy());

  test.each(CASES)('%s', async (formula) => {
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, formula);
    try {
      const explained = explainedResult((await explainSelectedCell(new HyperFormulaSelection(hf, () => ({ sheet: 0, row: 0, col: 0 })))).explanation);
      const cell = cellResult(hf, explained.rows, explained.cols);
      if (typeof explained.value === 'object' && explained.value !== null && 'error' in explained.value && !('message' in explained.value)) {
        // An error argument: the cell shows that error (its message is the argument's own).
        expect(cell).toEqual(expect.objectContaining(explained.value));
      } else {
        expect(cell).toEqual(explained.value);
      }
    } finally {
      hf.setCellContents({ sheet: 0, row: 0, col: 0 }, null);
    }
  });
});

test('the cases cover every function, wrong counts and error arguments', () => {
  expect(CASES.length).toBeGreaterThan(13 * 10);
  expect(CASES.some(([f]) => f === '=ESG.PROJECT()')).toBe(true);
});
