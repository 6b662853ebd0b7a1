/**
 * The workbook port: the little the scenario service and Set up need from a workbook,
 * expressed as BATCHES so that an Office adapter can serve one `read(plan)` with one
 * `context.sync()` and one `write(ops)` with one more, whatever the number of cells.
 *
 * Two adapters implement it: `office/` (Excel, the only code calling `Excel.run`) and
 * `hf/` (a HyperFormula instance, for the browser preview, the tests and headless runs).
 *
 * Text is text: a string in a `CellValue` is always written so that the cell holds that
 * literal text — even `=SUM(A1)`, `+44`, `-x`, `@x` or `2015-16` — never a formula, number or
 * date. Formulas are written only through an explicit `Formula` object, which only code
 * builds from constants (Set up); nothing read from the workbook is ever turned into one.
 */

/** A cell's value: `''` is an empty cell; errors read as their code text, e.g. `#N/A`. */
export type CellValue = string | number | boolean;

/** A formula to write, e.g. `{ formula: '=ESG.GRANT(ESG_Mainstream)' }`. */
export interface Formula {
  readonly formula: string;
}

/** What `setCells` can put in a cell. */
export type CellContent = CellValue | Formula;

export function isFormula(content: CellContent): content is Formula {
  return typeof content === 'object' && content !== null && typeof content.formula === 'string';
}

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

/**
 * How names compare — scenario names, input names, table columns, defined names: Unicode
 * NFKC (full-width `Ｓ` is `S`, a no-break space is a space, `ﬁ` is `fi`), then
 * case-insensitive like Excel, then trimmed. The one key for names: every lookup and every
 * "same name?" check goes through it. (Invisible and control characters are refused in
 * names before they get here, see `scenarios/names.ts`.)
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().normalize('NFKC').trim();
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

// ---------------------------------------------------------------------------------------
// Writing

export type ChartSeriesBy = 'rows' | 'columns';

/**
 * Rows addressed by their key: the table's key column (e.g. `Input`) exactly as the caller
 * read it, top to bottom. `values[r]` of a table write belongs to the row whose key is
 * `keys.values[r]`; the adapter checks, with the batch's guards, that the key column still
 * reads so — a co-author's sort, filter-and-delete or inserted row between the read and
 * the write is a `WriteConflict`, never a value stored against another row.
 */
export interface TableKeys {
  readonly column: string;
  readonly values: readonly CellValue[];
}

export type WriteOp =
  /** One cell named by a workbook-scoped defined name. */
  | { readonly kind: 'setNamedCell'; readonly name: string; readonly value: CellValue }
  /** A block of cells whose top-left is `address` (e.g. `B2`). */
  | { readonly kind: 'setCells'; readonly sheet: string; readonly address: string; readonly cells: readonly (readonly CellContent[])[] }
  /** Every body cell of one table column, each in the row of its key (see `TableKeys`). */
  | {
      readonly kind: 'setTableColumn';
      readonly table: string;
      readonly column: string;
      readonly values: readonly CellValue[];
      readonly keys: TableKeys;
      /** Number formats row by row (`''`: leave the cell's format as it is). */
      readonly formats?: readonly string[];
    }
  /** A new column at the right end of a table, each value in the row of its key. */
  | {
      readonly kind: 'addTableColumn';
      readonly table: string;
      readonly header: string;
      readonly values: readonly CellValue[];
      readonly keys: TableKeys;
      readonly formats?: readonly string[];
    }
  | { readonly kind: 'renameTableColumn'; readonly table: string; readonly column: string; readonly to: string }
  | { readonly kind: 'deleteTableColumn'; readonly table: string; readonly column: string }
  /** Rows at the end of a table; `formats`: a number format per column for the new rows (`''`: none). */
  | { readonly kind: 'appendTableRows'; readonly table: string; readonly rows: readonly (readonly CellValue[])[]; readonly formats?: readonly string[] }
  /** A new table whose header row starts at `address` on `sheet`. */
  | {
      readonly kind: 'addTable';
      readonly sheet: string;
      readonly address: string;
      readonly name: string;
      readonly header: readonly string[];
      readonly rows: readonly (readonly CellValue[])[];
    }
  | { readonly kind: 'addSheet'; readonly sheet: string }
  /** Deletes a sheet (and the tables and charts on it). */
  | { readonly kind: 'deleteSheet'; readonly sheet: string }
  /** Deletes a workbook-scoped defined name (not what it refers to). */
  | { readonly kind: 'deleteName'; readonly name: string }
  | { readonly kind: 'activateSheet'; readonly sheet: string }
  /** Clears a sheet's contents and formats and removes its charts. */
  | { readonly kind: 'clearSheet'; readonly sheet: string }
  /** A workbook-scoped name for a range on a sheet. */
  | { readonly kind: 'defineName'; readonly name: string; readonly sheet: string; readonly address: string; readonly comment?: string }
  | { readonly kind: 'setNumberFormat'; readonly sheet: string; readonly address: string; readonly format: string }
  | { readonly kind: 'setColumnWidth'; readonly sheet: string; readonly address: string; readonly points: number }
  /** A clustered column chart of `source` (on `sheet`), placed at `anchor`. */
  | {
      readonly kind: 'addColumnChart';
      readonly sheet: string;
      readonly name: string;
      readonly source: string;
      readonly seriesBy: ChartSeriesBy;
      readonly title: string;
      readonly anchor: string;
      /** The cell the chart's bottom-right corner covers (its size); without it, Excel's default size. */
      readonly end?: string;
      /**
       * Series (zero-based, in the source's order) plotted against a second value axis on
       * the right — counts and shares beside £ amounts, whose bars would be invisible on a £ axis.
       */
      readonly secondary?: readonly number[];
      /** Titles of the value axes, e.g. `£` and `fte`. */
      readonly axisTitles?: { readonly primary?: string; readonly secondary?: string };
      /** Category labels kept horizontal, so Excel wraps long scenario names instead of slanting them. */
      readonly horizontalLabels?: boolean;
    }
  | Guard;

/**
 * Guards: what a write batch was built from. An adapter checks every guard of a batch (and
 * the key columns its table writes carry, see `impliedGuards`) in the same round-trip as
 * its writes and BEFORE any of them (wherever the guards sit in the batch), so that an
 * edit made by someone else between an action's read and its write is seen.
 *
 * THE CONTRACT, the same for every adapter: when a guard misses, `write` throws a
 * `WriteConflict` listing each miss with what the workbook held just before the batch. If
 * every guarded item still exists the batch's other operations HAVE run (Excel has no
 * conditional write, so the HyperFormula adapter runs them too: one behaviour to test);
 * if a guarded name, table or column is gone, none has (nor, in HyperFormula, when a
 * guarded cell is now inside a spill: it could not let the spill flow again as Excel
 * does once the recovery clears the cell). Either way the caller reads again
 * and undoes what of its own is in effect (scenarios/apply.ts, the one recovery).
 */
export type Guard =
  /** The named cell holds exactly `value` as a constant (no formula, not part of a spill or array). */
  | { readonly kind: 'expectNamedCell'; readonly name: string; readonly value: CellValue }
  /** The table's header row is exactly `header`. */
  | { readonly kind: 'expectTableHeader'; readonly table: string; readonly header: readonly string[] }
  /** The body of one table column is exactly `values`, top to bottom. */
  | { readonly kind: 'expectTableColumn'; readonly table: string; readonly column: string; readonly values: readonly CellValue[] };

export function isGuard(op: WriteOp): op is Guard {
  return op.kind === 'expectNamedCell' || op.kind === 'expectTableHeader' || op.kind === 'expectTableColumn';
}

export interface GuardMiss {
  readonly guard: Guard;
  /**
   * What the workbook held instead: the cell's value (one item) and formula, the header's
   * texts, or the column's values; undefined when the name, table or column is gone.
   * `spill`: the cell is part of a spilled array or array formula (see `NameRead`).
   */
  readonly found?: { readonly values: readonly CellValue[]; readonly formula: string | null; readonly spill?: string };
}

/** The guards a write operation carries in itself: the key column of a table write. */
export function impliedGuards(op: WriteOp): Guard[] {
  if (op.kind !== 'setTableColumn' && op.kind !== 'addTableColumn') return [];
  return [{ kind: 'expectTableColumn', table: op.table, column: op.keys.column, values: op.keys.values }];
}

/** Every guard of a batch: its own and those its table writes carry. */
export function batchGuards(ops: readonly WriteOp[]): Guard[] {
  return ops.flatMap((op) => (isGuard(op) ? [op] : impliedGuards(op)));
}

/** A write batch whose guards did not hold (see `Guard` for what then ran). */
export class WriteConflict extends Error {
  constructor(readonly misses: readonly GuardMiss[]) {
    super(`the workbook changed since it was read (${misses.map((m) => guardTarget(m.guard)).join(', ')})`);
    this.name = 'WriteConflict';
  }
}

export function isWriteConflict(error: unknown): error is WriteConflict {
  return error instanceof WriteConflict || (error instanceof Error && error.name === 'WriteConflict' && 'misses' in error);
}

/** What a guard protects, for messages: a name, `Table`, or `Table[Column]`. */
export function guardTarget(guard: Guard): string {
  switch (guard.kind) {
    case 'expectNamedCell':
      return guard.name;
    case 'expectTableHeader':
      return guard.table;
    case 'expectTableColumn':
      return `${guard.table}[${guard.column}]`;
  }
}

/** Whether the values a guard expects are the ones found (exact: both come from this port's reads). */
export function sameCells(expected: readonly CellValue[], found: readonly CellValue[]): boolean {
  return expected.length === found.length && expected.every((v, i) => v === found[i]);
}

/**
 * A workbook. `read` and `write` are batches: the Office adapter serves each with one
 * `context.sync()` when the batch only touches cells, table cells and rows (a scenario
 * Switch is one read and one write). Structural operations (`clearSheet`) may cost the
 * Office adapter one more round-trip. A `write` that throws may have applied a prefix of
 * its operations (Excel does not roll a batch back): callers read again to recover. Guards
 * (see `Guard`) cost no round-trip of their own.
 */
export interface WorkbookPort {
  read(plan: ReadPlan): Promise<Snapshot>;
  write(ops: readonly WriteOp[]): Promise<void>;
  /** Asks the workbook to calculate now (no-op where calculation is automatic). */
  calculate(): Promise<void>;
}

// ---------------------------------------------------------------------------------------
// Helpers for adapters

/**
 * A string as a cell input that keeps it literal text. Excel and HyperFormula both read a
 * leading apostrophe as "this is text" and do not store it, so `'=1+1` gives the text
 * `=1+1` and `''x` gives `'x`. Every non-empty string gets one: that also keeps `2015-16`,
 * `TRUE` or `1e3` as text.
 */
export function literalTextInput(text: string): string {
  return text === '' ? '' : `'${text}`;
}

const NAME_START = /^[A-Za-z_\\\u00C0-\uFFFF]/;
const NAME_REST = /^[A-Za-z0-9_.?\\\u00C0-\uFFFF]*$/;

/**
 * Whether a text can be an Excel defined name: starts with a letter, `_` or `\`; then
 * letters, digits, `_`, `.`, `?`; not a cell reference (`A1`, `R1C1`), not `R`/`C`; at most
 * 255 characters.
 */
export function isValidDefinedName(text: string): boolean {
  if (text.length === 0 || text.length > 255) return false;
  if (!NAME_START.test(text) || !NAME_REST.test(text.slice(1))) return false;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(text)) {
    const m = /^([A-Za-z]{1,3})/.exec(text);
    // XFD is the last Excel column: anything up to it followed by digits is a cell address.
    if (m && m[1].length < 3) return false;
    if (m && m[1].toUpperCase() <= 'XFD') return false;
  }
  if (/^[Rr]([0-9]*)?([Cc][0-9]*)?$/.test(text) || /^[Cc][0-9]*$/.test(text)) return false;
  return true;
}
