/**
 * A1 addresses: `B2`, `B2:D9`, `'Budget 2015-16'!$B$2`. Zero-based rows and columns.
 * Shared by both adapters and by the scenario logic that lays out sheets.
 */

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export interface RangeRef {
  /** Sheet name, when the address carried one. */
  readonly sheet?: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** `0 -> A`, `25 -> Z`, `26 -> AA`. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `(1, 1) -> B2`. */
export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** `B2` for one cell, `B2:D9` otherwise. */
export function rangeAddress(range: Omit<RangeRef, 'sheet'>, absolute = false): string {
  const start = cellAddress(range.row, range.col, absolute);
  if (range.rows === 1 && range.cols === 1) return start;
  return `${start}:${cellAddress(range.row + range.rows - 1, range.col + range.cols - 1, absolute)}`;
}

/** A sheet name as a formula quotes it: `Inputs`, `'Budget 2015-16'`. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `'Budget 2015-16'!$B$2` */
export function qualifiedAddress(sheet: string, range: Omit<RangeRef, 'sheet'>, absolute = true): string {
  return `${quoteSheetName(sheet)}!${rangeAddress(range, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

function parseCell(text: string): CellRef | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  if (row < 0) return undefined;
  return { row, col: columnIndex(m[1]) };
}

/** Splits `'It''s'!A1` into sheet `It's` and `A1`; no sheet when the text has none. */
function splitSheet(text: string): { sheet?: string; local: string } | undefined {
  const t = text.trim().replace(/^=/, '');
  if (t.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < t.length) {
      if (t[i] === "'") {
        if (t[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += t[i];
      i += 1;
    }
    if (t[i] !== "'" || t[i + 1] !== '!') return undefined;
    return { sheet: name, local: t.slice(i + 2) };
  }
  const bang = t.lastIndexOf('!');
  if (bang < 0) return { local: t };
  return { sheet: t.slice(0, bang), local: t.slice(bang + 1) };
}

/**
 * Parses `B2`, `$B$2:$D$9`, `Inputs!B2`, `'Budget 2015-16'!B2:C3` (and a leading `=`).
 * Undefined for anything else (several areas, whole columns, names, expressions).
 */
export function parseRange(text: string): RangeRef | undefined {
  const parts = splitSheet(text);
  if (!parts) return undefined;
  const [a, b, extra] = parts.local.split(':');
  if (extra !== undefined) return undefined;
  const start = parseCell(a);
  if (!start) return undefined;
  const end = b === undefined ? start : parseCell(b);
  if (!end) return undefined;
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return {
    ...(parts.sheet === undefined ? {} : { sheet: parts.sheet }),
    row,
    col,
    rows: Math.abs(end.row - start.row) + 1,
    cols: Math.abs(end.col - start.col) + 1,
  };
}
