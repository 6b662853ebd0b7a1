/**
 * Validation and coercion of raw cell values, as Excel passes them to `any`-typed
 * parameters: number | string | boolean | null (blank cell) | undefined (omitted) |
 * 2-D arrays (ranges) of those. Every reader returns a typed value or an EngineError whose
 * message names the argument and the bad value. Nothing here throws.
 *
 * Excel-like decisions:
 * - blank (null, undefined, "" or spaces) is "not given": optional arguments take their
 *   default, required numbers count as 0 (as a blank cell does in `=A1*2`);
 * - an empty cell arrives as null on Excel on the web but as 0 on Excel for Windows (also
 *   inside ranges), and the two can't be told apart from a typed 0. So every argument gives
 *   the same result for both, or a clear error, never a different amount: where a blank
 *   means "the default" and 0 can't be a real value (a year, a name such as an element),
 *   0 reads as blank; where 0 could be real but the default is not 0 (units, an override
 *   rate), 0 is an error saying why (see `readNumber`'s `blank`);
 * - numeric text is read as exactly one number ("44,095", "£87", "20%", spaces only at the
 *   ends); other text, or a number a double can't hold (it would read as 0 or infinity),
 *   is an error;
 * - TRUE/FALSE are not numbers here (a pupil count of TRUE is a slip, not 1);
 * - a 1×1 range is its single value; a bigger range where one value is expected is an error.
 */
import { cellRef, MSG, type Quantity } from './messages';
import { isError, valueError, type Result } from './result';

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Blank, or 0 — what Excel for Windows passes for an empty cell. For arguments where 0 can
 * never be a real value (a year, a choice such as an element or a mode), so that an empty
 * cell gives the default on every host.
 */
export function isBlankOrEmptyCell(value: unknown): boolean {
  return value === 0 || isBlank(value);
}

/** Unwraps a 1×1 range to its value; a larger range is an error; an empty range is blank. */
export function scalarOf(value: unknown, arg: string): Result<unknown> {
  if (!Array.isArray(value)) return value;
  const grid = toGrid(value);
  if (grid.rows * grid.cols === 0) return null;
  if (grid.rows === 1 && grid.cols === 1) return grid.cells[0];
  return valueError(MSG.singleCellOnly(arg, grid.rows, grid.cols));
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
/** A non-zero digit before any exponent: the text names a number other than 0. */
const NONZERO_MANTISSA = /^[^e]*[1-9]/i;

/**
 * Reads "44,095", "£87", "-£5", "12.5%", "1e3" as exactly one number; undefined when the
 * text is not one number. Spaces are allowed only at the ends ("1 5" is not 15), and a
 * number a double can't hold is refused rather than read as 0 ("1e-400") or infinity.
 */
export function numberFromText(text: string): number | undefined {
  let s = text.trim();
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 100;
    s = s.slice(0, -1);
  }
  s = s.replace(/^([+-]?)£/, '$1');
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  if (!NUMBER_TEXT.test(s)) return undefined;
  const n = Number(s) / scale;
  if (!Number.isFinite(n)) return undefined;
  // Underflow: the digits name a number other than 0 but the double is 0.
  if (n === 0 && NONZERO_MANTISSA.test(s)) return undefined;
  return n;
}

/** A non-blank scalar as a finite number, or an error. */
function coerceNumber(value: unknown, arg: string): Result<number> {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : valueError(MSG.notFinite(arg));
  }
  if (typeof value === 'string') {
    const n = numberFromText(value);
    return n === undefined ? valueError(MSG.notANumber(arg, value)) : n;
  }
  return valueError(MSG.notANumber(arg, value));
}

export interface NumberRules {
  /**
   * What a blank gives: a number (the default), or 'error' when a value must be entered.
   * Default 0. With a default other than 0, a 0 is an error: Excel for Windows passes an
   * empty cell as 0, so a 0 can't be told from a blank that means the default.
   */
  readonly blank?: number | 'error';
  /** How the default is described in that error, e.g. "£10,000 a place"; default the number. */
  readonly blankMeans?: string;
  /** The value can't be negative; names the quantity in the message. */
  readonly nonNegative?: Quantity;
  /** The value must lie in [0, 1]. */
  readonly fraction?: boolean;
  /** The value must be > 0. */
  readonly positive?: boolean;
  /** The value must be a whole number. */
  readonly whole?: boolean;
  /** The largest value allowed. */
  readonly max?: number;
}

function checkNumber(n: number, arg: string, shown: unknown, rules: NumberRules): Result<number> {
  if (rules.nonNegative !== undefined && n < 0) return valueError(MSG.negative(rules.nonNegative, arg, shown));
  if (rules.fraction && (n < 0 || n > 1)) return valueError(MSG.fraction(arg, shown));
  if (rules.positive && !(n > 0)) return valueError(MSG.mustBePositive(arg, shown));
  if (rules.whole && !Number.isInteger(n)) return valueError(MSG.wholeNumber(arg, shown));
  if (rules.max !== undefined && n > rules.max) return valueError(MSG.tooMany(arg, shown, rules.max));
  // Normalise -0 so that it never reaches a cell.
  return n === 0 ? 0 : n;
}

/** Reads one number argument. */
export function readNumber(raw: unknown, arg: string, rules: NumberRules = {}): Result<number> {
  const value = scalarOf(raw, arg);
  if (isError(value)) return value;
  const blank = rules.blank ?? 0;
  if (isBlank(value)) {
    return blank === 'error' ? valueError(MSG.required(arg)) : blank;
  }
  if (value === 0 && typeof blank === 'number' && blank !== 0) {
    return valueError(MSG.zeroLooksBlank(arg, rules.blankMeans ?? String(blank)));
  }
  const n = coerceNumber(value, arg);
  if (isError(n)) return n;
  return checkNumber(n, arg, value, rules);
}

/** Reads a TRUE/FALSE argument; also accepts 1/0 and the text TRUE/FALSE/YES/NO. */
export function readBoolean(raw: unknown, arg: string, dflt = false): Result<boolean> {
  const value = scalarOf(raw, arg);
  if (isError(value)) return value;
  if (isBlank(value)) return dflt;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (t === 'true' || t === 'yes' || t === 'y') return true;
    if (t === 'false' || t === 'no' || t === 'n') return false;
  }
  return valueError(MSG.notTrueFalse(arg, value));
}

/** One accepted name of a choice argument (matched ignoring case, spaces and punctuation). */
export interface Choice<T> {
  /** How the name is shown in messages and help. */
  readonly name: string;
  readonly value: T;
  readonly aliases?: readonly string[];
}

function normaliseName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Reads a named option such as an element, block or mode. */
export function readChoice<T>(
  raw: unknown,
  arg: string,
  what: string,
  choices: readonly Choice<T>[],
  dflt?: T,
): Result<T> {
  const value = scalarOf(raw, arg);
  if (isError(value)) return value;
  // No choice is a number, so a 0 is Excel for Windows' empty cell.
  if (isBlankOrEmptyCell(value)) {
    return dflt === undefined ? valueError(MSG.required(arg)) : dflt;
  }
  if (typeof value === 'string') {
    const index = choiceIndex(choices);
    const key = normaliseName(value);
    if (index.has(key)) return index.get(key) as T;
  }
  return valueError(MSG.unknownName(what, arg, value, choices.map((c) => c.name)));
}

/** Normalised name → value, built once per choice table (calls are hot in recalculation). */
const CHOICE_INDEX = new WeakMap<readonly Choice<unknown>[], Map<string, unknown>>();

function choiceIndex(choices: readonly Choice<unknown>[]): Map<string, unknown> {
  let index = CHOICE_INDEX.get(choices);
  if (index === undefined) {
    index = new Map();
    for (const c of choices) {
      for (const name of [c.name, ...(c.aliases ?? [])]) index.set(normaliseName(name), c.value);
    }
    CHOICE_INDEX.set(choices, index);
  }
  return index;
}

/** A range argument read as numbers, row by row; `null` marks a blank cell. */
export interface Grid<T> {
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly T[];
}

function toGrid(raw: readonly unknown[]): Grid<unknown> {
  // Plain loops, no callbacks: this runs on every call of a range argument in recalculation.
  let nested = true;
  for (let i = 0; i < raw.length; i++) {
    if (!Array.isArray(raw[i])) {
      nested = false;
      break;
    }
  }
  const rows: readonly unknown[][] = nested ? (raw as unknown[][]) : [raw as unknown[]];
  let cols = 0;
  for (let r = 0; r < rows.length; r++) if (rows[r].length > cols) cols = rows[r].length;
  const cells: unknown[] = new Array<unknown>(rows.length * cols);
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < cols; c++) cells[k++] = c < row.length ? row[c] : null;
  }
  return { rows: cols === 0 ? 0 : rows.length, cols, cells };
}

export interface RangeRules {
  readonly nonNegative?: Quantity;
  readonly fraction?: boolean;
  /** 'skip': blank cells are kept as null (ignored by sums); 'error': a blank is an error. */
  readonly blanks: 'skip' | 'error';
}

/** Whether a number meets a range's rules (checkNumber says why when it does not). */
function passes(n: number, rules: RangeRules): boolean {
  if (rules.nonNegative !== undefined && n < 0) return false;
  return !(rules.fraction && (n < 0 || n > 1));
}

/** Where cell i of a grid is, as messages name it (built only for a message). */
function gridRef(arg: string, grid: Grid<unknown>, i: number): string {
  return cellRef(arg, Math.floor(i / grid.cols), i % grid.cols, grid.rows, grid.cols);
}

/** Reads a range (or a single value, as a 1×1 range) of numbers. */
export function readRange(raw: unknown, arg: string, rules: RangeRules): Result<Grid<number | null>> {
  const grid = Array.isArray(raw) ? toGrid(raw) : { rows: 1, cols: 1, cells: [raw] };
  const out: (number | null)[] = new Array<number | null>(grid.cells.length);
  for (let i = 0; i < grid.cells.length; i++) {
    const value = grid.cells[i];
    // The common case (a finite number within the rules) builds no message text and no closure.
    if (typeof value === 'number' && Number.isFinite(value) && passes(value, rules)) {
      out[i] = value === 0 ? 0 : value;
      continue;
    }
    if (isBlank(value)) {
      if (rules.blanks === 'error') return valueError(MSG.blankInRange(gridRef(arg, grid, i)));
      out[i] = null;
      continue;
    }
    const where = gridRef(arg, grid, i);
    const n = coerceNumber(value, where);
    if (isError(n)) return n;
    const checked = checkNumber(n, where, value, rules);
    if (isError(checked)) return checked;
    out[i] = checked;
  }
  return { rows: grid.rows, cols: grid.cols, cells: out };
}

/** Σ of a range's numbers, blanks ignored. */
export function sumGrid(grid: Grid<number | null>): number {
  let total = 0;
  for (const v of grid.cells) if (v !== null) total += v;
  return total;
}

/** Turns a finite-number check of a computed result into an EngineError. */
export function finite(n: number, fn: string): Result<number> {
  return Number.isFinite(n) ? n : valueError(MSG.resultTooLarge(fn));
}

/** Checks every number of a spilled result is finite. */
export function finiteMatrix<M extends readonly (readonly unknown[])[]>(m: M, fn: string): Result<M> {
  for (const row of m) {
    for (const cell of row) {
      if (typeof cell === 'number' && !Number.isFinite(cell)) return valueError(MSG.resultTooLarge(fn));
    }
  }
  return m;
}
