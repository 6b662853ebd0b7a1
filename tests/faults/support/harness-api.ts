/** What a fault test gets of a harness (harness.ts): the port, a picture of the workbook, and a co-author. */
import type { CellValue, WorkbookPort } from '../../../src/workbook/port';
import type { FakeExcel } from '../../support/fake-excel';

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

export const lower = (s: string): string => s.trim().toLowerCase();
