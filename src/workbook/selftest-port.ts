/**
 * What the in-add-in self-test ("Check this add-in", src/selftest/) needs from a workbook
 * beyond the product's own port: who the host is, where the user is (active sheet and
 * selection, to put back), cells read with their type and formula after calculation, and a
 * few host-specific look-ups. Everything the probes write goes through `workbook` — the very
 * adapter the add-in uses — so a probe tests the product's own code path in the user's Excel.
 *
 * Adapters: `office/OfficeSelfTest.ts` (the only Excel.run code of the self-test) and
 * `hf/HyperFormulaSelfTest.ts` (preview and tests).
 */
import type { CellValue, WorkbookPort } from './port';

export interface HostInfo {
  /** e.g. `Excel`, `HyperFormula`. */
  readonly host: string;
  /** e.g. `PC`, `OfficeOnline`, `Mac`, `node`. */
  readonly platform: string;
  readonly version: string;
  /** The ExcelApi requirement sets the host supports, e.g. `ExcelApi 1.1` … `ExcelApi 1.17`. */
  readonly apiSets: readonly string[];
}

/** Where the user is: restored after the self-test. `selection` is local (e.g. `B2:C4`), or null when unknown. */
export interface WorkbookPlace {
  readonly sheet: string | null;
  readonly selection: string | null;
}

export type CellType = 'empty' | 'number' | 'text' | 'boolean' | 'error' | 'other';

export interface CellRead {
  readonly value: CellValue;
  readonly type: CellType;
  /** The formula, or null for a constant or an empty cell. */
  readonly formula: string | null;
}

/** What a chained `names.getItemOrNullObject(n).getRangeOrNullObject()` gave. */
export type NullChainResult = { readonly kind: 'null' } | { readonly kind: 'found'; readonly address: string };

export interface SheetInspection {
  /** The used range's local address, or null when the sheet holds nothing. */
  readonly used: string | null;
  readonly charts: number;
}

export interface SelfTestPort {
  /** The product's own workbook port, over the same host. */
  readonly workbook: WorkbookPort;
  info(): Promise<HostInfo>;
  place(): Promise<WorkbookPlace>;
  restorePlace(place: WorkbookPlace): Promise<void>;
  /**
   * The cells of `address` on `sheet` after the workbook calculated, waiting (boundedly)
   * while custom functions still show `#BUSY!`.
   */
  readCells(sheet: string, address: string): Promise<CellRead[][]>;
  /** A chained null-object look-up of a defined name; throws when the host throws. */
  nameChain(name: string): Promise<NullChainResult>;
  inspectSheet(sheet: string): Promise<SheetInspection>;
  /**
   * Puts a data type (an entity card whose display text is `text`) into one cell. Returns
   * false, writing nothing, when the host has no data types.
   */
  writeDataType(sheet: string, address: string, text: string): Promise<boolean>;
}

/** Error texts as Excel shows them. */
export const EXCEL_ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BUSY!', '#BLOCKED!', '#CONNECT!', '#UNKNOWN!'];

/** A cell's type from its value alone (for hosts that do not say). */
export function typeOfValue(value: CellValue, isError = false): CellType {
  if (isError) return 'error';
  if (value === '') return 'empty';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}
