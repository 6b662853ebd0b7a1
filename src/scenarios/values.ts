/**
 * Comparing cell values the way a user would: `30000` typed as a number and `30000`
 * stored as text are the same value; text is compared exactly.
 */
import type { CellValue } from '../workbook/port';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A value's number, when it is one or is text that reads as one. */
export function asNumber(value: CellValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMBER.test(value.trim())) return Number(value.trim());
  return undefined;
}

export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (a === b) return true;
  const na = asNumber(a as CellValue);
  const nb = asNumber(b as CellValue);
  if (na !== undefined && nb !== undefined) return na === nb;
  if (typeof a === 'boolean' || typeof b === 'boolean') return String(a).toUpperCase() === String(b).toUpperCase();
  return false;
}

/** A value as text for messages and the log's readers. */
export function displayValue(value: CellValue): string {
  return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
}
