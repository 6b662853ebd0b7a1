/**
 * The formulas port: what "Prepare a copy to send" and "Restore formulas" need from a
 * workbook that the scenario port (port.ts) does not give — every cell whose formula calls
 * an `ESG.*` function, wherever it is, and guarded writes addressed by sheet and cell.
 *
 * Two adapters implement it: `office/OfficeFormulas.ts` (Excel; the only `Excel.run` code
 * for it) and `hf/HyperFormulaFormulas.ts` (the preview, the tests).
 *
 * Sizes: a workbook may hold a great many formula cells, so the Office adapter reads and
 * writes in chunks that keep every request well under Excel on the web's 5 MB limit; the
 * cost is written down in that adapter. Everything here is addressed by sheet name and a
 * local A1 address; nothing read is ever turned into a formula by the adapters — the
 * caller decides, through `Formula` contents, what is written as one.
 */
import type { CellContent, CellValue, TableRead } from './port';

export interface SheetFacts {
  readonly name: string;
  /** False for hidden and very hidden sheets. */
  readonly visible: boolean;
  /** Protected sheets cannot be written (Review › Unprotect Sheet first). */
  readonly protected: boolean;
}

/** A cell and what it holds now. `formula` is null for a constant or an empty cell. */
export interface CellNow {
  readonly sheet: string;
  /** Local A1 address of ONE cell, e.g. `B2`. */
  readonly address: string;
  readonly value: CellValue;
  readonly formula: string | null;
}

export type CellAt = Pick<CellNow, 'sheet' | 'address'>;

/** A cell whose formula the scan matched, with its spill when the formula spills. */
export interface FormulaCell extends CellNow {
  readonly formula: string;
  /** The spill range (anchor included, local address such as `B2:D4`) and every value in it. */
  readonly spill?: { readonly address: string; readonly values: readonly (readonly CellValue[])[] };
}

export interface FormulaScan {
  readonly sheets: readonly SheetFacts[];
  readonly cells: readonly FormulaCell[];
}

/** A block of contents whose top-left cell is `address` on `sheet`. Strings stay literal text. */
export interface CellWrite {
  readonly sheet: string;
  readonly address: string;
  readonly cells: readonly (readonly CellContent[])[];
}

export interface CellMiss {
  readonly expected: CellNow;
  /** What the cell holds now; undefined when its sheet is gone. */
  readonly found?: CellNow;
}

/**
 * The cells a guarded write was built from no longer hold what was read. Nothing of the
 * write was applied: both adapters check every expectation before their first write.
 */
export class CellsChanged extends Error {
  constructor(readonly misses: readonly CellMiss[]) {
    super(`${misses.length} cell(s) changed since they were read: ${misses.slice(0, 5).map((m) => `${m.expected.sheet}!${m.expected.address}`).join(', ')}`);
    this.name = 'CellsChanged';
  }
}

export function isCellsChanged(error: unknown): error is CellsChanged {
  return error instanceof CellsChanged || (error instanceof Error && error.name === 'CellsChanged' && 'misses' in error);
}

export interface FormulasPort {
  /** Every sheet, and every cell on any sheet whose formula `matches` (with its spill). */
  scan(matches: (formula: string) => boolean): Promise<FormulaScan>;
  /** What each cell holds now (any number of cells). */
  readCells(cells: readonly CellAt[]): Promise<CellNow[]>;
  /**
   * Checks that every `expect`ed cell holds exactly its value and formula, then writes.
   * Throws `CellsChanged` (and writes nothing) when one does not.
   */
  writeCells(expect: readonly CellNow[], writes: readonly CellWrite[]): Promise<void>;
  /** A table's header and every body row (read in chunks), or null when there is none. */
  readTable(name: string): Promise<TableRead | null>;
  /** How many rows and columns the sheet uses from A1, or null when it has no such sheet. */
  usedExtent(sheet: string): Promise<{ readonly rows: number; readonly cols: number } | null>;
}

/** Same formula and same value, exactly (`===`: both come from this port's reads). */
export function sameCell(a: Pick<CellNow, 'value' | 'formula'>, b: Pick<CellNow, 'value' | 'formula'>): boolean {
  return a.formula === b.formula && a.value === b.value;
}

/** `sheet!address` for keys (case-insensitive sheet, upper-case address). */
export function cellKey(cell: CellAt): string {
  return `${cell.sheet.trim().toLowerCase()}!${cell.address.replace(/\$/g, '').toUpperCase()}`;
}
