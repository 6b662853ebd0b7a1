/**
 * Traded services: ESG.TRADED.SURPLUS, SHARE, SPLIT, PRICE, TECKAL.
 *
 * A trading arm prices at full cost recovery; a surplus is shared under a sliding scale of
 * agreed ratios, with a proportion ring-fenced for reinvestment. A Teckal company may earn
 * at most 20% of its turnover from outside customers.
 */
import { finite, finiteMatrix, readChoice, readNumber, readRange, type Grid } from './input';
import { cellRef, MSG } from './messages';
import { run, type FunctionDef } from './pipeline';
import { isError, valueError, type Matrix, type Result } from './result';
import { METHODS, priceTerms, shareCore, splitCore, splitMatrix, surplusCore, teckalCore, type Band, type PriceTerms, type ShareMethod, type ShareTerms, type SplitTerms, type SurplusTerms, type TeckalTerms } from './traded-core';

export * from './traded-core';

/** The most of its turnover a Teckal company may earn from outside customers. */
// ---------------------------------------------------------------------------------------
// Entries
// ---------------------------------------------------------------------------------------

/** Where threshold i is, as messages name it (a module function: no closure per call in recalculation). */
function where(g: Grid<unknown>, i: number): string {
  return cellRef('thresholds', Math.floor(i / g.cols), i % g.cols, g.rows, g.cols);
}

/** Reads and checks the sliding scale: same-size ranges, first threshold 0, ascending, ratios 0–1. */
export function readBands(thresholds: unknown, ratios: unknown): Result<Band[]> {
  const t = readRange(thresholds, 'thresholds', { nonNegative: 'amount', blanks: 'error' });
  if (isError(t)) return t;
  const r = readRange(ratios, 'ratios', { fraction: true, blanks: 'error' });
  if (isError(r)) return r;
  if (t.cells.length !== r.cells.length) {
    return valueError(MSG.sameSize('thresholds', t.cells.length, 'ratios', r.cells.length));
  }
  if (t.cells.length === 0) return valueError(MSG.emptyRange('thresholds'));
  const bands: Band[] = [];
  for (let i = 0; i < t.cells.length; i++) {
    // Blanks are errors above, so every cell is a number.
    const from = t.cells[i] ?? 0;
    const ratio = r.cells[i] ?? 0;
    if (i === 0 && from !== 0) return valueError(MSG.firstThresholdZero(where(t, i), from));
    if (i > 0 && !(from > bands[i - 1].from)) {
      return valueError(MSG.thresholdsAscending(where(t, i), from, bands[i - 1].from));
    }
    bands.push({ from, ratio });
  }
  return bands;
}

export interface SurplusArgs {
  readonly income: Grid<number | null>;
  readonly costs: Grid<number | null>;
}

/** ESG.TRADED.SURPLUS */
export const SURPLUS: FunctionDef<SurplusArgs, SurplusTerms, number> = {
  read: ([income, costs]) => {
    const i = readRange(income, 'income', { nonNegative: 'amount', blanks: 'skip' });
    if (isError(i)) return i;
    const c = readRange(costs, 'costs', { nonNegative: 'amount', blanks: 'skip' });
    if (isError(c)) return c;
    return { income: i, costs: c };
  },
  compute: (a) => surplusCore(a.income, a.costs),
  finish: (t) => finite(t.surplus, 'TRADED.SURPLUS'),
};

/** ESG.TRADED.SURPLUS(income, costs) */
export function tradedSurplus(income?: unknown, costs?: unknown): Result<number> {
  return run(SURPLUS, [income, costs]);
}

function readShareArgs(
  surplus: unknown,
  thresholds: unknown,
  ratios: unknown,
): Result<{ surplus: number; bands: Band[] }> {
  // A surplus may be negative (a deficit).
  const s = readNumber(surplus, 'surplus');
  if (isError(s)) return s;
  const bands = readBands(thresholds, ratios);
  if (isError(bands)) return bands;
  return { surplus: s, bands };
}

export interface ShareArgs {
  readonly surplus: number;
  readonly bands: readonly Band[];
  readonly method: ShareMethod;
}

/** ESG.TRADED.SHARE */
export const SHARE: FunctionDef<ShareArgs, ShareTerms, number> = {
  read: ([surplus, thresholds, ratios, method]) => {
    const args = readShareArgs(surplus, thresholds, ratios);
    if (isError(args)) return args;
    const m = readChoice(method, 'method', 'method', METHODS, 'marginal');
    if (isError(m)) return m;
    return { surplus: args.surplus, bands: args.bands, method: m };
  },
  compute: (a) => shareCore(a.surplus, a.bands, a.method),
  finish: (t) => finite(t.share, 'TRADED.SHARE'),
};

/** ESG.TRADED.SHARE(surplus, thresholds, ratios, [method]) */
export function tradedShare(surplus?: unknown, thresholds?: unknown, ratios?: unknown, method?: unknown): Result<number> {
  return run(SHARE, [surplus, thresholds, ratios, method]);
}

export interface SplitArgs extends ShareArgs {
  readonly ringfence: number;
}

/** ESG.TRADED.SPLIT */
export const SPLIT: FunctionDef<SplitArgs, SplitTerms, Matrix> = {
  read: ([surplus, thresholds, ratios, ringfence, method]) => {
    const args = readShareArgs(surplus, thresholds, ratios);
    if (isError(args)) return args;
    const rf = readNumber(ringfence, 'ringfence', { fraction: true });
    if (isError(rf)) return rf;
    const m = readChoice(method, 'method', 'method', METHODS, 'marginal');
    if (isError(m)) return m;
    return { surplus: args.surplus, bands: args.bands, ringfence: rf, method: m };
  },
  compute: (a) => splitCore(a.surplus, a.bands, a.ringfence, a.method),
  finish: (t) => finiteMatrix(splitMatrix(t), 'TRADED.SPLIT'),
};

/** ESG.TRADED.SPLIT(surplus, thresholds, ratios, ringfence, [method]) */
export function tradedSplit(
  surplus?: unknown,
  thresholds?: unknown,
  ratios?: unknown,
  ringfence?: unknown,
  method?: unknown,
): Result<Matrix> {
  return run(SPLIT, [surplus, thresholds, ratios, ringfence, method]);
}

export interface PriceArgs {
  readonly directCost: number;
  readonly overheadRate: number;
  readonly units: number;
  readonly margin: number;
}

/** ESG.TRADED.PRICE */
export const PRICE: FunctionDef<PriceArgs, PriceTerms, number> = {
  read: ([directCost, overheadRate, units, margin]) => {
    const d = readNumber(directCost, 'directCost', { nonNegative: 'amount' });
    if (isError(d)) return d;
    const o = readNumber(overheadRate, 'overheadRate', { nonNegative: 'rate' });
    if (isError(o)) return o;
    const u = readNumber(units, 'units', { blank: 1, positive: true });
    if (isError(u)) return u;
    const m = readNumber(margin, 'margin', { nonNegative: 'rate' });
    if (isError(m)) return m;
    return { directCost: d, overheadRate: o, units: u, margin: m };
  },
  compute: (a) => priceTerms(a.directCost, a.overheadRate, a.units, a.margin),
  finish: (t) => finite(t.price, 'TRADED.PRICE'),
};

/** ESG.TRADED.PRICE(directCost, overheadRate, [units], [margin]) */
export function tradedPrice(directCost?: unknown, overheadRate?: unknown, units?: unknown, margin?: unknown): Result<number> {
  return run(PRICE, [directCost, overheadRate, units, margin]);
}

export interface TeckalArgs {
  readonly councilTurnover: number;
  readonly otherTurnover: number;
}

/** ESG.TRADED.TECKAL */
export const TECKAL: FunctionDef<TeckalArgs, TeckalTerms, number> = {
  read: ([councilTurnover, otherTurnover]) => {
    const c = readNumber(councilTurnover, 'councilTurnover', { nonNegative: 'turnover' });
    if (isError(c)) return c;
    const o = readNumber(otherTurnover, 'otherTurnover', { nonNegative: 'turnover' });
    if (isError(o)) return o;
    return { councilTurnover: c, otherTurnover: o };
  },
  compute: (a) => teckalCore(a.councilTurnover, a.otherTurnover),
  finish: (t) => {
    // An overflowing total would make the share silently 0.
    const total = finite(t.total, 'TRADED.TECKAL');
    if (isError(total)) return total;
    if (t.outsideShare === undefined) return valueError(MSG.noTurnover());
    return t.outsideShare;
  },
};

/** ESG.TRADED.TECKAL(councilTurnover, otherTurnover) */
export function tradedTeckal(councilTurnover?: unknown, otherTurnover?: unknown): Result<number> {
  return run(TECKAL, [councilTurnover, otherTurnover]);
}
