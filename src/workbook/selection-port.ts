/**
 * The selection port: what the pane's Explain and Insert need from a workbook — the active
 * cell and its formula (a cell a dynamic array spilled into: its anchor's), a batched read
 * of the cells, ranges and defined names that formula refers to, writing a formula into the
 * active cell, the selection's address, the defined names, and selection-change events.
 *
 * Two adapters implement it: `office/OfficeSelection.ts` (Excel; with the other Office
 * adapters the only `Excel.run` code) and `hf/HyperFormulaSelection.ts` (the preview, the
 * tests). "Explain the selected cell" and "insert a formula" are written once, over this
 * port, in `src/explain/selected.ts`; the port knows nothing of ESG functions or messages:
 * the caller says which references to read (a read plan), and a reference that can't be read
 * comes back as a reason, which the caller words.
 *
 * Cost: `readActiveCell` is two round-trips in Excel whatever the formula (the cell, then
 * every reference in one batch — more only when the references together would pass Excel
 * on the web's 5 MB / 5-million-cell limits); one for a cell without a formula or a formula
 * that refers to nothing.
 */

/** An error value read from the workbook, e.g. { error: '#N/A' } (HyperFormula adds its message). */
export interface RefError {
  readonly error: string;
  readonly message?: string;
}
/** One cell as read: a blank cell is null. */
export type RefScalar = number | string | boolean | null | RefError;
/** A reference's value: one value for a cell, rows of values for a range. */
export type RefValue = RefScalar | readonly (readonly RefScalar[])[];

/** A reference a formula makes, as written in it. */
export interface CellReference {
  readonly kind: 'cell' | 'range' | 'name';
  /** As written in the formula, e.g. "'My Sheet'!$A$1", "B2:B9", "ESG_Mainstream". */
  readonly text: string;
  /** The sheet the reference names, without quotes; absent: the formula's own sheet (or a workbook name). */
  readonly sheet?: string;
  /** cell/range: the address on the sheet, e.g. "$A$1" or "B2:B9". */
  readonly address?: string;
  /** name: the defined name. */
  readonly name?: string;
}

/** The most cells read for one reference (a whole column is 1,048,576): larger ones are refused unread. */
export const MAX_REFERENCE_CELLS = 100_000;

/** One reference read, or why it was not. */
export type ReferenceRead =
  | { readonly ok: true; readonly value: RefValue }
  /** Covers more than MAX_REFERENCE_CELLS cells (a whole column or row): not read. */
  | { readonly ok: false; readonly reason: 'too-large'; readonly cells: number; readonly cap: number }
  /** A defined name that is neither a range nor a single value. */
  | { readonly ok: false; readonly reason: 'not-a-value' }
  /** No such defined name (or not a cell address). */
  | { readonly ok: false; readonly reason: 'not-found' }
  /** The host failed to read it (e.g. its sheet is gone); `detail` is the host's words. */
  | { readonly ok: false; readonly reason: 'failed'; readonly detail: string };

export interface ActiveCellRead {
  /** The cell read, sheet-qualified as the host writes it, e.g. "ESG!E9" (a spilled cell: its anchor). */
  readonly cell: string;
  /** Its formula ("=…", en-US); undefined for a constant, text or an empty cell. */
  readonly formula?: string;
  /**
   * The active cell's row within the spill of `cell`'s formula (0: `cell`'s own row), when
   * the cell read has a formula; undefined otherwise.
   */
  readonly row?: number;
  /** One read per reference the plan asked for, in the plan's order. */
  readonly reads: readonly ReferenceRead[];
  /**
   * Works out an expression written in the formula (without "="), on the formula's sheet,
   * where the host can (HyperFormula); absent in Excel, which has no such call.
   */
  readonly evaluate?: (expression: string) => RefValue;
}

export interface SelectionPort {
  /**
   * What this host's Excel passes a custom function for an empty referenced cell: null on
   * Excel on the web and Mac, 0 on Excel for Windows (inside ranges too).
   */
  readonly emptyAs: null | 0;
  /**
   * Reads the active cell's formula (a spilled cell: its anchor's), then every reference
   * `plan` names for that formula, in one batch. Rejects only when the cell itself can't be read.
   */
  readActiveCell(plan: (formula: string) => readonly CellReference[]): Promise<ActiveCellRead>;
  /** Writes `formula` into the active cell (the caller has checked it may be written). */
  writeFormula(formula: string): Promise<void>;
  /** The selected cell or range, sheet-qualified (e.g. "Inputs!B2:B4"); undefined when nothing is selected. */
  selectedAddress(): Promise<string | undefined>;
  /** The workbook's defined names a user can type (hidden ones left out). */
  definedNames(): Promise<readonly string[]>;
  /**
   * Calls `listener` whenever the selection changes; resolves to the function that stops
   * it, or undefined where the host has no selection event.
   */
  onSelectionChanged(listener: () => void): Promise<(() => Promise<void>) | undefined>;
}

/** Thrown by an adapter when there is no cell to read or write (nothing selected). */
export class NoActiveCell extends Error {
  constructor() {
    super('No cell is selected.');
    this.name = 'NoActiveCell';
  }
}
