/** The fault tests' scenario workbook over the HyperFormula adapter, and its co-author (harness.ts). */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { parseRange, qualifiedAddress } from '../../../src/workbook/a1';
import { HyperFormulaWorkbook } from '../../../src/workbook/hf';
import type { CellValue, WriteOp } from '../../../src/workbook/port';
import { LOG_HEADER } from '../../support/scenario-fixtures';
import { lower, sortRows, type Harness, type HarnessOptions } from './harness-api';

function raw(value: CellValue): RawCellContent {
  return typeof value === 'string' ? (value === '' ? null : `'${value}`) : value;
}

export async function hfHarness(options: HarnessOptions = {}): Promise<Harness> {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  const wb = new HyperFormulaWorkbook(hf);
  if (options.empty) {
    hf.addSheet('Sheet1');
  } else {
    const n = options.inputs ?? 3;
    const ops: WriteOp[] = [
      { kind: 'addSheet', sheet: 'Inputs' },
      { kind: 'addSheet', sheet: 'Scenarios' },
      { kind: 'addSheet', sheet: 'Scenario Log' },
      { kind: 'addSheet', sheet: 'Model' },
      { kind: 'setCells', sheet: 'Inputs', address: 'A1', cells: Array.from({ length: n }, (_, k) => [`Input ${k + 1}`, (k + 1) * 10]) },
      ...Array.from({ length: n }, (_, k): WriteOp => ({ kind: 'defineName', name: `In_${k + 1}`, sheet: 'Inputs', address: `B${k + 1}` })),
      { kind: 'setCells', sheet: 'Scenarios', address: 'A1', cells: [['Active scenario', 'A']] },
      { kind: 'defineName', name: 'ESG_ActiveScenario', sheet: 'Scenarios', address: 'B1' },
      {
        kind: 'addTable',
        sheet: 'Scenarios',
        address: 'A3',
        name: 'ESG_Scenarios',
        header: ['Input', 'Description', 'A', 'B'],
        rows: Array.from({ length: n }, (_, k) => [`In_${k + 1}`, `Input ${k + 1}`, (k + 1) * 10, (k + 1) * 10 + 1]),
      },
      { kind: 'addTable', sheet: 'Scenario Log', address: 'A1', name: 'ESG_ScenarioLog', header: LOG_HEADER, rows: [] },
      { kind: 'setCells', sheet: 'Model', address: 'A1', cells: [[{ formula: `=SUM(Inputs!B1:B${n})` }]] },
      { kind: 'defineName', name: 'Out_Total', sheet: 'Model', address: 'A1' },
      { kind: 'addTable', sheet: 'Scenarios', address: `A${n + 8}`, name: 'ESG_Outputs', header: ['Output', 'Label'], rows: [['Out_Total', 'Total']] },
    ];
    await wb.write(ops);
  }

  const cellOf = (name: string): { sheet: number; row: number; col: number } => {
    const canonical = hf.listNamedExpressions().find((e) => lower(e) === lower(name));
    const at = parseRange(hf.getNamedExpression(canonical ?? name)?.expression ?? '');
    const sheet = at?.sheet === undefined ? undefined : hf.getSheetId(at.sheet);
    if (!at || sheet === undefined) throw new Error(`${name} is not a cell`);
    return { sheet, row: at.row, col: at.col };
  };
  const tableCell = (scenario: string, input: string): { sheet: number; row: number; col: number } => {
    const t = wb.tables().find((x) => lower(x.name) === 'esg_scenarios');
    const sheet = t ? hf.getSheetId(t.sheet) : undefined;
    if (!t || sheet === undefined) throw new Error('no table');
    const header = Array.from({ length: t.columns }, (_, c) => String(hf.getCellValue({ sheet, row: t.row, col: t.col + c })));
    const col = header.findIndex((h) => lower(h) === lower(scenario));
    let row = -1;
    for (let r = 1; r <= t.rows; r += 1) if (lower(String(hf.getCellValue({ sheet, row: t.row + r, col: t.col }))) === lower(input)) row = r;
    if (col < 0 || row < 0) throw new Error(`no cell ${scenario}/${input}`);
    return { sheet, row: t.row + row, col: t.col + col };
  };

  return {
    kind: 'hf',
    port: wb,
    state: (exclude = []) => {
      const ex = new Set(exclude.map(lower));
      const sheets = Object.entries(hf.getAllSheetsSerialized()).filter(([name]) => !ex.has(lower(name)));
      return JSON.stringify({
        sheets,
        // A name on an excluded (derived) sheet belongs to it, e.g. Compare's mark on its sheet.
        names: hf
          .listNamedExpressions()
          .map((n) => [n, hf.getNamedExpression(n)?.expression])
          .filter(([, e]) => !ex.has(lower(parseRange(e ?? '')?.sheet ?? '')))
          .sort(),
        tables: wb
          .tables()
          .map((t) => [t.name, t.sheet, t.row, t.col, t.columns, lower(t.name) === 'esg_scenariolog' ? '-' : t.rows])
          .sort(),
        charts: wb.charts().filter((c) => !ex.has(lower(c.sheet))),
      });
    },
    coAuthor: {
      setValue: (name, value) => {
        hf.setCellContents(cellOf(name), [[raw(value)]]);
      },
      setFormula: (name, formula) => {
        hf.setCellContents(cellOf(name), [[formula]]);
      },
      setTableCell: (scenario, input, value) => {
        hf.setCellContents(tableCell(scenario, input), [[raw(value)]]);
      },
      renameColumn: (from, to) => {
        const at = tableCell(from, 'In_1');
        const t = wb.tables().find((x) => lower(x.name) === 'esg_scenarios');
        hf.setCellContents({ sheet: at.sheet, row: t?.row ?? 0, col: at.col }, [[raw(to)]]);
      },
      deleteName: (name) => {
        const canonical = hf.listNamedExpressions().find((e) => lower(e) === lower(name));
        if (canonical) hf.removeNamedExpression(canonical);
      },
      setCell: (sheet, address, value) => {
        const at = parseRange(address);
        const id = hf.getSheetId(sheet);
        if (!at || id === undefined) throw new Error(`no cell ${sheet}!${address}`);
        hf.setCellContents({ sheet: id, row: at.row, col: at.col }, [[raw(value)]]);
      },
      defineName: (name, sheet, address) => {
        const canonical = hf.listNamedExpressions().find((e) => lower(e) === lower(name));
        const at = parseRange(address);
        if (!at) throw new Error(`bad address ${address}`);
        const expression = `=${qualifiedAddress(sheet, at, true)}`;
        if (canonical) hf.changeNamedExpression(canonical, expression);
        else hf.addNamedExpression(name, expression);
      },
      merge: () => false,
      sortTable: (table, column, descending) => {
        const t = wb.tables().find((x) => lower(x.name) === lower(table));
        const sheet = t ? hf.getSheetId(t.sheet) : undefined;
        if (!t || sheet === undefined) throw new Error(`no table ${table}`);
        const at = (r: number, c: number): CellValue => {
          const v = hf.getCellValue({ sheet, row: t.row + r, col: t.col + c });
          return v === null || v === undefined ? '' : typeof v === 'object' ? String(v.value) : v;
        };
        const header = Array.from({ length: t.columns }, (_, c) => String(at(0, c)));
        const k = header.findIndex((h) => lower(h) === lower(column));
        if (k < 0) throw new Error(`no column ${column}`);
        const rows = Array.from({ length: t.rows }, (_, r) => Array.from({ length: t.columns }, (_, c) => at(r + 1, c)));
        const sorted = sortRows(rows, (row) => row[k], descending);
        if (sorted.length > 0) hf.setCellContents({ sheet, row: t.row + 1, col: t.col }, sorted.map((row) => row.map(raw)));
      },
      spillOver: (name) => {
        const at = cellOf(name);
        if (at.col === 0) throw new Error(`${name} has no cell left of it`);
        // The named cell becomes the second cell of a spill anchored on its left.
        hf.setCellContents(at, [[null]]);
        hf.setCellContents({ sheet: at.sheet, row: at.row, col: at.col - 1 }, [['={7,8}']]);
      },
      addSheet: (sheet, a1) => {
        hf.addSheet(sheet);
        hf.setCellContents({ sheet: hf.getSheetId(sheet) ?? 0, row: 0, col: 0 }, [[raw(a1)]]);
      },
      cell: (sheet, address) => {
        const at = parseRange(address);
        const id = hf.getSheetId(sheet);
        if (!at || id === undefined) throw new Error(`no cell ${sheet}!${address}`);
        const v = hf.getCellValue({ sheet: id, row: at.row, col: at.col });
        return v === null || v === undefined ? '' : typeof v === 'object' ? String(v.value) : v;
      },
      insertTableRow: (table, at) => {
        const t = wb.tables().find((x) => lower(x.name) === lower(table));
        const sheet = t ? hf.getSheetId(t.sheet) : undefined;
        if (!t || sheet === undefined) throw new Error(`no table ${table}`);
        const row = t.row + 1 + Math.min(at, t.rows);
        hf.addRows(sheet, [row, 1]);
        for (const o of wb.tables()) if (o !== t && lower(o.sheet) === lower(t.sheet) && o.row >= row) o.row += 1;
        t.rows += 1;
      },
      deleteTableRow: (table, at) => {
        const t = wb.tables().find((x) => lower(x.name) === lower(table));
        const sheet = t ? hf.getSheetId(t.sheet) : undefined;
        if (!t || sheet === undefined || t.rows <= 1) return;
        const row = t.row + 1 + Math.min(at, t.rows - 1);
        hf.removeRows(sheet, [row, 1]);
        for (const o of wb.tables()) if (o !== t && lower(o.sheet) === lower(t.sheet) && o.row > row) o.row -= 1;
        t.rows -= 1;
      },
      deleteSheet: (sheet) => {
        const id = hf.getSheetId(sheet);
        if (id === undefined) return;
        // Through the adapter, so that its tables go with the sheet (as in Excel).
        void wb.write([{ kind: 'deleteSheet', sheet }]);
      },
    },
    dispose: () => hf.destroy(),
  };
}
