/**
 * A small tokenizer for Excel formulas in the en-US form Office.js and HyperFormula give
 * (comma argument separator, dot decimal point). Enough to find an `ESG.*` call and read
 * its arguments: numbers, strings ("" escaping), TRUE/FALSE, error literals, cell and range
 * references with an optional sheet (A1, $A$1, A1:B2, A:A, 1:3, Sheet1!A1, 'My Sheet'!A1),
 * defined names, structured references (Table1[Col]), function names, operators, array
 * constants and brackets. Every token keeps its position so that an argument's text can
 * be shown exactly as written.
 */
import { EXPLAIN } from './messages';

export type TokenType =
  | 'number'
  | 'string'
  | 'bool'
  | 'error'
  | 'ref'
  | 'name'
  | 'structured'
  | 'func'
  | 'op'
  | 'lparen'
  | 'rparen'
  | 'lbrace'
  | 'rbrace'
  | 'comma'
  | 'semicolon';

export interface Token {
  readonly type: TokenType;
  /** The token as written. */
  readonly text: string;
  /** Offsets in the formula: [start, end). */
  readonly start: number;
  readonly end: number;
  /** number: its value; string: the text without quotes; bool: TRUE/FALSE; error: the code. */
  readonly value?: number | string | boolean;
  /** ref and name: the sheet, without quotes, when the token names one. */
  readonly sheet?: string;
  /** ref: the address on the sheet (e.g. "$B$2:C9"); name: the name. */
  readonly local?: string;
}

export class FormulaSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'FormulaSyntaxError';
  }
}

export const ERROR_CODES = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
] as const;

const MAX_COLUMN = 16384; // XFD
const MAX_ROW = 1048576;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** "B2", "$B$2": a cell within the sheet's bounds. */
export function isCellAddress(text: string): boolean {
  const m = CELL.exec(text);
  if (!m) return false;
  const row = Number(m[2]);
  return columnNumber(m[1]) <= MAX_COLUMN && row >= 1 && row <= MAX_ROW;
}

function isColumn(text: string): boolean {
  const m = COLUMN.exec(text);
  return m !== null && columnNumber(m[1]) <= MAX_COLUMN;
}

function isRow(text: string): boolean {
  const m = ROW.exec(text);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= MAX_ROW;
}

/** "B2", "B2:D9", "A:C", "3:5" (with or without $). */
export function isLocalAddress(text: string): boolean {
  const parts = text.split(':');
  if (parts.length === 1) return isCellAddress(text);
  if (parts.length !== 2) return false;
  const [a, b] = parts;
  return (isCellAddress(a) && isCellAddress(b)) || (isColumn(a) && isColumn(b)) || (isRow(a) && isRow(b));
}

/** Characters of an unquoted name, sheet name or cell address. */
const WORD_START = /[A-Za-z_\\\u00C0-\uFFFF$0-9]/;
const WORD_CHAR = /[A-Za-z0-9_.\\?\u00C0-\uFFFF$]/;

const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;

/** Tokenizes a formula (with or without its leading "="); throws FormulaSyntaxError. */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = formula.startsWith('=') ? 1 : 0;
  const src = formula;
  const push = (t: Token) => tokens.push(t);

  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new FormulaSyntaxError(EXPLAIN.syntaxTextNotClosed, start);
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += src[i++];
      }
      push({ type: 'string', text: src.slice(start, i), start, end: i, value });
      continue;
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((c) => src.slice(i, i + c.length).toUpperCase() === c);
      if (code === undefined) throw new FormulaSyntaxError(EXPLAIN.syntaxUnknownError, start);
      i += code.length;
      push({ type: 'error', text: src.slice(start, i), start, end: i, value: code });
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name: 'My Sheet'!A1 ('' is a quote inside).
      let sheet = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new FormulaSyntaxError(EXPLAIN.syntaxSheetNotClosed, start);
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            sheet += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        sheet += src[i++];
      }
      if (src[i] !== '!') throw new FormulaSyntaxError(EXPLAIN.syntaxSheetBang, i);
      i++;
      i = readAfterSheet(src, start, i, sheet, push);
      continue;
    }
    const single: Partial<Record<string, TokenType>> = {
      '(': 'lparen',
      ')': 'rparen',
      '{': 'lbrace',
      '}': 'rbrace',
      ',': 'comma',
      ';': 'semicolon',
    };
    const punct = single[ch];
    if (punct !== undefined) {
      push({ type: punct, text: ch, start, end: i + 1 });
      i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '<>' || two === '<=' || two === '>=') {
      push({ type: 'op', text: two, start, end: i + 2 });
      i += 2;
      continue;
    }
    if ('+-*/^&=<>%@'.includes(ch)) {
      push({ type: 'op', text: ch, start, end: i + 1 });
      i++;
      continue;
    }
    if (WORD_START.test(ch) || ch === '.') {
      i = readWord(src, i, push);
      continue;
    }
    throw new FormulaSyntaxError(EXPLAIN.syntaxUnexpected(ch), start);
  }
  return tokens;
}

/** Reads the run of word characters (and a ":" range joining two addresses) from i. */
function wordAt(src: string, i: number): number {
  let j = i;
  while (j < src.length && WORD_CHAR.test(src[j])) j++;
  return j;
}

/** After "Sheet!" or "'My Sheet'!": an address or a name. */
function readAfterSheet(src: string, start: number, i: number, sheet: string, push: (t: Token) => void): number {
  const end = rangeEnd(src, i);
  const local = src.slice(i, end);
  if (isLocalAddress(local)) {
    push({ type: 'ref', text: src.slice(start, end), start, end, sheet, local });
    return end;
  }
  const wordEnd = wordAt(src, i);
  const name = src.slice(i, wordEnd);
  if (name === '' || /^\d/.test(name)) throw new FormulaSyntaxError(EXPLAIN.syntaxAfterSheet, i);
  push({ type: 'name', text: src.slice(start, wordEnd), start, end: wordEnd, sheet, local: name });
  return wordEnd;
}

/** The end of an address that may be a range "A1:B2" starting at i. */
function rangeEnd(src: string, i: number): number {
  const first = wordAt(src, i);
  if (src[first] === ':') {
    const second = wordAt(src, first + 1);
    if (isLocalAddress(src.slice(i, second))) return second;
  }
  return first;
}

function readWord(src: string, i: number, push: (t: Token) => void): number {
  const start = i;
  // A range of rows (3:5) or a number.
  if (/[0-9.]/.test(src[i])) {
    const end = rangeEnd(src, i);
    if (src.slice(i, end).includes(':') && isLocalAddress(src.slice(i, end))) {
      push({ type: 'ref', text: src.slice(start, end), start, end, local: src.slice(start, end) });
      return end;
    }
    const m = NUMBER.exec(src.slice(i));
    if (!m) throw new FormulaSyntaxError(EXPLAIN.syntaxUnexpected('.'), start);
    const endNum = i + m[0].length;
    push({ type: 'number', text: m[0], start, end: endNum, value: Number(m[0]) });
    return endNum;
  }
  const wordEnd = wordAt(src, i);
  const word = src.slice(i, wordEnd);
  if (src[wordEnd] === '!') return readAfterSheet(src, start, wordEnd + 1, word, push);
  if (src[wordEnd] === '(') {
    push({ type: 'func', text: word, start, end: wordEnd });
    return wordEnd;
  }
  if (src[wordEnd] === '[') return readStructured(src, start, wordEnd, push);
  const end = rangeEnd(src, i);
  const local = src.slice(i, end);
  if (isLocalAddress(local)) {
    push({ type: 'ref', text: local, start, end, local });
    return end;
  }
  const upper = word.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') {
    push({ type: 'bool', text: word, start, end: wordEnd, value: upper === 'TRUE' });
    return wordEnd;
  }
  if (word.includes('$')) throw new FormulaSyntaxError(EXPLAIN.syntaxNotAddress(word), start);
  push({ type: 'name', text: word, start, end: wordEnd, local: word });
  return wordEnd;
}

/** Table1[Column], Table1[[#This Row],[Column]]: balanced brackets. */
function readStructured(src: string, start: number, i: number, push: (t: Token) => void): number {
  let depth = 0;
  let j = i;
  do {
    if (j >= src.length) throw new FormulaSyntaxError(EXPLAIN.syntaxTableNotClosed, start);
    if (src[j] === '[') depth++;
    else if (src[j] === ']') depth--;
    j++;
  } while (depth > 0);
  push({ type: 'structured', text: src.slice(start, j), start, end: j });
  return j;
}
