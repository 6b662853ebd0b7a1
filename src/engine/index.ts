/**
 * The engine's public surface, for the other layers: the catalogue (src/engine/catalogue.ts)
 * and running a function by name, explanations, the Result type, and the per-function
 * entries the Excel wrappers and the property tests call. Family files
 * (esg.ts, dsg.ts, traded.ts, mix.ts) export their core maths for their own tests.
 */
import { CATALOGUE, runEntry, type CatalogueName } from './catalogue';
import type { Matrix, Result, Scalar } from './result';

export * from './result';
export { esgRate, esgGrant, esgProject } from './esg';
export { dsgBlock, dsgPte, dsgSummary, dsgTransfer } from './dsg';
export { tradedSurplus, tradedShare, tradedSplit, tradedPrice, tradedTeckal } from './traded';
export { mix } from './mix';
export { shareCore } from './traded';
export {
  CATALOGUE,
  NAMESPACE,
  catalogueEntry,
  isCatalogueName,
  runEntry,
  type CatalogueEntry,
  type CatalogueName,
  type CatalogueParam,
  type ParamKind,
} from './catalogue';
export { arityError } from './arity';

export type EngineEntry = (...args: unknown[]) => Result<Scalar | Matrix>;

/** Every catalogue function by name (without `ESG.`), called with positional raw values, e.g. ENTRIES['DSG.BLOCK']('Schools', 10, 4000). */
export const ENTRIES = Object.fromEntries(
  CATALOGUE.map((e) => [e.name, (...args: unknown[]) => runEntry(e, args)] as const),
) as Readonly<Record<CatalogueName, EngineEntry>>;

export { explain, explainCall, explanationText } from './explain';
export type { Explanation, ExplainedArg, RateUsed, Step } from './explain';
