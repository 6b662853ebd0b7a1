/**
 * How the Office selection adapter sizes and reads a formula's references: how many cells an
 * A1 reference covers (so a whole column is refused before it is loaded), and how Excel's
 * `values` + `valueTypes` become the port's values (an error cell reads as
 * `{ error: '#N/A' }`, a blank one as null). Pure: no Office.js.
 */
import type { CellReference, RefScalar, RefValue } from '../selection-port';

const ROWS = 1_048_576;
const COLS = 16_384;

function letters(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * How many cells an A1 reference covers (`A1`, `B2:C9`, whole columns `A:C`, whole rows
 * `3:5`, with `$` and a sheet prefix), or undefined when it is not one of those.
 */
export function referenceCells(text: string): number | undefined {
  const local = text.slice(text.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [a, b = a, extra] = local.split(':');
  if (extra !== undefined || a === undefined) return undefined;
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const col = /^[A-Za-z]{1,3}$/;
  const row = /^\d+$/;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb) return (Math.abs(Number(ca[2]) - Number(cb[2])) + 1) * (Math.abs(letters(ca[1]) - letters(cb[1])) + 1);
  if (col.test(a) && col.test(b)) return (Math.abs(letters(a) - letters(b)) + 1) * ROWS;
  if (row.test(a) && row.test(b)) return (Math.abs(Number(a) - Number(b)) + 1) * COLS;
  return undefined;
}

/** One cell as Excel gives it (`Range.values`, `Range.valueTypes`) → a host value. */
export function hostScalarOf(value: unknown, valueType: string | undefined): RefScalar {
  if (valueType === 'Error') return { error: String(value) };
  if (valueType === 'Empty' || value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** A range's cells → a host value: rows of values for a range reference, one value for a cell. */
export function hostValueOf(values: readonly (readonly unknown[])[], valueTypes: readonly (readonly string[])[], kind: CellReference['kind']): RefValue {
  const rows = values.map((row, r) => row.map((v, c) => hostScalarOf(v, valueTypes[r]?.[c])));
  if (kind === 'cell' || (rows.length === 1 && rows[0].length === 1 && kind === 'name')) return rows[0]?.[0] ?? null;
  return rows;
}

/** A defined name that is not a range (`NamedItem.type` and `.value`) → a host value; undefined when it can't be one. */
export function namedValueOf(type: string, value: unknown): RefValue | undefined {
  switch (type) {
    case 'Error':
      return { error: String(value) };
    case 'String':
    case 'Integer':
    case 'Double':
    case 'Boolean':
      return hostScalarOf(value, type);
    default:
      return undefined;
  }
}
