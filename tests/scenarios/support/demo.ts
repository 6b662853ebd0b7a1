/**
 * The demo model (Set up) in a HyperFormula workbook with the ESG.* functions, and a
 * scenario service over it with a test clock.
 */
import type { HyperFormula } from 'hyperformula';
import { createHyperFormula } from '../../../src/hf/engine';
import { ScenarioService, setUpDemoModel } from '../../../src/scenarios';
import { HyperFormulaWorkbook } from '../../../src/workbook/hf';
import type { WorkbookPort } from '../../../src/workbook/port';

export interface Demo {
  hf: HyperFormula;
  wb: HyperFormulaWorkbook;
  service: ScenarioService;
  /** Value of a defined name's cell. */
  named: (name: string) => unknown;
  /** Types into a named cell as a user would (a raw HyperFormula input). */
  type: (name: string, input: string | number) => void;
  /** Everything in the workbook, to check that an action wrote nothing. */
  state: () => string;
}

export function clock(start = Date.UTC(2025, 0, 1, 12, 0, 0)): () => Date {
  let t = 0;
  return () => new Date(start + 1000 * t++);
}

export function cellOf(hf: HyperFormula, name: string): { sheet: number; row: number; col: number } {
  const expression = hf.getNamedExpression(name)?.expression ?? '';
  const m = /^=(?:'([^']+)'|([^!]+))!\$([A-Z]+)\$(\d+)$/.exec(expression);
  if (!m) throw new Error(`${name} is not a cell: ${expression}`);
  const sheet = hf.getSheetId(m[1] ?? m[2]);
  if (sheet === undefined) throw new Error(`no sheet for ${name}`);
  const col = [...m[3]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { sheet, row: Number(m[4]) - 1, col };
}

export function stateOf(hf: HyperFormula, wb: HyperFormulaWorkbook): string {
  return JSON.stringify({
    sheets: hf.getAllSheetsSerialized(),
    names: hf.listNamedExpressions().map((n) => [n, hf.getNamedExpression(n)?.expression]),
    tables: wb.tables().map((t) => [t.name, t.sheet, t.row, t.col, t.columns, t.rows]),
    charts: wb.charts(),
  });
}

export async function demo(options: { port?: (wb: HyperFormulaWorkbook) => WorkbookPort } = {}): Promise<Demo> {
  const hf = createHyperFormula();
  const wb = new HyperFormulaWorkbook(hf);
  const outcome = await setUpDemoModel(wb);
  if (outcome.kind !== 'set-up') throw new Error(`Set up failed: ${JSON.stringify(outcome)}`);
  const service = new ScenarioService(options.port ? options.port(wb) : wb, { now: clock() });
  return {
    hf,
    wb,
    service,
    named: (name) => hf.getCellValue(cellOf(hf, name)),
    type: (name, input) => {
      hf.setCellContents(cellOf(hf, name), [[input]]);
    },
    state: () => stateOf(hf, wb),
  };
}

/** The log's rows, read from the workbook. */
export async function logOf(wb: HyperFormulaWorkbook): Promise<unknown[][]> {
  const snap = await wb.read({ tables: ['ESG_ScenarioLog'] });
  return (snap.table('ESG_ScenarioLog')?.rows ?? []).map((r) => [...r]);
}
