/**
 * Tables in HyperFormula, which has none: a table is a header row and body rows of plain
 * cells whose position the adapter tracks (./state.ts); its cells are read from the grid at
 * every read, and the table operations of a write batch move them as Excel would.
 */
import { parseRange } from '../a1';
import { nameKey, type CellValue, type TableRead, type WriteOp } from '../port';
import { HfState, toRaw, type HfTable } from './state';

const lower = nameKey;

export class HfTables extends HfState {
  protected readTable(name: string, body = true): TableRead | null {
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
    t.header = [...header]; // the registry's own copy: a write edits it, never a snapshot's header
    return { name: t.name, sheet: t.sheet, header, rows };
  }

  /** Some columns of a table (the header row whole): a Switch's cost must not grow with the scenarios. */
  protected readColumns(name: string, pick: (header: readonly string[]) => number[]): TableRead | null {
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

  /** Runs a table operation of a write batch; false for any other operation. */
  protected applyTableOp(op: WriteOp): boolean {
    switch (op.kind) {
      case 'setTableColumn': {
        const t = this.requireTable(op.table);
        const c = this.requireColumn(t, op.column);
        if (op.values.length !== t.rows) throw new Error(`${op.table} has ${t.rows} rows, not ${op.values.length}`);
        if (t.rows === 0) return true;
        const sheet = this.requireSheet(t.sheet);
        this.hf.setCellContents({ sheet, row: t.row + 1, col: t.col + c }, op.values.map((v) => [toRaw(v)]));
        this.formatColumn(t.sheet, t.row + 1, t.col + c, op.formats);
        return true;
      }
      case 'addTableColumn': {
        const t = this.requireTable(op.table);
        this.refuseDuplicate(t, op.header);
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
        const known = this.columnKeys.get(t);
        if (known?.header === t.header) {
          known.keys.set(lower(op.header), t.header.length - 1);
          known.length = t.header.length;
        }
        return true;
      }
      case 'renameTableColumn': {
        const t = this.requireTable(op.table);
        const c = this.requireColumn(t, op.column);
        this.refuseDuplicate(t, op.to, c);
        this.hf.setCellContents({ sheet: this.requireSheet(t.sheet), row: t.row, col: t.col + c }, [[toRaw(op.to)]]);
        t.header[c] = op.to;
        this.columnKeys.delete(t);
        return true;
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
        this.columnKeys.delete(t);
        return true;
      }
      case 'appendTableRows': {
        const t = this.requireTable(op.table);
        if (op.rows.length === 0) return true;
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
        return true;
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
        return true;
      }      default:
        return false;
    }
  }

  protected requireTable(name: string): HfTable {
    const t = this.tableRegistry.get(lower(name));
    if (!t) throw new Error(`The workbook has no table named ${name}`);
    return t;
  }

  /**
   * Re-reads from the cells the header of every table a batch names, once: the guards compare
   * it, and Excel finds a column by the name it has now (someone may have typed over a header
   * cell since the last read). Before the batch, as HyperFormula reads no value while
   * evaluation is suspended; the batch's own table operations keep it up to date after that.
   */
  protected refreshHeaders(ops: readonly WriteOp[]): void {
    const tables = new Set<HfTable>();
    for (const op of ops) {
      const t = 'table' in op && typeof op.table === 'string' ? this.tableRegistry.get(lower(op.table)) : undefined;
      if (t) tables.add(t);
    }
    for (const t of tables) {
      const sheet = this.requireSheet(t.sheet);
      t.header = Array.from({ length: t.columns }, (_, c) => String(this.value({ sheet, row: t.row, col: t.col + c })));
    }
  }

  protected requireColumn(t: HfTable, column: string): number {
    const c = t.header.findIndex((h) => lower(h) === lower(column));
    if (c < 0) throw new Error(`Table ${t.name} has no column ${column}`);
    return c;
  }

  /** Each table's column names, compared as Excel does (built once per header, so an import of n columns stays linear). */
  private readonly columnKeys = new WeakMap<HfTable, { header: readonly string[]; length: number; keys: Map<string, number> }>();

  /** A table's column names are unique, as in Excel (the fake Excel refuses the same). */
  protected refuseDuplicate(t: HfTable, header: string, except = -1): void {
    let known = this.columnKeys.get(t);
    if (!known || known.header !== t.header || known.length !== t.header.length) {
      known = { header: t.header, length: t.header.length, keys: new Map(t.header.map((h, c) => [lower(h), c])) };
      this.columnKeys.set(t, known);
    }
    const at = known.keys.get(lower(header));
    if (at !== undefined && at !== except) throw new Error(`Table ${t.name} already has a column ${header}`);
  }

  protected isEmpty(sheet: number, row: number, col: number, rows: number, cols: number): boolean {
    for (let r = 0; r < rows; r += 1) {
      for (let c = 0; c < cols; c += 1) if (!this.hf.isCellEmpty({ sheet, row: row + r, col: col + c })) return false;
    }
    return true;
  }

  /** After inserting whole rows at `at`, moves the tables below down. */
  protected shiftRows(sheet: string, at: number, count: number, except: HfTable): void {
    for (const t of this.tableRegistry.values()) {
      if (t !== except && lower(t.sheet) === lower(sheet) && t.row >= at) t.row += count;
    }
  }

  protected shiftColumns(sheet: string, at: number, count: number, except: HfTable): void {
    for (const t of this.tableRegistry.values()) {
      if (t !== except && lower(t.sheet) === lower(sheet) && t.col >= at) t.col += count;
    }
  }
}
