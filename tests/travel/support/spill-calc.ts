/**
 * Calculation for the fake Excel in the travel tests: every ESG.* formula gets its value
 * from HyperFormula with the add-in's functions (so values are the real ones), and an
 * array result spills into the cells right and below — or shows #SPILL! when one of them
 * holds something, as in Excel. The spills are what `getSpillingToRangeOrNullObject` sees.
 */
import { DetailedCellError } from 'hyperformula';
import { createHyperFormula } from '../../../src/hf/engine';
import { travelState, type FakeRef, type FakeValue, type FakeWorkbook } from '../../support/fake-excel';

export function esgCalculator(): (formula: string) => FakeValue | FakeValue[][] | undefined {
  const hf = createHyperFormula({ Calc: [[]] });
  const memo = new Map<string, unknown>(); // formulas here have constant arguments
  return (formula) => {
    if (!/ESG\./i.test(formula)) return undefined;
    if (!memo.has(formula)) memo.set(formula, hf.calculateFormula(formula, 0));
    const out = memo.get(formula);
    const one = (v: unknown): FakeValue => (v instanceof DetailedCellError ? v.value : v === null || v === undefined ? '' : (v as FakeValue));
    if (Array.isArray(out)) return out.length === 1 && out[0].length === 1 ? one(out[0][0]) : out.map((row) => row.map(one));
    return one(out);
  };
}

export function attachSpillCalc(wb: FakeWorkbook, calc = esgCalculator()): void {
  const spills = new Map<string, FakeRef>();
  const keyOf = (sheet: string, row: number, col: number) => `${sheet.toLowerCase()}!${row},${col}`;
  travelState(wb).spillOf = (sheet, row, col) => spills.get(keyOf(sheet.name, row, col));
  wb.onCalculate = () => {
    for (const sheet of wb.sheets) {
      for (const [k, cell] of [...sheet.cells]) {
        const [row, col] = k.split(',').map(Number);
        const key = keyOf(sheet.name, row, col);
        if (!cell.formula) {
          spills.delete(key);
          continue;
        }
        const result = calc(cell.formula);
        if (result === undefined) continue;
        if (!Array.isArray(result)) {
          cell.value = result;
          continue;
        }
        const mine = spills.get(key);
        const inMine = (r: number, c: number) => mine !== undefined && r < mine.rows && c < mine.cols;
        let blocked = false;
        result.forEach((line, r) => line.forEach((_, c) => {
          if ((r > 0 || c > 0) && !inMine(r, c) && sheet.get(row + r, col + c) !== undefined) blocked = true;
        }));
        if (blocked) {
          cell.value = '#SPILL!';
          spills.delete(key);
          continue;
        }
        result.forEach((line, r) => line.forEach((v, c) => {
          if (r === 0 && c === 0) cell.value = v;
          else sheet.put(row + r, col + c, { value: v, formula: null });
        }));
        spills.set(key, { sheet, row, col, rows: result.length, cols: result[0].length });
      }
    }
  };
}
