/**
 * The same small scenario workbook over both adapters — HyperFormula directly, and the
 * Office adapter over the fake Excel — with what the fault tests need: the raw port, a
 * picture of the whole workbook (to check "as it was"), and a co-author who edits the
 * workbook directly (not through the add-in).
 *
 * Layout (as tests/support/scenario-fixtures.ts): inputs In_1..In_n on sheet Inputs
 * (column B) holding scenario A's values (i*10); ESG_Scenarios (Input, Description, A, B
 * with B = i*10+1) on Scenarios!A3; ESG_ActiveScenario on Scenarios!B1 = "A"; an empty
 * ESG_ScenarioLog; ESG_Outputs listing Out_Total = SUM of the inputs.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { parseRange, qualifiedAddress } from '../../../src/workbook/a1';
import { HyperFormulaWorkbook } from '../../../src/workbook/hf';
import { OfficeWorkbook } from '../../../src/workbook/office';
import type { CellValue, WorkbookPort, WriteOp } from '../../../src/workbook/port';
import { FakeExcel, FakeWorkbook } from '../../support/fake-excel';
import { LOG_HEADER, scenarioWorkbook } from '../../support/scenario-fixtures';

export type AdapterKind = 'hf' | 'office';

export interface CoAuthor {
  /** Types a constant into a named cell. */
  setValue(name: string, value: CellValue): void;
  setFormula(name: string, formula: string): void;
  /** Types into ESG_Scenarios: `scenario`'s cell on `input`'s row. */
  setTableCell(scenario: string, input: string, value: CellValue): void;
  /** Renames a column header of ESG_Scenarios. */
  renameColumn(from: string, to: string): void;
  deleteName(name: string): void;
  /** Types a constant into any cell, e.g. a header of ESG_Scenarios (Scenarios!C3). */
  setCell(sheet: string, address: string, value: CellValue): void;
  /** Defines (or redefines) a name for a range on a sheet. */
  defineName(name: string, sheet: string, address: string): void;
  /** Merges cells (Home > Merge); false where the workbook has no merged cells (HyperFormula). */
  merge(sheet: string, address: string): boolean;
  /**
   * Sorts a table's body rows by one column (Data > Sort), as Excel does: whole rows move,
   * blanks last. `descending` reverses the order of the non-blank keys.
   */
  sortTable(table: string, column: string, descending?: boolean): void;
  /** Enters, in the cell left of the named cell, a formula whose result spills over it. */
  spillOver(name: string): void;
  /** Adds a sheet (e.g. one the user calls "Scenario Comparison"), with a value in A1. */
  addSheet(sheet: string, a1: CellValue): void;
  /** A cell's value, by sheet and address. */
  cell(sheet: string, address: string): CellValue;
  /** Inserts a blank sheet row inside a table's body, before body row `at` (the table grows). */
  insertTableRow(table: string, at: number): void;
  /** Deletes the sheet row of a table's body row `at` (the table shrinks). */
  deleteTableRow(table: string, at: number): void;
  /** Deletes a sheet (with its tables; names on it become #REF!). */
  deleteSheet(sheet: string): void;
}

/** The order Excel's sort gives rows: by `key`, numbers before text, blanks last. */
export function sortRows<T>(rows: readonly T[], key: (row: T) => CellValue, descending = false): T[] {
  const rank = (v: CellValue): number => (v === '' ? 2 : typeof v === 'number' ? 0 : 1);
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (rank(x) !== rank(y) || rank(x) === 2) return rank(x) - rank(y);
    const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).toLowerCase().localeCompare(String(y).toLowerCase());
    return descending ? -cmp : cmp;
  });
}

export interface Harness {
  readonly kind: AdapterKind;
  /** The adapter itself (the service gets a FaultyPort around it). */
  readonly port: WorkbookPort;
  /** Everything in the workbook except the listed sheets, the log table's length and the active sheet. */
  state(excludeSheets?: readonly string[]): string;
  readonly coAuthor: CoAuthor;
  /** The fake Excel (Office harness only), to fail a chosen context.sync(). */
  readonly excel?: FakeExcel;
  dispose(): void;
}

export interface HarnessOptions {
  readonly inputs?: number;
  /** An empty workbook with one sheet (for Set up). */
  readonly empty?: boolean;
}

const lower = (s: string): string => s.trim().toLowerCase();

// ------------------------------------------------------------------ HyperFormula

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

// ------------------------------------------------------------------ Office over the fake Excel

export function fakeState(wb: FakeWorkbook, exclude: readonly string[] = []): string {
  const ex = new Set(exclude.map(lower));
  return JSON.stringify({
    sheets: wb.sheets
      .filter((s) => !ex.has(lower(s.name)))
      .map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), charts: s.charts })),
    names: [...wb.names.values()]
      .filter((n) => !(n.ref && ex.has(lower(n.ref.sheet.name))))
      .map((n) => [n.name, n.formula])
      .sort(),
    tables: [...wb.tables.values()]
      .map((t) => [t.name, t.sheet.name, t.row, t.col, t.columns, lower(t.name) === 'esg_scenariolog' ? '-' : t.rows])
      .sort(),
  });
}

/** Inserts (count 1) or deletes (count -1) sheet row `at`, moving the cells, tables and names below it. */
function shiftSheetRows(wb: FakeWorkbook, sheet: FakeWorkbook['sheets'][number], at: number, count: 1 | -1): void {
  const cells = [...sheet.cells.entries()].map(([k, v]) => [k.split(',').map(Number), v] as const);
  sheet.cells.clear();
  for (const [[r, c], v] of cells) {
    if (count < 0 && r === at) continue;
    sheet.cells.set(`${r >= at + (count < 0 ? 1 : 0) ? r + count : r},${c}`, v);
  }
  for (const t of wb.tables.values()) if (t.sheet === sheet && t.row >= at + (count < 0 ? 1 : 0)) t.row += count;
  for (const n of wb.names.values()) if (n.ref?.sheet === sheet && n.ref.row >= at + (count < 0 ? 1 : 0)) n.ref.row += count;
}

export function officeHarness(options: HarnessOptions = {}): Harness {
  let wb: FakeWorkbook;
  if (options.empty) {
    wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
  } else {
    wb = scenarioWorkbook(options.inputs ?? 3, { withOutputs: true });
  }
  const excel = new FakeExcel(wb);
  const uninstall = excel.install();
  const ref = (name: string): { sheet: FakeWorkbook['sheets'][number]; row: number; col: number } => {
    const n = wb.names.get(lower(name));
    if (!n?.ref) throw new Error(`${name} is not a cell`);
    return { sheet: n.ref.sheet, row: n.ref.row, col: n.ref.col };
  };
  const tableCell = (scenario: string, input: string): { sheet: FakeWorkbook['sheets'][number]; row: number; col: number } => {
    const t = wb.tables.get('esg_scenarios');
    if (!t) throw new Error('no table');
    let col = -1;
    for (let c = 0; c < t.columns; c += 1) if (lower(String(t.sheet.get(t.row, t.col + c)?.value ?? '')) === lower(scenario)) col = c;
    let row = -1;
    for (let r = 1; r <= t.rows; r += 1) if (lower(String(t.sheet.get(t.row + r, t.col)?.value ?? '')) === lower(input)) row = r;
    if (col < 0 || row < 0) throw new Error(`no cell ${scenario}/${input}`);
    return { sheet: t.sheet, row: t.row + row, col: t.col + col };
  };
  const put = (at: { sheet: FakeWorkbook['sheets'][number]; row: number; col: number }, value: CellValue, formula: string | null = null): void => {
    at.sheet.put(at.row, at.col, value === '' && formula === null ? undefined : { value, formula });
    wb.onCalculate?.(wb); // Excel recalculates after a user's edit
  };
  return {
    kind: 'office',
    port: new OfficeWorkbook(),
    excel,
    state: (exclude = []) => fakeState(wb, exclude),
    coAuthor: {
      setValue: (name, value) => put(ref(name), value),
      setFormula: (name, formula) => put(ref(name), 0, formula),
      setTableCell: (scenario, input, value) => put(tableCell(scenario, input), value),
      renameColumn: (from, to) => {
        const at = tableCell(from, 'In_1');
        const t = wb.tables.get('esg_scenarios');
        put({ sheet: at.sheet, row: t?.row ?? 0, col: at.col }, to);
      },
      deleteName: (name) => {
        wb.names.delete(lower(name));
      },
      setCell: (sheet, address, value) => {
        const r = wb.ref(sheet, address);
        put({ sheet: r.sheet, row: r.row, col: r.col }, value);
      },
      defineName: (name, sheet, address) => wb.defineName(name, sheet, address),
      merge: (sheet, address) => {
        wb.merge(sheet, address);
        return true;
      },
      sortTable: (table, column, descending) => {
        const t = wb.tables.get(lower(table));
        if (!t) throw new Error(`no table ${table}`);
        const { header, rows } = wb.table(table);
        const k = header.findIndex((h) => lower(h) === lower(column));
        if (k < 0) throw new Error(`no column ${column}`);
        const cells = rows.map((_, r) => Array.from({ length: t.columns }, (_c, c) => t.sheet.get(t.row + 1 + r, t.col + c)));
        const order = sortRows(rows.map((row, r) => ({ row, r })), (x) => x.row[k], descending);
        order.forEach(({ r }, to) => cells[r].forEach((cell, c) => t.sheet.put(t.row + 1 + to, t.col + c, cell)));
        wb.onCalculate?.(wb);
      },
      spillOver: (name) => {
        const at = ref(name);
        if (at.col === 0) throw new Error(`${name} has no cell left of it`);
        wb.spill(at.sheet.name, at.row, at.col - 1, '={7,8}', [[7, 8]]);
        wb.onCalculate?.(wb);
      },
      addSheet: (sheet, a1) => {
        wb.addSheet(sheet);
        wb.setValue(sheet, 'A1', a1);
      },
      cell: (sheet, address) => {
        const r = wb.ref(sheet, address);
        return r.sheet.get(r.row, r.col)?.value ?? '';
      },
      insertTableRow: (table, at) => {
        const t = wb.tables.get(lower(table));
        if (!t) throw new Error(`no table ${table}`);
        shiftSheetRows(wb, t.sheet, t.row + 1 + Math.min(at, t.rows), 1);
        t.rows += 1;
      },
      deleteTableRow: (table, at) => {
        const t = wb.tables.get(lower(table));
        if (!t || t.rows <= 1) return;
        shiftSheetRows(wb, t.sheet, t.row + 1 + Math.min(at, t.rows - 1), -1);
        t.rows -= 1;
        wb.onCalculate?.(wb);
      },
      deleteSheet: (sheet) => {
        if (wb.sheet(sheet)) wb.deleteSheet(sheet);
      },
    },
    dispose: uninstall,
  };
}

export function harness(kind: AdapterKind, options: HarnessOptions = {}): Promise<Harness> {
  return kind === 'hf' ? hfHarness(options) : Promise.resolve(officeHarness(options));
}
