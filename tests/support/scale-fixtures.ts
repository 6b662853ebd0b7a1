/**
 * Large scenario workbooks (shared by tests/faults/scale.test.ts and bench/scenarios.ts, so
 * nothing here imports jest): `inputs` named inputs In_1..In_n on sheet Inputs (column B),
 * ESG_Scenarios with `scenarios` columns S1..Sm on Scenarios!A3 (Sk gives input i the value
 * 10i for S1, 10i + k otherwise), ESG_ActiveScenario = "S1" (the inputs hold S1's values),
 * an empty ESG_ScenarioLog, and ESG_Outputs listing Out_Total = the sum of the inputs.
 */
import type { HyperFormula } from 'hyperformula';
import { createHyperFormula } from '../../src/hf/engine';
import { HyperFormulaWorkbook } from '../../src/workbook/hf';
import type { WriteOp } from '../../src/workbook/port';
import { FakeWorkbook } from './fake-excel';
import { LOG_HEADER } from './scenario-fixtures';

export interface ScaleSpec {
  readonly inputs: number;
  readonly scenarios: number;
  /**
   * Scenarios after this one are partial (allowed by SCENARIOS.md): scenario k gives a value
   * to input ((k - 1) mod inputs) + 1 only. Keeps 10,000 scenarios of 1,000 inputs within a
   * bench's memory; a read of the whole table still covers every cell.
   */
  readonly sparseAfter?: number;
}

/** Scenario `k`'s (1-based) value for input `i` (1-based). */
export function scaleValue(i: number, k: number): number {
  return k === 1 ? 10 * i : 10 * i + k;
}

function cellValue(spec: ScaleSpec, i: number, k: number): number | '' {
  if (spec.sparseAfter === undefined || k <= spec.sparseAfter) return scaleValue(i, k);
  return (k - 1) % spec.inputs === i - 1 ? scaleValue(i, k) : '';
}

/** What Out_Total reads with scenario `k` applied to every input. */
export function scaleTotal(inputs: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= inputs; i += 1) sum += scaleValue(i, k);
  return sum;
}

function header(spec: ScaleSpec): string[] {
  return ['Input', 'Description', ...Array.from({ length: spec.scenarios }, (_, k) => `S${k + 1}`)];
}

function body(spec: ScaleSpec): (string | number)[][] {
  return Array.from({ length: spec.inputs }, (_, r) => [
    `In_${r + 1}`,
    `Input ${r + 1}`,
    ...Array.from({ length: spec.scenarios }, (_, k) => cellValue(spec, r + 1, k + 1)),
  ]);
}

export async function hfScaleWorkbook(spec: ScaleSpec): Promise<{ hf: HyperFormula; wb: HyperFormulaWorkbook }> {
  if (spec.sparseAfter !== undefined && spec.scenarios > spec.sparseAfter) {
    // Writing a 10,000-column table through the port clears every blank cell (minutes, GBs):
    // build the dense part through the port, then put the partial scenarios' few cells in.
    const built = await hfScaleWorkbook({ inputs: spec.inputs, scenarios: spec.sparseAfter });
    const table = built.wb.tables().find((t) => t.name === 'ESG_Scenarios');
    const sheet = built.hf.getSheetId('Scenarios');
    if (!table || sheet === undefined) throw new Error('fixture');
    built.hf.batch(() => {
      for (let k = spec.sparseAfter! + 1; k <= spec.scenarios; k += 1) {
        const col = table.col + 1 + k;
        built.hf.setCellContents({ sheet, row: table.row, col }, [[`S${k}`]]);
        const i = ((k - 1) % spec.inputs) + 1;
        built.hf.setCellContents({ sheet, row: table.row + i, col }, [[scaleValue(i, k)]]);
      }
    });
    built.hf.clearUndoStack();
    table.columns = spec.scenarios + 2;
    return built;
  }
  // The product's engine and configuration (Excel's sheet size, the ESG functions), as the preview has.
  const hf = createHyperFormula();
  const wb = new HyperFormulaWorkbook(hf);
  const n = spec.inputs;
  const ops: WriteOp[] = [
    { kind: 'addSheet', sheet: 'Inputs' },
    { kind: 'addSheet', sheet: 'Scenarios' },
    { kind: 'addSheet', sheet: 'Scenario Log' },
    { kind: 'addSheet', sheet: 'Model' },
    { kind: 'setCells', sheet: 'Inputs', address: 'A1', cells: Array.from({ length: n }, (_, r) => [`Input ${r + 1}`, scaleValue(r + 1, 1)]) },
    ...Array.from({ length: n }, (_, r): WriteOp => ({ kind: 'defineName', name: `In_${r + 1}`, sheet: 'Inputs', address: `B${r + 1}` })),
    { kind: 'setCells', sheet: 'Scenarios', address: 'A1', cells: [['Active scenario', 'S1']] },
    { kind: 'defineName', name: 'ESG_ActiveScenario', sheet: 'Scenarios', address: 'B1' },
    { kind: 'addTable', sheet: 'Scenarios', address: 'A3', name: 'ESG_Scenarios', header: header(spec), rows: body(spec) },
    { kind: 'addTable', sheet: 'Scenario Log', address: 'A1', name: 'ESG_ScenarioLog', header: LOG_HEADER, rows: [] },
    { kind: 'addTable', sheet: 'Scenarios', address: `A${n + 8}`, name: 'ESG_Outputs', header: ['Output', 'Label'], rows: [['Out_Total', 'Total']] },
  ];
  await wb.write(ops);
  await wb.write([
    { kind: 'setCells', sheet: 'Model', address: 'A1', cells: [[{ formula: `=SUM(Inputs!B1:B${n})` }]] },
    { kind: 'defineName', name: 'Out_Total', sheet: 'Model', address: 'A1' },
  ]);
  return { hf, wb };
}

export function fakeScaleWorkbook(spec: ScaleSpec): FakeWorkbook {
  const wb = new FakeWorkbook();
  const n = spec.inputs;
  wb.addSheet('Inputs');
  wb.addSheet('Scenarios');
  wb.addSheet('Scenario Log');
  wb.addSheet('Model');
  const inputs = wb.sheet('Inputs');
  for (let i = 1; i <= n; i += 1) {
    inputs?.put(i - 1, 0, { value: `Input ${i}`, formula: null });
    inputs?.put(i - 1, 1, { value: scaleValue(i, 1), formula: null });
    wb.defineName(`In_${i}`, 'Inputs', `B${i}`);
  }
  wb.setValue('Scenarios', 'A1', 'Active scenario');
  wb.setValue('Scenarios', 'B1', 'S1');
  wb.defineName('ESG_ActiveScenario', 'Scenarios', 'B1');
  wb.addTable('ESG_Scenarios', 'Scenarios', 'A3', header(spec), body(spec));
  wb.addTable('ESG_ScenarioLog', 'Scenario Log', 'A1', LOG_HEADER, []);
  wb.defineName('Out_Total', 'Model', 'A1');
  wb.addTable('ESG_Outputs', 'Scenarios', `A${n + 8}`, ['Output', 'Label'], [['Out_Total', 'Total']]);
  // Excel recalculates Out_Total after every batch that wrote something.
  wb.onCalculate = (book) => {
    let sum = 0;
    for (let r = 0; r < n; r += 1) {
      const v = inputs?.get(r, 1)?.value;
      sum += typeof v === 'number' ? v : 0;
    }
    book.setFormula('Model', 'A1', `=SUM(Inputs!B1:B${n})`, sum);
  };
  wb.onCalculate(wb);
  return wb;
}
