/** What the travel actions return to the pane. Refusals wrote nothing. */
import type { FormulaCell } from '../workbook/formulas-port';
import type { CellValue } from '../workbook/port';

export interface TravelRefusal {
  readonly kind: 'refused';
  readonly message: string;
}

/** The action did not complete (a broken round-trip, a co-author's edit); `message` says what was kept. */
export interface TravelFailure {
  readonly kind: 'failed';
  readonly message: string;
  /** Cells someone changed between the read and the write (`Sheet!B2`), when that was the cause. */
  readonly changed?: readonly string[];
}

export interface PrepareReview {
  readonly kind: 'prepare-review';
  /** Every cell whose formula calls ESG.*, in sheet order, with its spill. */
  readonly cells: readonly FormulaCell[];
  /** Cells of those spills, anchors excluded. */
  readonly spilledCells: number;
  readonly hiddenSheets: readonly string[];
}

export type PrepareReviewOutcome = PrepareReview | TravelRefusal;

export interface Prepared {
  readonly kind: 'prepared';
  /** Formula cells replaced by their values, and how many spilled cells with them. */
  readonly formulas: number;
  readonly spilledCells: number;
  /** The sheet holding the kept formulas. */
  readonly sheet: string;
  /** ESG.* formula cells found after the write (added by someone meanwhile): still formulas. */
  readonly remaining: number;
}

export type PrepareOutcome = Prepared | TravelRefusal | TravelFailure;

/** A formula Restore puts back, or a cell it refuses. */
export interface RestoreItem {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  /** The value Prepare wrote (the anchor's). */
  readonly value: CellValue;
  /** The spill's other cells, which Restore empties so the formula can spill again. */
  readonly spilled: readonly { readonly address: string; readonly value: CellValue }[];
}

export interface RestoreRefused {
  /** `Sheet!B2` */
  readonly cell: string;
  readonly reason: string;
}

export interface RestoreReview {
  readonly kind: 'restore-review';
  readonly items: readonly RestoreItem[];
  /** Cells whose formula is back already (e.g. a restore that stopped half-way). */
  readonly already: number;
  readonly refused: readonly RestoreRefused[];
  readonly sheet: string;
}

export type RestoreReviewOutcome = RestoreReview | TravelRefusal;

export interface Restored {
  readonly kind: 'restored';
  readonly formulas: number;
  readonly refused: readonly RestoreRefused[];
  /** Whether the kept-formulas sheet was removed (everything is back). */
  readonly sheetRemoved: boolean;
  readonly sheet: string;
}

export type RestoreOutcome = Restored | TravelRefusal | TravelFailure;

export type StartupState = 'load' | 'none' | 'unavailable';

export interface Marked {
  readonly kind: 'marked';
  readonly startup: StartupState;
  /** Where the plain-text line is (`Inputs!A24`), or why there is none. */
  readonly note: { readonly cell: string; readonly added: boolean } | { readonly missing: string };
}

export type MarkOutcome = Marked | TravelRefusal | TravelFailure;

/** How the add-in starts with a workbook (Office.addin in Excel; a stand-in in the preview). */
export interface StartupHost {
  state(): Promise<StartupState>;
  /** Marks the document so the add-in loads with it for everyone who has it. */
  loadWithWorkbook(): Promise<void>;
}
