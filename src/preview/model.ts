/**
 * Read-only helpers over a HyperFormula instance for the workbook view: A1 addresses,
 * what a cell shows, the defined names of cells, and the extent of spilled arrays.
 */
import { DetailedCellError, type HyperFormula, type SimpleCellAddress } from 'hyperformula';
import { cellAddress } from '../workbook/a1';
import { nameKey } from '../workbook/port';
import { formatValue, type FormatValue } from './format';

export type FormatOf = (sheet: number, row: number, col: number) => string | undefined;

// A1 addressing is the workbook port's (one implementation for the adapters and the view).
export { columnLetters, quoteSheetName } from '../workbook/a1';

export function a1(row: number, col: number): string {
  return cellAddress(row, col);
}

export interface CellView {
  /** The text the cell shows (formatted). */
  text: string;
  /** The computed value: number, string, boolean, null (empty), or an error code such as `#VALUE!`. */
  value: FormatValue;
  kind: 'empty' | 'number' | 'text' | 'boolean' | 'error';
  /** For an error: its message (HyperFormula's, i.e. the function's message). */
  message?: string;
}

export function readCell(hf: HyperFormula, address: SimpleCellAddress, formatOf: FormatOf): CellView {
  const value = hf.getCellValue(address);
  if (value instanceof DetailedCellError) {
    return { text: value.value, value: value.value, kind: 'error', message: value.message || undefined };
  }
  const format = formatOf(address.sheet, address.row, address.col);
  const text = formatValue(value, format);
  if (value === null) return { text, value, kind: 'empty' };
  if (typeof value === 'number') return { text, value, kind: 'number' };
  if (typeof value === 'boolean') return { text, value, kind: 'boolean' };
  return { text, value, kind: 'text' };
}

/** What the formula bar shows for a cell: its formula, or its typed content. */
export function rawContent(hf: HyperFormula, address: SimpleCellAddress): string {
  const formula = hf.getCellFormula(address);
  if (formula !== undefined) return formula;
  if (hf.isCellPartOfArray(address)) return ''; // a spilled value: the formula is its anchor's
  const serialized = hf.getCellSerialized(address);
  if (serialized === null || serialized === undefined) return '';
  if (serialized instanceof Date) return serialized.toISOString();
  const text = String(serialized);
  // Text stored with a leading apostrophe keeps it where typing it back without one would
  // make a formula, number, date or boolean; plain words are shown without it.
  if (text.startsWith("'") && /^\p{L}/u.test(text.slice(1)) && !/^(true|false)$/i.test(text.slice(1))) return text.slice(1);
  return text;
}

export interface CellRange {
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function isSpillChild(hf: HyperFormula, address: SimpleCellAddress): boolean {
  return hf.isCellPartOfArray(address) && hf.getCellFormula(address) === undefined;
}

/**
 * The spilled array a cell belongs to (anchor = top-left, holding the formula), or
 * undefined. HyperFormula has no public "array range" query, so this walks the grid: an
 * array's cells other than its anchor are "part of an array" with no formula of their own.
 */
export function spillRangeOf(hf: HyperFormula, address: SimpleCellAddress): CellRange | undefined {
  if (!hf.isCellPartOfArray(address)) return undefined;
  let { row, col } = address;
  const { sheet } = address;
  while (col > 0 && isSpillChild(hf, { sheet, row, col }) && hf.isCellPartOfArray({ sheet, row, col: col - 1 })) col--;
  while (row > 0 && isSpillChild(hf, { sheet, row, col }) && hf.isCellPartOfArray({ sheet, row: row - 1, col })) row--;
  const anchor = { sheet, row, col };
  if (hf.getCellFormula(anchor) === undefined) return undefined;
  let right = col;
  while (isSpillChild(hf, { sheet, row, col: right + 1 })) right++;
  let bottom = row;
  while (isSpillChild(hf, { sheet, row: bottom + 1, col })) bottom++;
  if (address.row > bottom || address.col > right) return undefined;
  return { sheet, top: row, left: col, bottom, right };
}

export interface DefinedName {
  name: string;
  address: SimpleCellAddress;
}

/** Defined names that refer to a single cell (global, and those scoped to `sheet`). */
export function cellNames(hf: HyperFormula, sheet?: number): DefinedName[] {
  const out: DefinedName[] = [];
  const scopes: (number | undefined)[] = sheet === undefined ? [undefined] : [undefined, sheet];
  for (const scope of scopes) {
    for (const name of hf.listNamedExpressions(scope)) {
      const formula = hf.getNamedExpressionFormula(name, scope);
      if (!formula) continue;
      const address = hf.simpleCellAddressFromString(formula.replace(/^=/, '').replace(/\$/g, ''), sheet ?? 0);
      if (address) out.push({ name, address });
    }
  }
  return out;
}

export function nameOfCell(names: readonly DefinedName[], address: SimpleCellAddress): string | undefined {
  return names.find((n) => n.address.sheet === address.sheet && n.address.row === address.row && n.address.col === address.col)?.name;
}

/**
 * Resolves what was typed in the name box: a defined name, `B6`, `Inputs!B6`,
 * `'Budget 2015-16'!C3`, or a range (its first cell).
 */
export function resolveNameBox(hf: HyperFormula, text: string, sheet: number): SimpleCellAddress | undefined {
  const typed = text.trim();
  if (typed === '') return undefined;
  const named = cellNames(hf, sheet).find((n) => nameKey(n.name) === nameKey(typed));
  if (named) return named.address;
  const plain = typed.replace(/\$/g, '');
  const address = hf.simpleCellAddressFromString(plain, sheet);
  if (address && hf.getSheetName(address.sheet) !== undefined) return address;
  const range = plain.includes(':') ? hf.simpleCellRangeFromString(plain, sheet) : undefined;
  if (range && hf.getSheetName(range.start.sheet) !== undefined) return range.start;
  return undefined;
}
