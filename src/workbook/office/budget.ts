/**
 * Excel on the web rejects a request or a response over 5 MB and a read of over 5 million
 * cells. The Office adapter cuts every batch under a byte budget (4 MB by default, room for
 * Office.js's own framing) with the estimates here, and remembers from each read what it
 * needs to plan the next one in as few round-trips as possible: each table's header and
 * size, the bytes its cells took, the text of cells that name columns. That memory is a
 * prefetch list, never data: everything a read returns comes from its own batch, and a
 * stale guess costs one more round-trip, not a wrong value.
 */
import { nameKey, type CellValue } from '../port';

export const DEFAULT_BUDGET_BYTES = 4 * 1024 * 1024;
/** At most this many cells per batch (Excel on the web refuses reads over 5 million). */
export const MAX_CELLS_PER_SYNC = 4_000_000;

/** Request bytes of one load or one write besides its arguments (object path, instantiate and query actions). */
export const OP_BYTES = 350;
/** Loads per defined name read (the name, its range, its merged areas, its spill parent). */
export const NAME_BYTES = 4 * OP_BYTES + 200;
/** Response bytes per cell assumed for a table never read before (JSON of a short value). */
export const DEFAULT_CELL_BYTES = 24;

/** Office.js's codes for a batch that is too large. */
export function isTooLarge(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'OperationCellsExceedLimit';
}

/** JSON bytes of a grid of values, as Office.js sends or returns it. */
export function gridBytes(values: readonly (readonly unknown[])[]): number {
  return JSON.stringify(values).length;
}

/** Rows per chunk so that `cols` columns of `cellBytes` each stay under the budget and the cell cap. */
export function rowsPerChunk(cols: number, cellBytes: number, budget: number): number {
  const perRow = Math.max(1, cols) * Math.max(1, cellBytes);
  return Math.max(1, Math.min(Math.floor(budget / perRow), Math.floor(MAX_CELLS_PER_SYNC / Math.max(1, cols))));
}

interface TableMemory {
  header: readonly string[];
  rows: number;
  cols: number;
  cellBytes: number;
  /** A read of it in one batch was too large: always chunk. */
  large: boolean;
}

/** What the adapter saw at its previous reads (see the file comment). */
export class ReadMemory {
  private readonly tables = new Map<string, TableMemory>();
  private readonly texts = new Map<string, string>();

  header(table: string): readonly string[] | undefined {
    return this.tables.get(nameKey(table))?.header;
  }

  /** Whether a whole read of `table` is expected to fit in `budget` bytes (unknown tables: yes). */
  fits(table: string, budget: number): boolean {
    const t = this.tables.get(nameKey(table));
    if (!t) return true;
    if (t.large) return false;
    return t.rows * t.cols * t.cellBytes <= budget && t.rows * t.cols <= MAX_CELLS_PER_SYNC;
  }

  cellBytes(table: string): number {
    return this.tables.get(nameKey(table))?.cellBytes ?? DEFAULT_CELL_BYTES;
  }

  saw(table: string, header: readonly string[], rows: number, cols: number, cellBytes?: number): void {
    const k = nameKey(table);
    const old = this.tables.get(k);
    this.tables.set(k, {
      header,
      rows,
      cols,
      cellBytes: cellBytes ?? old?.cellBytes ?? DEFAULT_CELL_BYTES,
      large: old?.large === true && rows * cols >= old.rows * old.cols / 2,
    });
  }

  /** A whole read of these tables was too large for one batch; true when that is news. */
  markLarge(tables: readonly string[]): boolean {
    let news = false;
    for (const table of tables) {
      const k = nameKey(table);
      const old = this.tables.get(k);
      if (old?.large) continue;
      news = true;
      this.tables.set(k, { header: old?.header ?? [], rows: old?.rows ?? 0, cols: old?.cols ?? 0, cellBytes: old?.cellBytes ?? DEFAULT_CELL_BYTES, large: true });
    }
    return news;
  }

  /** Forgets what was seen of these tables; true when there was something to forget. */
  forget(tables: readonly string[]): boolean {
    let any = false;
    for (const table of tables) any = this.tables.delete(nameKey(table)) || any;
    return any;
  }

  /** The text a named cell held when last read or written (names that name columns). */
  text(name: string): string | undefined {
    return this.texts.get(nameKey(name));
  }

  sawText(name: string, value: CellValue): void {
    this.texts.set(nameKey(name), String(value));
  }
}

/** Estimated request bytes of one write operation (its JSON and one action), or a guard (two loads). */
export function opBytes(op: { kind: string }): number {
  return (op.kind.startsWith('expect') ? 2 : 1) * OP_BYTES + JSON.stringify(op).length;
}

/**
 * Splits a block write too large for one request into blocks of rows, each under `budget`
 * (e.g. a comparison sheet of 1,000 scenarios × 2,000 inputs). Other operations are kept whole.
 */
export function splitLargeWrites<T extends { kind: string }>(ops: readonly T[], budget: number, split: (op: T, rows: number) => T[] | undefined): T[] {
  const out: T[] = [];
  for (const op of ops) {
    const bytes = opBytes(op);
    const parts = bytes > budget ? split(op, Math.ceil(bytes / budget) + 1) : undefined;
    out.push(...(parts ?? [op]));
  }
  return out;
}
