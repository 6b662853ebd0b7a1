/**
 * Every catalogue function runs as three stages shared by the real function and by its
 * explanation (src/engine/explain/), so an explanation can never disagree with the cell:
 *
 *   read     raw cell values → typed, validated arguments (defaults applied)
 *   compute  typed arguments → every intermediate term of the maths (the *Core functions)
 *   finish   terms → the figure or table the cell shows (or an error found only now,
 *            such as a transfer over its limit or a result too large to hold)
 *
 * `run` is what the cell gets; `evaluate` keeps the stages for the explanation. Both are
 * the same code: `run(def, raw) === evaluate(def, raw).result`.
 */
import type { EngineError, Result } from './result';
import { isError } from './result';

export interface FunctionDef<A, T, R> {
  readonly read: (raw: readonly unknown[]) => Result<A>;
  readonly compute: (args: A) => Result<T>;
  readonly finish: (terms: T, args: A) => Result<R>;
}

/** How far a call got, with what each stage produced. */
export type Evaluation<A, T, R> =
  | { readonly stage: 'read'; readonly result: EngineError }
  | { readonly stage: 'compute'; readonly args: A; readonly result: EngineError }
  | { readonly stage: 'done'; readonly args: A; readonly terms: T; readonly result: Result<R> };

export function evaluate<A, T, R>(def: FunctionDef<A, T, R>, raw: readonly unknown[]): Evaluation<A, T, R> {
  const args = def.read(raw);
  if (isError(args)) return { stage: 'read', result: args };
  const terms = def.compute(args);
  if (isError(terms)) return { stage: 'compute', args, result: terms };
  return { stage: 'done', args, terms, result: def.finish(terms, args) };
}

/** The cell's value: the last stage's result. */
export function run<A, T, R>(def: FunctionDef<A, T, R>, raw: readonly unknown[]): Result<R> {
  return evaluate(def, raw).result;
}
