/**
 * The only place an engine error becomes an Excel error. In Excel (the `CustomFunctions`
 * global exists) it is a `CustomFunctions.Error` carrying our message, shown on the cell's
 * error indicator; without Excel (HyperFormula preview, tests, CLI) it is a
 * `HostlessExcelError` of the same shape.
 */
import { isError, type ErrorCode, type Result } from '../engine/result';

/** An Excel error outside Excel: same `code` and `message` as `CustomFunctions.Error`. */
export class HostlessExcelError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

/** Anything shaped like an Excel error value: a `code` starting with '#' and a `message`. */
export interface ExcelErrorLike {
  readonly code: string;
  readonly message: string;
}

/** Recognises both `CustomFunctions.Error` and `HostlessExcelError`, by shape. */
export function isExcelErrorLike(value: unknown): value is ExcelErrorLike {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && code.startsWith('#') && typeof message === 'string';
}

function hostHasCustomFunctions(): boolean {
  return typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function';
}

/** An engine Result as a custom function's return value. */
export function toExcel<T>(r: Result<T>): T | CustomFunctions.Error | HostlessExcelError {
  if (!isError(r)) return r;
  if (hostHasCustomFunctions()) {
    const code = r.code === '#N/A' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, r.message);
  }
  return new HostlessExcelError(r.code, r.message);
}
