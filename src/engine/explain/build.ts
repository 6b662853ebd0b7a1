/**
 * The one way an explanation is built: run the function's stages (the same `evaluate` the
 * real function's `run` uses) and describe what each stage produced.
 */
import { EXPLAIN } from '../messages';
import { evaluate, type FunctionDef } from '../pipeline';
import type { Matrix, Scalar } from '../result';
import { givenBlank, money, num, pct, showGiven } from './format';
import type { ExplainedArg, Explanation, RateUsed, Step } from './types';

/** How one catalogue function is explained (its name and parameters are the catalogue's). */
export interface Explainer<A, T, R extends Scalar | Matrix> {
  readonly def: FunctionDef<A, T, R>;
  readonly summary: string;
  readonly describeArgs: (args: A, raw: readonly unknown[]) => ExplainedArg[];
  readonly rates: (terms: T, args: A) => RateUsed[];
  readonly steps: (terms: T, args: A) => Step[];
}

/** Runs the function's stages on raw values and explains them; `params`: the catalogue's parameter names. */
export function explainWith<A, T, R extends Scalar | Matrix>(
  ex: Explainer<A, T, R>,
  name: string,
  params: readonly string[],
  raw: readonly unknown[],
): Explanation {
  const padded = params.map((_, i) => raw[i]);
  const ev = evaluate(ex.def, padded);
  const base = { name, summary: ex.summary, result: ev.result };
  if (ev.stage === 'read') {
    const args = params.map((p, i) => arg(p, padded[i], showGiven(padded[i])));
    return { ...base, stage: 'read', args, rates: [], steps: [] };
  }
  const args = ex.describeArgs(ev.args, padded);
  if (ev.stage === 'compute') return { ...base, stage: 'compute', args, rates: [], steps: [] };
  return { ...base, stage: 'done', args, rates: ex.rates(ev.terms, ev.args), steps: ex.steps(ev.terms, ev.args) };
}

/** An argument as read. */
export function arg(name: string, given: unknown, display: string, note?: string): ExplainedArg {
  return { name, given, display, defaulted: givenBlank(given), ...(note === undefined ? {} : { note }) };
}

export type NumberStyle = 'plain' | 'money' | 'percent';

/** A number argument; a blank one is marked with what it counted as. */
export function numberArg(name: string, given: unknown, value: number, style: NumberStyle = 'plain'): ExplainedArg {
  const display = style === 'money' ? money(value) : style === 'percent' ? `${num(value)} (${pct(value)})` : num(value);
  return arg(name, given, display, givenBlank(given) ? EXPLAIN.blankCountsAs(display) : undefined);
}

/** A step. */
export function step(label: string, expression: string, value: number | string | boolean, group?: string): Step {
  return group === undefined ? { label, expression, value } : { label, expression, value, group };
}

/** A sum written out, or summarised when it is long. */
export function sumExpr(values: readonly number[], what: string): string {
  if (values.length === 0) return EXPLAIN.noValues;
  if (values.length > 20) return EXPLAIN.sumOf(values.length, what);
  return values.map(num).join(' + ');
}
