/**
 * Financial years (April–March). A year is held as the calendar year it starts in:
 * 2015 means 2015-16. Accepted input: "2015-16", "2015/16", "2015–16", "2015-2016",
 * the number 2015 or the text "2015". Rejected: "2015-17", 2015.5, date serials, words.
 */
import { isBlankOrEmptyCell, scalarOf } from './input';
import { MSG } from './messages';
import { isError, valueError, type Result } from './result';

/** The calendar year in which a financial year starts (2015 = 2015-16). */
export type FinancialYear = number;

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9998;

/** 2016 → "2016-17"; 1999 → "1999-00". */
export function formatYear(year: FinancialYear): string {
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}

const YEAR_TEXT = /^(\d{4})(?:\s*[-/\u2013\u2014]\s*(\d{2}|\d{4}))?$/;

function inRange(year: number, arg: string, shown: unknown): Result<FinancialYear> {
  if (year < FIRST_YEAR || year > LAST_YEAR) return valueError(MSG.yearOutOfRange(arg, shown));
  return year;
}

/** Reads a financial year; a blank gives `dflt`, or an error when there is no default. */
export function readYear(raw: unknown, arg: string, dflt?: FinancialYear): Result<FinancialYear> {
  const value = scalarOf(raw, arg);
  if (isError(value)) return value;
  // No financial year is 0: a 0 is Excel for Windows' empty cell, read as blank.
  if (isBlankOrEmptyCell(value)) return dflt === undefined ? valueError(MSG.required(arg)) : dflt;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return valueError(MSG.badYear(arg, value));
    return inRange(value, arg, value);
  }
  if (typeof value !== 'string') return valueError(MSG.badYear(arg, value));
  const m = YEAR_TEXT.exec(value.trim());
  if (!m) return valueError(MSG.badYear(arg, value));
  const start = Number(m[1]);
  const checked = inRange(start, arg, value);
  if (isError(checked)) return checked;
  const end = m[2];
  if (end !== undefined) {
    const expected = end.length === 2 ? (start + 1) % 100 : start + 1;
    if (Number(end) !== expected) return valueError(MSG.yearNotConsecutive(arg, value, formatYear(start)));
  }
  return start;
}
