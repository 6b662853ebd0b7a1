/**
 * How the pane shows workbook values and times to a budget holder. Display only: the
 * workbook keeps every value exactly as it is (nothing here is written back).
 */
import type { CellValue } from '../workbook/port';

// Made on first use, not when the module loads: the first Intl formatter of a page loads
// its locale data (31 ms of the preview's cold load in a Chromium profile, before the grid).
let numberFormat: Intl.NumberFormat | undefined;
const number = (): Intl.NumberFormat => (numberFormat ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 10 }));

/** A cell value as the pane shows it: numbers with thousands separators, TRUE/FALSE, "(blank)". */
export function showValue(value: CellValue | undefined): string {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return '(blank)';
  if (typeof value === 'number') return number().format(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

/** An ISO 8601 time (the log's, the comparison's) in the user's local time; other text as it is. */
export function showTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** "1 input", "3 inputs". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A list of names in quotes: `"A", "B" and "C"`. */
export function quoted(names: readonly string[]): string {
  const q = names.map((n) => `"${n}"`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}
