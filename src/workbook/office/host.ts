/**
 * Host access for the Office adapters: which API sets the host has, and how values cross
 * between Office.js and the port (`Range.values`/`formulas` → `CellValue`, port values →
 * what a range's `values`/`formulas` take, number formats). No `Excel.run` here.
 */
import { isFormula, literalTextInput, type CellContent, type CellValue } from '../port';

/** `Range.getSpillParentOrNullObject` needs ExcelApi 1.12; without it spills go undetected. */
export function canReadSpills(): boolean {
  if (typeof Office === 'undefined') return true; // the tests' fake Excel
  return Office.context?.requirements?.isSetSupported('ExcelApi', '1.12') === true;
}

/** A spill anchor's address as `Sheet!A1`, or undefined when the cell is in no spill. */
export function spillOf(anchor: Excel.Range | undefined): string | undefined {
  if (!anchor || anchor.isNullObject) return undefined;
  return String(anchor.address ?? '');
}

/** `Range.getMergedAreasOrNullObject` needs ExcelApi 1.13; without it merged cells go undetected. */
export function canReadMergedAreas(): boolean {
  if (typeof Office === 'undefined') return true; // the tests' fake Excel
  return Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') === true;
}

/** True for Office.js's "the argument is invalid" error (e.g. a column index past the table's end). */
export function isInvalidArgument(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'InvalidArgument';
}

/** True for Office.js's "the requested resource doesn't exist" error. */
export function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ItemNotFound';
}

export function toInput(value: CellValue): string | number | boolean {
  return typeof value === 'string' ? literalTextInput(value) : value;
}

export function contentToInput(content: CellContent): string | number | boolean {
  return isFormula(content) ? content.formula : toInput(content);
}

export function asCellValue(v: unknown): CellValue {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return v === null || v === undefined ? '' : String(v);
}

/**
 * Whether a cell holds a formula. `Range.formulas` gives a constant's text for a constant
 * cell, so a text cell reading `=x` (entered as `'=x`) shows `=x` in both `formulas` and
 * `values`; a formula shows its result in `values`.
 */
export function formulaOf(formula: unknown, value: unknown): string | null {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return null;
  if (typeof value === 'string' && value === formula) return null;
  return formula;
}

/** A cell's number format for a read, left out when General (most cells). */
export function formatOf(format: unknown): { format?: string } {
  return typeof format === 'string' && format !== '' && format !== 'General' ? { format } : {};
}

/** Sets a one-column range's number formats row by row, where given (`''` leaves a cell's). */
export function formatRows(range: Excel.Range, formats: readonly string[] | undefined): void {
  if (!formats || formats.every((f) => f === '')) return;
  // Office.js sets a whole range's formats at once: a row without one gets General.
  range.numberFormat = formats.map((f) => [f === '' ? 'General' : f]);
}

export function fill<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

/** Whether the host has an ExcelApi set (outside Office, e.g. under test without `Office`, assume it does). */
export function hasExcelApi(version: string): boolean {
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported('ExcelApi', version) : true;
}
