/**
 * The workbook port over a HyperFormula instance (browser preview, tests, headless runs).
 *
 * The instance comes from outside (e.g. `createHyperFormula()` of `src/hf/engine.ts`, which
 * registers the `ESG.*` functions). Defined names are HyperFormula named expressions.
 * HyperFormula has no tables, number formats or charts, so this adapter keeps them in small
 * registries of its own: a table is a plain range of cells (header row + body rows) whose
 * position the adapter tracks; its cells are read from the grid at every read.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { parseRange, qualifiedAddress, rangeAddress } from '../a1';
import {
  batchGuards,
  isFormula,
  literalTextInput,
  nameKey,
  namesInColumn,
  Snapshot,
  type CellContent,
  type CellValue,
  type ChartSeriesBy,
  type Guard,
  type GuardMiss,
  type NameRead,
  type ReadPlan,
  type TableRead,
  type WorkbookPort,
  type WriteOp,
  sameCells,
  wantedColumns,
  WriteConflict,
} from '../port';

export interface HfTable {
  readonly name: string;
  sheet: string;
  /** Header row and left column (zero-based). */
  row: number;
  col: number;
  columns: number;
  /** Body rows. */
  rows: number;
  /** Header texts as last read or written (writes run while HyperFormula's evaluation is suspended). */
  header: string[];
}

export interface HfChart {
  readonly sheet: string;
  readonly name: string;
  readonly type: 'columnClustered';
  readonly source: string;
  readonly seriesBy: ChartSeriesBy;
  readonly title: string;
  readonly anchor: string;
  readonly end?: string;
  readonly secondary?: readonly number[];
  readonly axisTitles?: { readonly primary?: string; readonly secondary?: string };
  readonly horizontalLabels?: boolean;
}

const lower = nameKey;

export class HyperFormulaWorkbook implements WorkbookPort {
  private readonly tableRegistry = new Map<string, HfTable>();
  private readonly formats = new Map<string, string>();
  private readonly widths = new Map<string, number>();
  private readonly chartList: HfChart[] = [];
  private active: string | undefined;

  constructor(readonly hf: HyperFormula) {}

  // ------------------------------------------------------------------ registries (for the preview)

  tables(): readonly HfTable[] {
    return [...this.tableRegistry.values()];
  }

  charts(): readonly HfChart[] {
    return this.chartList;
  }

  activeSheet(): string | undefined {
    return this.active;
  }

  /** The number format set on a cell, if any (HyperFormula itself keeps none). */
  numberFormatAt(sheet: string, row: number, col: number): string | undefined {
    return this.formats.get(`${lower(sheet)}!${row},${col}`);
  }

  columnWidthAt(sheet: string, col: number): number | undefined {
    return this.widths.get(`${lower(sheet)}!${col}`);
  }

  // ------------------------------------------------------------------ reading

  async read(plan: ReadPlan): Promise<Snapshot> {
    const snap = new Snapshot();
    for (const name of plan.tables ?? []) snap.setTable(name, this.readTable(name));
    for (const tc of plan.tableColumns ?? []) {
      const named = (tc.columnsNamedBy ?? []).map((n) => this.readName(n, false)).map((n) => (n.status === 'range' ? n.value : ''));
      snap.setTable(tc.table, this.readColumns(tc.table, (header) => wantedColumns(header, tc.columns, named)));
    }
    for (const name of plan.tablesExist ?? []) snap.setTableExists(name, this.tableRegistry.has(lower(name)));
    for (const name of plan.tableHeaders ?? []) snap.setTableHeader(name, this.readTable(name, false)?.header ?? null);
    for (const name of plan.names ?? []) snap.setName(name, this.readName(name, false));
    for (const name of plan.ranges ?? []) snap.setName(name, this.readName(name, true));
    for (const { table, column } of plan.namesListedIn ?? []) {
      const t = snap.table(table);
      if (!t) continue;
      for (const name of namesInColumn(t, column)) {
        if (!snap.hasName(name)) snap.setName(name, this.readName(name, false));
      }
    }
    for (const name of plan.sheets ?? []) snap.setSheet(name, this.sheetId(name) !== undefined);
    return snap;
  }

  private sheetId(name: string): number | undefined {
    const k = lower(name);
    const found = this.hf.getSheetNames().find((s) => lower(s) === k);
    return found === undefined ? undefined : this.hf.getSheetId(found);
  }

  private requireSheet(name: string): number {
    const id = this.sheetId(name);
    if (id === undefined) throw new Error(`The workbook has no sheet named ${name}`);
    return id;
  }

  private value(address: SimpleCellAddress): CellValue {
    const v = this.hf.getCellValue(address);
    if (v === null || v === undefined) return '';
    if (v instanceof DetailedCellError) return v.value;
    return v;
  }

  private readTable(name: string, body = true): TableRead | null {
    const t = this.tableRegistry.get(lower(name));
    if (!t) return null;
    const sheet = this.requireSheet(t.sheet);
    const header: string[] = [];
    for (let c = 0; c < t.columns; c += 1) header.push(String(this.value({ sheet, row: t.row, col: t.col + c })));
    const rows: CellValue[][] = [];
    for (let r = 1; body && r <= t.rows; r += 1) {
      const row: CellValue[] = [];
      for (let c = 0; c < t.columns; c += 1) row.push(this.value({ sheet, row: t.row + r, col: t.col + c }));
      rows.push(row);
    }
    t.header = header;
    return { name: t.name, sheet: t.sheet, header, rows };
  }

  /** Some columns of a table (the header row whole): a Switch's cost must not grow with the scenarios. */
  private readColumns(name: string, pick: (header: readonly string[]) => number[]): TableRead | null {
    const t = this.tableRegistry.get(lower(name));
    if (!t) return null;
    const head = this.readTable(name, false);
    if (!head) return null;
    const indices = pick(head.header);
    const sheet = this.requireSheet(t.sheet);
    const rows: CellValue[][] = [];
    for (let r = 1; r <= t.rows; r += 1) rows.push(indices.map((c) => this.value({ sheet, row: t.row + r, col: t.col + c })));
    return { name: t.name, sheet: t.sheet, header: indices.map((i) => head.header[i]), rows, allHeader: head.header };
  }

  /** A name's range, from its expression alone (usable while evaluation is suspended). */
  private nameRange(name: string): { canonical: string; refersTo: string; sheetId?: number; range?: ReturnType<typeof parseRange> } | undefined {
    // Named expressions are looked up case-insensitively (as Excel's names); listing them all
    // for each lookup would make a read of n names cost n² with many inputs.
    const canonical = name.trim();
    const found = canonical === '' ? undefined : this.hf.getNamedExpression(canonical);
    if (found === undefined) return undefined;
    const expression = found.expression;
    const range = expression === undefined ? undefined : parseRange(expression);
    const sheetId = range?.sheet === undefined ? undefined : this.sheetId(range.sheet);
    return { canonical, refersTo: expression ?? '', range, ...(sheetId === undefined ? {} : { sheetId }) };
  }

  private readName(name: string, full: boolean): NameRead {
    const found = this.nameRange(name);
    if (found === undefined) return { status: 'missing' };
    const { range, sheetId } = found;
    if (!range || sheetId === undefined) {
      const refersTo = found.refersTo || String(this.hf.getNamedExpressionValue(found.canonical) ?? '');
      return { status: 'not-range', refersTo };
    }
    const topLeft = { sheet: sheetId, row: range.row, col: range.col };
    const hasFormula = this.hf.doesCellHaveFormula(topLeft);
    // A cell an array formula spills into holds no formula of its own (HyperFormula does not say where the anchor is).
    const spill = !hasFormula && this.hf.isCellPartOfArray(topLeft);
    const values: CellValue[][] = [];
    const errors: boolean[][] = [];
    if (full) {
      for (let r = 0; r < range.rows; r += 1) {
        const row: CellValue[] = [];
        const rowErrors: boolean[] = [];
        for (let c = 0; c < range.cols; c += 1) {
          const at = { sheet: sheetId, row: range.row + r, col: range.col + c };
          row.push(this.value(at));
          rowErrors.push(this.hf.getCellValue(at) instanceof DetailedCellError);
        }
        values.push(row);
        errors.push(rowErrors);
      }
    }
    return {
      status: 'range',
      sheet: this.hf.getSheetName(sheetId) ?? range.sheet ?? '',
      address: rangeAddress(range),
      rows: range.rows,
      cols: range.cols,
      value: this.value(topLeft),
      formula: hasFormula ? (this.hf.getCellFormula(topLeft) ?? null) : null,
      ...this.formatRead(sheetId, range.row, range.col),
      ...(full ? { values, errors } : {}),
      ...(spill ? { spill: '' } : {}),
    };
  }

  // ------------------------------------------------------------------ writing

  async write(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return;
    // Guards first, as Excel sees them: just before the batch's first write. The port's one
    // contract (see `Guard`): a guarded item that is gone stops the batch before any write
    // (as Office.js's getItem would); otherwise the batch runs — Excel cannot make a write
    // conditional, and the callers' recovery must be the one tested here too — and the
    // misses are reported after it.
    const misses = batchGuards(ops).flatMap((guard) => this.check(guard));
    // Also before any write: a guarded cell now inside a spill. Excel lets a blocked spill
    // flow again once the cell is cleared (the recovery does that); HyperFormula, which
    // sizes arrays when a formula is entered, would leave it #SPILL! for good.
    if (misses.some((m) => m.found === undefined || m.found.spill !== undefined)) throw new WriteConflict(misses);
    // A batch suspends evaluation, so a spilling ESG.* formula entered inside one could not
    // size its array from the current values (HyperFormula sizes arrays at parse time):
    // writes that enter formulas run op by op; others (a Switch) as one batch. So does a
    // batch whose guards missed, so that an op failing on the changed table stops there.
    const entersFormulas = ops.some((op) => op.kind === 'setCells' && op.cells.some((row) => row.some(isFormula)));
    try {
      if (entersFormulas || misses.length > 0) {
        for (const op of ops) this.apply(op);
        if (misses.length > 0) throw new WriteConflict(misses);
        return;
      }
      this.hf.batch(() => {
        for (const op of ops) this.apply(op);
      });
    } finally {
      // As in Excel, whose undo stack empties when an add-in writes. HyperFormula's keeps a
      // copy of what each batch changed, and every later batch gets slower (a Switch of
      // 1,000 inputs: ~50 ms, then +40 ms with each one before it, up to the undo limit).
      this.hf.clearUndoStack();
    }
  }

  async calculate(): Promise<void> {
    // HyperFormula recalculates on every change.
  }

  /** The miss of a guard, if it fails now. */
  private check(guard: Guard): GuardMiss[] {
    switch (guard.kind) {
      case 'expectNamedCell': {
        const read = this.readName(guard.name, false);
        if (read.status !== 'range') return [{ guard }];
        const ok = read.rows === 1 && read.cols === 1 && read.formula === null && read.spill === undefined && read.value === guard.value;
        return ok ? [] : [{ guard, found: { values: [read.value], formula: read.formula, ...(read.spill === undefined ? {} : { spill: read.spill }) } }];
      }
      case 'expectTableHeader': {
        const t = this.readTable(guard.table, false);
        if (!t) return [{ guard }];
        return sameCells(guard.header, t.header) ? [] : [{ guard, found: { values: t.header, formula: null } }];
      }
      case 'expectTableColumn': {
        const t = this.tableRegistry.get(lower(guard.table));
        const header = this.readTable(guard.table, false)?.header ?? [];
        const c = header.findIndex((h) => lower(h) === lower(guard.column));
        if (!t || c < 0) return [{ guard }];
        const sheet = this.requireSheet(t.sheet);
        const values = Array.from({ length: t.rows }, (_, r) => this.value({ sheet, row: t.row + 1 + r, col: t.col + c }));
        return sameCells(guard.values, values) ? [] : [{ guard, found: { values, formula: null } }];
      }
    }
  }

  private apply(op: WriteOp): void {
    switch (op.kind) {
      case 'expectNamedCell':
      case 'expectTableHeader':
      case 'expectTableColumn':
        return; // checked before the batch
      case 'deleteName': {
        const found = this.nameRange(op.name);
        if (found === undefined) throw new Error(`The workbook has no name ${op.name}`);
        this.hf.removeNamedExpression(found.canonical);
        return;
      }
      case 'deleteSheet': {
        const id = this.requireSheet(op.sheet);
        const k = lower(op.sheet);
        this.hf.removeSheet(id);
        for (const [name, t] of this.tableRegistry) if (lower(t.sheet) === k) this.tableRegistry.delete(name);
        for (const f of [...this.formats.keys()]) if (f.startsWith(`${k}!`)) this.formats.delete(f);
        for (const w of [...this.widths.keys()]) if (w.startsWith(`${k}!`)) this.widths.delete(w);
        for (let i = this.chartList.length - 1; i >= 0; i -= 1) {
          if (lower(this.chartList[i].sheet) === k) this.chartList.splice(i, 1);
        }
        if (this.active !== undefined && lower(this.active) === k) this.active = undefined;
        return;
      }
      case 'setNamedCell': {
        const found = this.nameRange(op.name);
        if (!found?.range || found.sheetId === undefined || found.range.rows !== 1 || found.range.cols !== 1) {
          throw new Error(`${op.name} is not the name of a single cell`);
        }
        this.hf.setCellContents({ sheet: found.sheetId, row: found.range.row, col: found.range.col }, [[toRaw(op.value)]]);
        return;
      }
      case 'setCells': {
        const sheet = this.requireSheet(op.sheet);
        const at = parseRange(op.address);
        if (!at) throw new Error(`Bad address ${op.address}`);
        this.hf.setCellContents({ sheet, row: at.row, col: at.col }, op.cells.map((row) => row.map(toRaw)));
        return;
      }
      case 'setTableColumn': {
        const t = this.requireTable(op.table);
        const c = this.requireColumn(t, op.column);
        if (op.values.length !== t.rows) throw new Error(`${op.table} has ${t.rows} rows, not ${op.values.length}`);
        if (t.rows === 0) return;
        const sheet = this.requireSheet(t.sheet);
        this.hf.setCellContents({ sheet, row: t.row + 1, col: t.col + c }, op.values.map((v) => [toRaw(v)]));
        this.formatColumn(t.sheet, t.row + 1, t.col + c, op.formats);
        return;
      }
      case 'addTableColumn': {
        const t = this.requireTable(op.table);
        if (op.values.length !== t.rows) throw new Error(`${op.table} has ${t.rows} rows, not ${op.values.length}`);
        const sheet = this.requireSheet(t.sheet);
        const target = t.col + t.columns;
        if (!this.isEmpty(sheet, t.row, target, t.rows + 1, 1)) {
          this.hf.addColumns(sheet, [target, 1]);
          this.shiftColumns(t.sheet, target, 1, t);
        }
        this.hf.setCellContents({ sheet, row: t.row, col: target }, [[toRaw(op.header)], ...op.values.map((v) => [toRaw(v)])]);
        this.formatColumn(t.sheet, t.row + 1, target, op.formats);
        t.columns += 1;
        t.header.push(op.header);
        return;
      }
      case 'renameTableColumn': {
        const t = this.requireTable(op.table);
        const c = this.requireColumn(t, op.column);
        this.hf.setCellContents({ sheet: this.requireSheet(t.sheet), row: t.row, col: t.col + c }, [[toRaw(op.to)]]);
        t.header[c] = op.to;
        return;
      }
      case 'deleteTableColumn': {
        const t = this.requireTable(op.table);
        const c = this.requireColumn(t, op.column);
        const sheet = this.requireSheet(t.sheet);
        if (c < t.columns - 1) {
          this.hf.moveCells(
            { start: { sheet, row: t.row, col: t.col + c + 1 }, end: { sheet, row: t.row + t.rows, col: t.col + t.columns - 1 } },
            { sheet, row: t.row, col: t.col + c },
          );
        }
        const last = t.col + t.columns - 1;
        this.hf.setCellContents({ sheet, row: t.row, col: last }, Array.from({ length: t.rows + 1 }, () => [null]));
        t.columns -= 1;
        t.header.splice(c, 1);
        return;
      }
      case 'appendTableRows': {
        const t = this.requireTable(op.table);
        if (op.rows.length === 0) return;
        const sheet = this.requireSheet(t.sheet);
        const target = t.row + t.rows + 1;
        if (!this.isEmpty(sheet, target, t.col, op.rows.length, t.columns)) {
          this.hf.addRows(sheet, [target, op.rows.length]);
          this.shiftRows(t.sheet, target, op.rows.length, t);
        }
        const body = op.rows.map((row) => Array.from({ length: t.columns }, (_, c) => toRaw(row[c] ?? '')));
        this.hf.setCellContents({ sheet, row: target, col: t.col }, body);
        (op.formats ?? []).forEach((format, c) => {
          if (format !== '') this.formatColumn(t.sheet, target, t.col + c, op.rows.map(() => format));
        });
        t.rows += op.rows.length;
        return;
      }
      case 'addTable': {
        if (this.tableRegistry.has(lower(op.name))) throw new Error(`A table named ${op.name} already exists`);
        const sheet = this.requireSheet(op.sheet);
        const at = parseRange(op.address);
        if (!at) throw new Error(`Bad address ${op.address}`);
        const columns = op.header.length;
        const body = op.rows.map((row) => Array.from({ length: columns }, (_, c) => toRaw(row[c] ?? '')));
        this.hf.setCellContents({ sheet, row: at.row, col: at.col }, [op.header.map(toRaw), ...body]);
        this.tableRegistry.set(lower(op.name), {
          name: op.name,
          sheet: this.hf.getSheetName(sheet) ?? op.sheet,
          row: at.row,
          col: at.col,
          columns,
          rows: op.rows.length,
          header: [...op.header],
        });
        return;
      }
      case 'addSheet':
        this.hf.addSheet(op.sheet);
        return;
      case 'activateSheet':
        this.requireSheet(op.sheet);
        this.active = op.sheet;
        return;
      case 'clearSheet': {
        const sheet = this.requireSheet(op.sheet);
        this.hf.clearSheet(sheet);
        const k = lower(op.sheet);
        for (const [name, t] of this.tableRegistry) if (lower(t.sheet) === k) this.tableRegistry.delete(name);
        for (const f of [...this.formats.keys()]) if (f.startsWith(`${k}!`)) this.formats.delete(f);
        for (let i = this.chartList.length - 1; i >= 0; i -= 1) {
          if (lower(this.chartList[i].sheet) === k) this.chartList.splice(i, 1);
        }
        return;
      }
      case 'defineName': {
        const sheetName = this.hf.getSheetName(this.requireSheet(op.sheet)) ?? op.sheet;
        const at = parseRange(op.address);
        if (!at) throw new Error(`Bad address ${op.address}`);
        this.hf.addNamedExpression(op.name, `=${qualifiedAddress(sheetName, at)}`);
        return;
      }
      case 'setNumberFormat': {
        this.requireSheet(op.sheet);
        const at = parseRange(op.address);
        if (!at) throw new Error(`Bad address ${op.address}`);
        for (let r = 0; r < at.rows; r += 1) {
          for (let c = 0; c < at.cols; c += 1) this.formats.set(`${lower(op.sheet)}!${at.row + r},${at.col + c}`, op.format);
        }
        return;
      }
      case 'setColumnWidth': {
        const at = parseRange(op.address);
        if (!at) throw new Error(`Bad address ${op.address}`);
        for (let c = 0; c < at.cols; c += 1) this.widths.set(`${lower(op.sheet)}!${at.col + c}`, op.points);
        return;
      }
      case 'addColumnChart':
        this.requireSheet(op.sheet);
        this.chartList.push({
          sheet: op.sheet,
          name: op.name,
          type: 'columnClustered',
          source: op.source,
          seriesBy: op.seriesBy,
          title: op.title,
          anchor: op.anchor,
          ...(op.end === undefined ? {} : { end: op.end }),
          ...(op.secondary === undefined ? {} : { secondary: [...op.secondary] }),
          ...(op.axisTitles === undefined ? {} : { axisTitles: { ...op.axisTitles } }),
          ...(op.horizontalLabels === undefined ? {} : { horizontalLabels: op.horizontalLabels }),
        });
        return;
    }
  }

  /** A cell's number format for a read, left out when it has none. */
  private formatRead(sheetId: number, row: number, col: number): { format?: string } {
    const format = this.numberFormatAt(this.hf.getSheetName(sheetId) ?? '', row, col);
    return format === undefined ? {} : { format };
  }

  /** Number formats down one column from (row, col), where given (`''` leaves a cell's). */
  private formatColumn(sheet: string, row: number, col: number, formats: readonly string[] | undefined): void {
    (formats ?? []).forEach((format, r) => {
      if (format !== '') this.formats.set(`${lower(sheet)}!${row + r},${col}`, format);
    });
  }

  private requireTable(name: string): HfTable {
    const t = this.tableRegistry.get(lower(name));
    if (!t) throw new Error(`The workbook has no table named ${name}`);
    return t;
  }

  private requireColumn(t: HfTable, column: string): number {
    const c = t.header.findIndex((h) => lower(h) === lower(column));
    if (c < 0) throw new Error(`Table ${t.name} has no column ${column}`);
    return c;
  }

  private isEmpty(sheet: number, row: number, col: number, rows: number, cols: number): boolean {
    for (let r = 0; r < rows; r += 1) {
      for (let c = 0; c < cols; c += 1) if (!this.hf.isCellEmpty({ sheet, row: row + r, col: col + c })) return false;
    }
    return true;
  }

  /** After inserting whole rows at `at`, moves the tables below down. */
  private shiftRows(sheet: string, at: number, count: number, except: HfTable): void {
    for (const t of this.tableRegistry.values()) {
      if (t !== except && lower(t.sheet) === lower(sheet) && t.row >= at) t.row += count;
    }
  }

  private shiftColumns(sheet: string, at: number, count: number, except: HfTable): void {
    for (const t of this.tableRegistry.values()) {
      if (t !== except && lower(t.sheet) === lower(sheet) && t.col >= at) t.col += count;
    }
  }
}

/** A port value as HyperFormula raw content; strings always stay literal text. */
function toRaw(content: CellContent): RawCellContent {
  if (isFormula(content)) return content.formula;
  if (typeof content === 'string') return content === '' ? null : literalTextInput(content);
  return content;
}
