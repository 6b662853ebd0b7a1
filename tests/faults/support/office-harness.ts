/** The fault tests' scenario workbook over the Office adapter on the fake Excel, and its co-author (harness.ts). */
import { OfficeWorkbook } from '../../../src/workbook/office';
import type { CellValue } from '../../../src/workbook/port';
import { FakeExcel, FakeWorkbook } from '../../support/fake-excel';
import { scenarioWorkbook } from '../../support/scenario-fixtures';
import { lower, sortRows, type Harness, type HarnessOptions } from './harness-api';

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
