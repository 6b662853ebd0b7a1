/**
 * The engine's public surface: one entry per catalogue function (raw cell values in,
 * Result out), keyed by the function's name without the `ESG.` namespace, plus the typed
 * core maths for reuse (HyperFormula plugin, explanations).
 */
import { dsgBlock, dsgPte, dsgSummary, dsgTransfer } from './dsg';
import { esgGrant, esgProject, esgRate } from './esg';
import { mix } from './mix';
import type { Matrix, Result, Scalar } from './result';
import { tradedPrice, tradedShare, tradedSplit, tradedSurplus, tradedTeckal } from './traded';

export * from './result';
export { esgRate, esgGrant, esgProject } from './esg';
export { dsgBlock, dsgPte, dsgSummary, dsgTransfer } from './dsg';
export { tradedSurplus, tradedShare, tradedSplit, tradedPrice, tradedTeckal } from './traded';
export { mix } from './mix';
export { generalCore, grantCore, projectCore, projectMatrix } from './esg';
export { blockCore, pteCore, summaryCore, transferCore } from './dsg';
export { shareCore, splitCore, priceCore, teckalCore } from './traded';
export { mixCore } from './mix';
export { ESG_RATES, esgRatesFor } from './rates';
export { formatYear, readYear } from './years';

export type EngineEntry = (...args: unknown[]) => Result<Scalar | Matrix>;

/** Every catalogue function by name (without `ESG.`), e.g. ENTRIES['DSG.BLOCK']. */
export const ENTRIES = {
  RATE: esgRate,
  GRANT: esgGrant,
  PROJECT: esgProject,
  'DSG.BLOCK': dsgBlock,
  'DSG.PTE': dsgPte,
  'DSG.SUMMARY': dsgSummary,
  'DSG.TRANSFER': dsgTransfer,
  'TRADED.SURPLUS': tradedSurplus,
  'TRADED.SHARE': tradedShare,
  'TRADED.SPLIT': tradedSplit,
  'TRADED.PRICE': tradedPrice,
  'TRADED.TECKAL': tradedTeckal,
  MIX: mix,
} as const satisfies Record<string, EngineEntry>;

export type CatalogueName = keyof typeof ENTRIES;

export { explain, EXPLAINERS, isCatalogueName, explanationText } from './explain';
export type { Explanation, ExplainedArg, RateUsed, Step } from './explain';
