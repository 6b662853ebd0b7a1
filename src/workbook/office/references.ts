/**
 * What the Office.js selection reader needs to explain a cell without a round-trip per
 * argument: every cell, range and defined name the formula's ESG call reads (its arguments,
 * and the cells and names inside argument expressions such as `B4+B5`, which the pane works
 * out itself), and how Excel's `values` + `valueTypes` become the explainer's host values
 * (an error cell reads as `{ error: '#N/A' }`, a blank one as null). Pure: no Office.js.
 */
import { findEsgCall, FormulaSyntaxError, parseFormula, walk, type HostScalar, type HostValue, type Reference } from '../../explain';

/** The most cells Explain reads for one reference (a whole column is 1,048,576). */
export const MAX_REFERENCE_CELLS = 100_000;

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

/** One key per reference as written (the explainer asks again with the same text). */
export function referenceKey(ref: Pick<Reference, 'kind' | 'text'>): string {
  return `${ref.kind}|${ref.text.toLowerCase()}`;
}

function referencesInExpression(expression: string): Reference[] {
  let root;
  try {
    root = parseFormula(`=${expression}`);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return [];
    throw e;
  }
  const out: Reference[] = [];
  for (const node of walk(root)) {
    const sheet = node.type === 'ref' || node.type === 'name' ? node.sheet : undefined;
    const scoped = sheet === undefined ? {} : { sheet };
    // A range inside an expression is refused by the evaluator before it is read.
    if (node.type === 'ref' && !node.address.includes(':')) out.push({ kind: 'cell', text: node.text, address: node.address, ...scoped });
    if (node.type === 'name') out.push({ kind: 'name', text: node.text, name: node.name, ...scoped });
  }
  return out;
}

/**
 * The references a formula's first ESG call reads, each once, in the order they are
 * written. Empty for a formula without an ESG call, or one that can't be read (the
 * explainer then says so without reading anything).
 */
export function referencesOf(formula: string): Reference[] {
  const call = findEsgCall(formula);
  if (call === undefined || call instanceof FormulaSyntaxError) return [];
  const seen = new Map<string, Reference>();
  for (const arg of call.args) {
    const refs = arg.reference !== undefined ? [arg.reference] : arg.kind === 'expression' ? referencesInExpression(arg.text) : [];
    for (const ref of refs) if (!seen.has(referenceKey(ref))) seen.set(referenceKey(ref), ref);
  }
  return [...seen.values()];
}

/** One cell as Excel gives it (`Range.values`, `Range.valueTypes`) → a host value. */
export function hostScalarOf(value: unknown, valueType: string | undefined): HostScalar {
  if (valueType === 'Error') return { error: String(value) };
  if (valueType === 'Empty' || value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** A range's cells → a host value: rows of values for a range reference, one value for a cell. */
export function hostValueOf(values: readonly (readonly unknown[])[], valueTypes: readonly (readonly string[])[], kind: Reference['kind']): HostValue {
  const rows = values.map((row, r) => row.map((v, c) => hostScalarOf(v, valueTypes[r]?.[c])));
  if (kind === 'cell' || (rows.length === 1 && rows[0].length === 1 && kind === 'name')) return rows[0]?.[0] ?? null;
  return rows;
}

/** A defined name that is not a range (`NamedItem.type` and `.value`) → a host value; undefined when it can't be one. */
export function namedValueOf(type: string, value: unknown): HostValue | undefined {
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
