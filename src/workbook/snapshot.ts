/**
 * Reading through the port: a read plan (what one action reads, as one batch, and what it
 * costs on Excel), what comes back (`Snapshot`: tables, names, sheets) and the helpers that
 * pick columns of a table by header.
 */
import { nameKey, type CellValue } from './cells';

// ---------------------------------------------------------------------------------------
// Reading

/** A defined name resolved at read time. `value`/`formula` are those of its top-left cell. */
export type NameRead =
  | { readonly status: 'missing' }
  /** Defined, but not a reference to one rectangular range (a constant, a formula, several areas). */
  | { readonly status: 'not-range'; readonly refersTo: string }
  | {
      readonly status: 'range';
      readonly sheet: string;
      /** Local address on `sheet`, e.g. `B2` or `B2:D4`. */
      readonly address: string;
      readonly rows: number;
      readonly cols: number;
      readonly value: CellValue;
      /** The top-left cell's formula (`=...`), or null when it holds a constant or nothing. */
      readonly formula: string | null;
      /** Every cell's value, only for names asked for in `ReadPlan.ranges`. */
      readonly values?: readonly (readonly CellValue[])[];
      /**
       * With `values`: which cells hold an error value (`#BUSY!`, `#N/A`…) rather than text
       * that merely reads like one.
       */
      readonly errors?: readonly (readonly boolean[])[];
      /**
       * When the top-left cell is part of merged cells: their local address (e.g. `B2:C3`).
       * Only adapters that know of merged cells set it (HyperFormula has none).
       */
      readonly merged?: string;
      /** The top-left cell's number format (`General` when none). */
      readonly format?: string;
      /**
       * When the top-left cell is part of a spilled dynamic array (a cell the formula of
       * another cell fills) or of an array formula: where that formula is (`Sheet!A1`), or
       * `''` when the adapter cannot tell. Writing there would break the array (`#SPILL!`).
       */
      readonly spill?: string;
    };

export interface TableRead {
  readonly name: string;
  readonly sheet: string;
  /** Header texts of the columns read (every column unless `allHeader` is set), left to right. */
  readonly header: readonly string[];
  /** Body rows (values of the columns read), top to bottom; may include blank rows. */
  readonly rows: readonly (readonly CellValue[])[];
  /**
   * Set only when some columns were read (`ReadPlan.tableColumns`): the whole header row.
   * Then `header`/`rows` hold just the columns read, in table order.
   */
  readonly allHeader?: readonly string[];
}

/**
 * Some columns of a table: those whose header is one of `columns`, and those whose header is
 * the text the cell of each defined name in `columnsNamedBy` holds now (e.g. the column of the
 * active scenario, named by `ESG_ActiveScenario`). Headers match by `nameKey`. The table
 * reads as a `TableRead` with `allHeader`; a column asked for that is absent is simply not
 * in `header`.
 */
export interface TableColumns {
  readonly table: string;
  readonly columns: readonly string[];
  readonly columnsNamedBy?: readonly string[];
}

export interface ColumnOfNames {
  readonly table: string;
  readonly column: string;
}

/**
 * What one action reads, as one batch. ROUND-TRIP COST on the Office adapter (Excel on the
 * web rejects a request or response over 5 MB and a read of over 5 million cells, so every
 * batch is cut under a byte budget, `OfficeWorkbookOptions.budgetBytes`, 4 MB by default):
 *   - one `context.sync()` for everything, when what is read fits the budget and the
 *     adapter's prefetch lists (names listed in a column, columns named by a cell, each
 *     table's header and size, all as seen at its previous read) still hold;
 *   - one more when one of them does not (the first read of a session; a co-author's new
 *     input row, renamed or moved column), for just what was missing;
 *   - whole tables (`tables`) too big for one response: one sync per chunk of rows
 *     (1,000 scenarios × 2,000 inputs, about 14 MB: 4 chunks); names: one sync per ~2,500.
 * So a scenario Switch, which reads `tableColumns` (the input names, the active and the
 * target scenario's columns and the header row, never the other scenarios' values), costs
 * one read sync at any number of scenarios up to ~2,500 inputs, plus its write sync: 2.
 */
export interface ReadPlan {
  /** Tables to read in full (header and body). */
  readonly tables?: readonly string[];
  /** Some columns of tables (see `TableColumns`); a table is in `tables` or here, not both. */
  readonly tableColumns?: readonly TableColumns[];
  /** Tables whose existence only is needed. */
  readonly tablesExist?: readonly string[];
  /** Tables whose header row only is needed (e.g. the log, which grows without bound). */
  readonly tableHeaders?: readonly string[];
  /** Defined names to resolve (top-left value and formula). */
  readonly names?: readonly string[];
  /** Defined names to resolve with every cell's value (small ranges such as outputs). */
  readonly ranges?: readonly string[];
  /**
   * Resolve, in the same batch, every defined name listed in a column of a table read by
   * this plan (e.g. the `Input` column of `ESG_Scenarios`). The names come from the table
   * as read now, never from an earlier read.
   */
  readonly namesListedIn?: readonly ColumnOfNames[];
  /** Sheets whose existence is needed. */
  readonly sheets?: readonly string[];
}

const key = nameKey;

/** Everything one read batch returned. Lookups are case-insensitive, like Excel's. */
export class Snapshot {
  private readonly tableMap = new Map<string, TableRead | null>();
  private readonly existMap = new Map<string, boolean>();
  private readonly nameMap = new Map<string, NameRead>();
  private readonly sheetMap = new Map<string, boolean>();
  private readonly headerMap = new Map<string, readonly string[] | null>();

  setTable(name: string, table: TableRead | null): void {
    this.tableMap.set(key(name), table);
    this.existMap.set(key(name), table !== null);
  }

  setTableExists(name: string, exists: boolean): void {
    this.existMap.set(key(name), exists);
  }

  setTableHeader(name: string, header: readonly string[] | null): void {
    this.headerMap.set(key(name), header);
    this.existMap.set(key(name), header !== null);
  }

  setName(name: string, read: NameRead): void {
    this.nameMap.set(key(name), read);
  }

  setSheet(name: string, exists: boolean): void {
    this.sheetMap.set(key(name), exists);
  }

  /** The table as read, or null when the workbook has none of that name. */
  table(name: string): TableRead | null {
    const t = this.tableMap.get(key(name));
    if (t === undefined) throw new Error(`Table ${name} was not part of the read plan`);
    return t;
  }

  tableExists(name: string): boolean {
    const e = this.existMap.get(key(name));
    if (e === undefined) throw new Error(`Table ${name} was not part of the read plan`);
    return e;
  }

  /** A table's header (from `tables` or `tableHeaders`), or null when the table does not exist. */
  tableHeader(name: string): readonly string[] | null {
    const h = this.headerMap.get(key(name));
    if (h !== undefined) return h;
    const t = this.tableMap.get(key(name));
    if (t === undefined) throw new Error(`Table ${name} was not part of the read plan`);
    return t === null ? null : (t.allHeader ?? t.header);
  }

  name(name: string): NameRead {
    const n = this.nameMap.get(key(name));
    if (n === undefined) throw new Error(`Name ${name} was not part of the read plan`);
    return n;
  }

  hasName(name: string): boolean {
    return this.nameMap.has(key(name));
  }

  sheetExists(name: string): boolean {
    const s = this.sheetMap.get(key(name));
    if (s === undefined) throw new Error(`Sheet ${name} was not part of the read plan`);
    return s;
  }
}

/** Index of a header, case-insensitive; -1 when absent. */
export function columnIndex(header: readonly string[], column: string): number {
  const k = key(column);
  return header.findIndex((h) => key(h) === k);
}

/**
 * The indices (ascending) of the header columns a `TableColumns` asks for, given what the
 * cells of its `columnsNamedBy` names hold (blank texts name no column).
 */
export function wantedColumns(header: readonly string[], columns: readonly string[], namedTexts: readonly CellValue[] = []): number[] {
  const keys = new Set([...columns, ...namedTexts.map((v) => String(v))].map(key).filter((k) => k !== ''));
  const out: number[] = [];
  header.forEach((h, i) => {
    if (keys.has(key(h))) out.push(i);
  });
  return out;
}

/** A table as read whole, cut down to some of its columns (`allHeader` = the whole header). */
export function projectTable(table: TableRead, indices: readonly number[]): TableRead {
  return {
    name: table.name,
    sheet: table.sheet,
    header: indices.map((i) => table.header[i]),
    rows: table.rows.map((row) => indices.map((i) => row[i] ?? '')),
    allHeader: table.header,
  };
}

/** The distinct non-blank texts of a table column (as names), in order. */
export function namesInColumn(table: TableRead, column: string): string[] {
  const c = columnIndex(table.header, column);
  if (c < 0) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const row of table.rows) {
    const v = row[c];
    const text = typeof v === 'string' ? v.trim() : v === undefined ? '' : String(v);
    if (text === '' || seen.has(key(text))) continue;
    seen.add(key(text));
    out.push(text);
  }
  return out;
}
