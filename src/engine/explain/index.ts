/**
 * `explain(name, args)`: how a catalogue function gets its result for these raw argument
 * values — the arguments as read, the built-in rates with their year and source, each
 * step of the arithmetic, and the result. It runs the same stages as the real function
 * (src/engine/pipeline.ts), so `explain(name, args).result` is always the cell's result.
 */
import { arityError } from '../arity';
import { catalogueEntry, type CatalogueName } from '../catalogue';
import { explainWith } from './build';
import type { Explanation } from './types';

export type { ExplainedArg, Explanation, RateUsed, Step } from './types';
export { money, num, pct } from './format';
export { explanationText } from './text';

/** Explains one call, e.g. explain('GRANT', [44095, 579, 0, 44769, '2015-16']). */
export function explain(name: CatalogueName, args: readonly unknown[]): Explanation {
  const entry = catalogueEntry(name);
  return explainWith(entry.explainer, entry.name, entry.params.map((p) => p.name), args);
}

/**
 * Explains a call written with `count` arguments, as a formula gives it: a wrong count is
 * the cell's #N/A (the same check as the HyperFormula plugin and Excel's metadata), with
 * the arguments shown as given; otherwise `explain`.
 */
export function explainCall(name: CatalogueName, args: readonly unknown[], count: number): Explanation {
  const entry = catalogueEntry(name);
  const wrong = arityError(entry, count);
  if (wrong === undefined) return explain(name, args);
  const base = explain(name, args);
  return { ...base, result: wrong, stage: 'read', rates: [], steps: [] };
}
