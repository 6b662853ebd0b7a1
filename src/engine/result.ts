/**
 * Typed results of the engine. The engine never throws for bad input: it returns an
 * `EngineError` carrying the Excel error code it should become and a message a finance
 * officer understands. Only `src/functions/` turns these into `CustomFunctions.Error`.
 */
export type ErrorCode = '#VALUE!' | '#N/A';

export interface EngineError {
  readonly kind: 'error';
  readonly code: ErrorCode;
  readonly message: string;
}

export type Scalar = number | string | boolean;
/** A spilled result: rows of cells. */
export type Matrix = Scalar[][];
export type Result<T> = T | EngineError;

export function isError(value: unknown): value is EngineError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'error';
}

export function valueError(message: string): EngineError {
  return { kind: 'error', code: '#VALUE!', message };
}

export function naError(message: string): EngineError {
  return { kind: 'error', code: '#N/A', message };
}
