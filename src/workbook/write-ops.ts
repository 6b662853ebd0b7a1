/**
 * Writing through the port: the operations of a write batch, the guards that say what the
 * batch was built from, and THE CONTRACT both adapters honour when a guard misses.
 */
import type { CellContent, CellValue } from './cells';

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
