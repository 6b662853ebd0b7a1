/**
 * `explain(name, args)`: how a catalogue function gets its result for these raw argument
 * values — the arguments as read, the built-in rates with their year and source, each
 * step of the arithmetic, and the result. It runs the same stages as the real function
 * (src/engine/pipeline.ts), so `explain(name, args).result` is always the cell's result.
 */
import type { CatalogueName } from '../index';
import type { Matrix, Scalar } from '../result';
import { explainWith, type Explainer } from './build';
import { BLOCK_EXPLAINER, PTE_EXPLAINER, SUMMARY_EXPLAINER, TRANSFER_EXPLAINER } from './dsg';
import { GRANT_EXPLAINER, PROJECT_EXPLAINER, RATE_EXPLAINER } from './esg';
import { MIX_EXPLAINER } from './mix';
import { PRICE_EXPLAINER, SHARE_EXPLAINER, SPLIT_EXPLAINER, SURPLUS_EXPLAINER, TECKAL_EXPLAINER } from './traded';
import type { Explanation } from './types';

export type { ExplainedArg, Explanation, RateUsed, Step } from './types';
export { money, num, pct } from './format';
export { explanationText } from './text';

/** Parameter names and explain function of one catalogue function. */
export interface ExplainEntry {
  readonly params: readonly string[];
  readonly explain: (raw: readonly unknown[]) => Explanation;
}

function entry<A, T, R extends Scalar | Matrix>(ex: Explainer<A, T, R>): ExplainEntry {
  return { params: ex.params, explain: (raw) => explainWith(ex, raw) };
}

export const EXPLAINERS: Readonly<Record<CatalogueName, ExplainEntry>> = {
  RATE: entry(RATE_EXPLAINER),
  GRANT: entry(GRANT_EXPLAINER),
  PROJECT: entry(PROJECT_EXPLAINER),
  'DSG.BLOCK': entry(BLOCK_EXPLAINER),
  'DSG.PTE': entry(PTE_EXPLAINER),
  'DSG.SUMMARY': entry(SUMMARY_EXPLAINER),
  'DSG.TRANSFER': entry(TRANSFER_EXPLAINER),
  'TRADED.SURPLUS': entry(SURPLUS_EXPLAINER),
  'TRADED.SHARE': entry(SHARE_EXPLAINER),
  'TRADED.SPLIT': entry(SPLIT_EXPLAINER),
  'TRADED.PRICE': entry(PRICE_EXPLAINER),
  'TRADED.TECKAL': entry(TECKAL_EXPLAINER),
  MIX: entry(MIX_EXPLAINER),
};

export function isCatalogueName(name: string): name is CatalogueName {
  return Object.prototype.hasOwnProperty.call(EXPLAINERS, name);
}

/** Explains one call, e.g. explain('GRANT', [44095, 579, 0, 44769, '2015-16']). */
export function explain(name: CatalogueName, args: readonly unknown[]): Explanation {
  return EXPLAINERS[name].explain(args);
}
