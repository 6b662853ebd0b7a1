/** The fake workbook itself: sheets of cells, names, tables, charts, merged cells, and how typed input is parsed. */
import { parseRange, quoteSheetName, rangeAddress } from '../../../src/workbook/a1';

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula: string | null;
  numberFormat?: string;
  /** An error value (set by a calculation, calc.ts; `Range.valueTypes` says Error). */
  error?: boolean;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly charts: FakeChart[] = [];
  constructor(public name: string) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  put(row: number, col: number, cell: FakeCell | undefined): void {
    if (cell === undefined) this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, cell);
  }
}

export interface FakeRef {
  sheet: FakeSheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeName {
  name: string;
  ref?: FakeRef;
  formula: string;
  comment?: string;
  /** A name holding a value rather than a range: its `NamedItem.type` ('Double', 'String', 'Boolean', 'Error') and value. */
  type?: string;
  value?: FakeValue;
  /** False for a hidden name (Name Manager does not list it). */
  visible?: boolean;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  row: number;
  col: number;
  columns: number;
  rows: number;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position?: string;
  /** The cell the chart's bottom-right corner covers (`setPosition`'s second argument). */
  end?: string;
  /** Series (by index) set to the secondary axis group. */
  secondary?: number[];
  categoryLabelOrientation?: number;
  valueAxisTitle?: string;
  secondaryValueAxisTitle?: string;
  /** How many series the source gives (rows or columns after the header), as Excel counts them. */
  seriesCount?: number;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const lower = (s: string): string => s.trim().toLowerCase();
export const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Excel's parsing of a typed-in value. */
export function parseInput(input: unknown): { value: FakeValue; formula: string | null } | undefined {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', `Unsupported cell input ${String(input)}`);
  if (input === '') return undefined;
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (NUMBER.test(input.trim())) return { value: Number(input.trim()), formula: null };
  if (/^(true|false)$/i.test(input.trim())) return { value: input.trim().toUpperCase() === 'TRUE', formula: null };
  if (input.startsWith('=')) return { value: '#CALC!', formula: input };
  if (/^[+\-@]/.test(input)) return { value: '#CALC!', formula: `=${input}` };
  return { value: input, formula: null };
}

// ------------------------------------------------------------------------------------------
// The workbook's state

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  /** Worksheet-scoped names: lower-cased sheet name → lower-cased name → the name. */
  readonly sheetNames = new Map<string, Map<string, FakeName>>();
  /** The active cell and the selected range (`Workbook.getActiveCell`, `getSelectedRange`). */
  active = { sheet: 'Sheet1', address: 'A1' };
  selected = 'Sheet1!A1';
  /** `Workbook.onSelectionChanged` handlers registered now. */
  readonly selectionHandlers = new Set<() => Promise<unknown>>();
  readonly tables = new Map<string, FakeTable>();
  readonly merges: FakeRef[] = [];
  /** Dynamic-array spills: the anchor (top-left, holding the formula) and the range it fills. */
  readonly spills: FakeRef[] = [];
  /** Spills a write blocked (#SPILL!), with what they spill once the cell that blocks them is cleared. */
  readonly blocked: { ref: FakeRef; values: FakeValue[][]; by: { row: number; col: number } }[] = [];
  activeSheet?: string;
  /** Called after every sync that wrote something, and on `application.calculate`. */
  onCalculate?: (wb: FakeWorkbook) => void;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => lower(s.name) === lower(name));
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `Sheet ${name} exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Selects a range as the user would (`Range.select`): its sheet active, its top-left cell the active cell. */
  select(sheetName: string, address: string): void {
    const r = this.ref(sheetName, address);
    this.activeSheet = r.sheet.name;
    this.selected = `${quoteSheetName(r.sheet.name)}!${rangeAddress(r)}`;
    this.active = { sheet: r.sheet.name, address: rangeAddress({ row: r.row, col: r.col, rows: 1, cols: 1 }) };
  }

  ref(sheetName: string, address: string): FakeRef {
    const sheet = this.sheet(sheetName);
    const r = parseRange(address);
    if (!sheet || !r) throw new FakeOfficeError('InvalidArgument', `Bad reference ${sheetName}!${address}`);
    return { sheet, row: r.row, col: r.col, rows: r.rows, cols: r.cols };
  }

  /** Test helper: a constant in a cell, as a value (not parsed). */
  setValue(sheet: string, address: string, value: FakeValue): void {
    const r = this.ref(sheet, address);
    r.sheet.put(r.row, r.col, value === '' ? undefined : { value, formula: null });
  }

  setFormula(sheet: string, address: string, formula: string, value: FakeValue): void {
    const r = this.ref(sheet, address);
    r.sheet.put(r.row, r.col, { value, formula });
  }

  defineName(name: string, sheet: string, address: string): void {
    const ref = this.ref(sheet, address);
    this.names.set(lower(name), { name, ref, formula: `=${quoteSheetName(ref.sheet.name)}!${rangeAddress(ref, true)}` });
  }

  /** Test helper: a name scoped to a worksheet (`scope`), e.g. a sheet's own `Pupils`. */
  defineSheetName(scope: string, name: string, sheet: string, address: string): void {
    const ref = this.ref(sheet, address);
    const names = this.sheetNames.get(lower(scope)) ?? new Map<string, FakeName>();
    names.set(lower(name), { name, ref, formula: `=${quoteSheetName(ref.sheet.name)}!${rangeAddress(ref, true)}` });
    this.sheetNames.set(lower(scope), names);
  }

  /** Test helper: a name holding a value (`type` as `NamedItem.type` gives it); `visible: false` hides it. */
  defineValueName(name: string, type: string, value: FakeValue, options: { readonly visible?: boolean } = {}): void {
    this.names.set(lower(name), { name, formula: `=${String(value)}`, type, value, ...(options.visible === false ? { visible: false } : {}) });
  }

  /** Test helper: merges a block of cells (as Home > Merge Cells). */
  merge(sheet: string, address: string): void {
    this.merges.push(this.ref(sheet, address));
  }

  /**
   * Test helper: a dynamic-array formula at (row, col) whose result `values` spills right and
   * down. Writing into a spilled cell other than the anchor blocks the spill, as in Excel:
   * the anchor shows #SPILL! and the other spilled cells empty (see `blockSpills`).
   */
  spill(sheet: string, row: number, col: number, formula: string, values: readonly (readonly FakeValue[])[]): void {
    const s = this.sheet(sheet);
    if (!s) throw new FakeOfficeError('ItemNotFound', `Sheet ${sheet} doesn't exist`);
    values.forEach((line, r) => line.forEach((v, c) => s.put(row + r, col + c, { value: v, formula: r === 0 && c === 0 ? formula : null })));
    this.spills.push({ sheet: s, row, col, rows: values.length, cols: values[0]?.length ?? 1 });
  }

  /** The spill a cell belongs to, if any. */
  spillAt(sheet: FakeSheet, row: number, col: number): FakeRef | undefined {
    return this.spills.find((p) => p.sheet === sheet && row >= p.row && row < p.row + p.rows && col >= p.col && col < p.col + p.cols);
  }

  /** A write into a spilled cell (not the anchor) blocks the spill: anchor #SPILL!, the rest empty. */
  blockSpills(sheet: FakeSheet, row: number, col: number): void {
    const p = this.spillAt(sheet, row, col);
    if (!p || (p.row === row && p.col === col)) return;
    this.spills.splice(this.spills.indexOf(p), 1);
    const values = Array.from({ length: p.rows }, (_, r) => Array.from({ length: p.cols }, (_c, c) => sheet.get(p.row + r, p.col + c)?.value ?? ''));
    this.blocked.push({ ref: p, values, by: { row, col } });
    for (let r = 0; r < p.rows; r += 1) {
      for (let c = 0; c < p.cols; c += 1) {
        if ((r === 0 && c === 0) || (p.row + r === row && p.col + c === col)) continue;
        sheet.put(p.row + r, p.col + c, undefined);
      }
    }
    const anchor = sheet.get(p.row, p.col);
    if (anchor) anchor.value = '#SPILL!';
  }

  /** Clearing the cell that blocked a spill lets it flow again, as Excel's dynamic arrays do. */
  reflowSpills(sheet: FakeSheet, row: number, col: number): void {
    for (let i = this.blocked.length - 1; i >= 0; i -= 1) {
      const b = this.blocked[i];
      if (b.ref.sheet !== sheet || b.by.row !== row || b.by.col !== col) continue;
      const anchor = sheet.get(b.ref.row, b.ref.col);
      if (!anchor?.formula) continue;
      this.blocked.splice(i, 1);
      this.spill(sheet.name, b.ref.row, b.ref.col, anchor.formula, b.values);
    }
  }

  /** Deletes a sheet as Excel does: its tables and charts go; names on it become #REF!. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `Sheet ${name} doesn't exist`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const [key, t] of [...this.tables]) if (t.sheet === sheet) this.tables.delete(key);
    for (const n of this.names.values()) {
      if (n.ref?.sheet === sheet) {
        n.formula = '=#REF!';
        delete n.ref;
      }
    }
    for (let i = this.merges.length - 1; i >= 0; i -= 1) if (this.merges[i].sheet === sheet) this.merges.splice(i, 1);
    if (this.activeSheet !== undefined && lower(this.activeSheet) === lower(name)) this.activeSheet = this.sheets[0]?.name;
  }

  /** A name that is not a range (a constant, or several areas). */
  defineOtherName(name: string, formula: string): void {
    this.names.set(lower(name), { name, formula });
  }

  /** Test helper: a table with its header at `address`. */
  addTable(name: string, sheet: string, address: string, header: readonly string[], rows: readonly (readonly FakeValue[])[]): void {
    const at = this.ref(sheet, address);
    header.forEach((h, c) => at.sheet.put(at.row, at.col + c, { value: h, formula: null }));
    rows.forEach((row, r) =>
      row.forEach((v, c) => at.sheet.put(at.row + 1 + r, at.col + c, v === '' ? undefined : { value: v, formula: null })),
    );
    this.tables.set(lower(name), { name, sheet: at.sheet, row: at.row, col: at.col, columns: header.length, rows: Math.max(rows.length, 1) });
  }

  cell(ref: FakeRef, r = 0, c = 0): FakeCell | undefined {
    return ref.sheet.get(ref.row + r, ref.col + c);
  }

  named(name: string): FakeCell | undefined {
    const n = this.names.get(lower(name));
    return n?.ref ? this.cell(n.ref) : undefined;
  }

  namedValue(name: string): FakeValue {
    return this.named(name)?.value ?? '';
  }

  table(name: string): { header: string[]; rows: FakeValue[][] } {
    const t = this.tables.get(lower(name));
    if (!t) throw new Error(`no table ${name}`);
    const at = (r: number, c: number): FakeValue => t.sheet.get(t.row + r, t.col + c)?.value ?? '';
    return {
      header: Array.from({ length: t.columns }, (_, c) => String(at(0, c))),
      rows: Array.from({ length: t.rows }, (_, r) => Array.from({ length: t.columns }, (_, c) => at(r + 1, c))),
    };
  }

  /** A deterministic picture of everything, to check that nothing was written. */
  serialize(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        charts: s.charts,
      })),
      names: [...this.names.values()].map((n) => [n.name, n.formula]).sort(),
      tables: [...this.tables.values()].map((t) => [t.name, t.sheet.name, t.row, t.col, t.columns, t.rows]).sort(),
      active: this.activeSheet ?? null,
    });
  }
}
