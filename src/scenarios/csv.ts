/**
 * CSV for scenario export and import: every text field that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, a tab or a CR first, also after spaces) or read as a number
 * or TRUE/FALSE gets a leading apostrophe (CSV injection; a round-trip keeps text as text),
 * and RFC 4180 quoting.
 */
import type { CellValue } from '../workbook/port';
import { asNumber } from './values';

const LOOKS_TYPED = /^\s*([+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?|true|false)\s*$/i;

/** Text a spreadsheet would run as a formula (or strip: a leading apostrophe), also after spaces. */
const ACTIVE = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n']/;

/** A value — or a name or description, as text — as one CSV field (unquoted), inert in a spreadsheet. */
export function csvText(value: CellValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === '') return '';
  return ACTIVE.test(value) || LOOKS_TYPED.test(value) ? `'${value}` : value;
}

/** A CSV text field (name, description) back to its text: the inverse of `csvText` for text. */
export function csvName(field: string): string {
  return field.startsWith("'") ? field.slice(1) : field;
}

/** A CSV field back to a value: the inverse of `csvText`. */
export function csvValue(field: string): CellValue {
  if (field.startsWith("'")) return field.slice(1);
  if (/^(true|false)$/i.test(field.trim())) return field.trim().toUpperCase() === 'TRUE';
  const n = asNumber(field);
  return n === undefined ? field : n;
}

function quote(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 fields; quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f !== ''));
}
