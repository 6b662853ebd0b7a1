/**
 * How numbers appear in explanations: exact (the shortest text that reads back as the same
 * double, so nothing is hidden by rounding), with thousands separators.
 */
import { isBlank } from '../input';
import { EXPLAIN } from '../messages';

/** 44095 → "44,095"; 4050350.25 → "4,050,350.25"; -3 → "-3". */
export function num(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  const text = String(abs);
  if (text.includes('e')) return sign + text;
  const [whole, fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

/** 87 → "£87"; -5 → "-£5". */
export function money(n: number): string {
  return n < 0 ? `-£${num(-n)}` : `£${num(n)}`;
}

/** 0.2 → "20%" (to 12 significant figures: percentages are for reading, values stay exact). */
export function pct(n: number): string {
  return `${num(Number((n * 100).toPrecision(12)))}%`;
}

/** A number in an expression: negative numbers in brackets so that "a − (-3)" reads clearly. */
export function term(n: number): string {
  return n < 0 ? `(${num(n)})` : num(n);
}

/** A raw argument as given, for an argument that could not be read. */
export function showGiven(value: unknown): string {
  if (isBlank(value)) return EXPLAIN.blank;
  if (typeof value === 'number') return num(value);
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'boolean') return value ? EXPLAIN.valueTrue : EXPLAIN.valueFalse;
  if (Array.isArray(value)) {
    const rows: unknown[][] = value.every((r) => Array.isArray(r)) ? (value as unknown[][]) : [value];
    const cells = rows.flat();
    if (cells.length <= 12) return `{${rows.map((r) => r.map(showGiven).join(', ')).join('; ')}}`;
    return EXPLAIN.rangeOf(rows.length, Math.max(...rows.map((r) => r.length)));
  }
  return String(value);
}

/** Whether a raw argument is blank (omitted, an empty cell, or a 1×1 range of one). */
export function givenBlank(value: unknown): boolean {
  if (Array.isArray(value)) {
    const cells = (value as unknown[]).flat();
    return cells.length === 0 || (cells.length === 1 && isBlank(cells[0]));
  }
  return isBlank(value);
}

/** A step's or a result cell's value as text. */
export function showValue(value: unknown): string {
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return value ? EXPLAIN.valueTrue : EXPLAIN.valueFalse;
  if (value === null || value === undefined) return '';
  return String(value);
}
