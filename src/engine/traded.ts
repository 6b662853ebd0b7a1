/**
 * Traded services: ESG.TRADED.SURPLUS, SHARE, SPLIT, PRICE, TECKAL.
 *
 * A trading arm prices at full cost recovery; a surplus is shared under a sliding scale of
 * agreed ratios, with a proportion ring-fenced for reinvestment. A Teckal company may earn
 * at most 20% of its turnover from outside customers.
 */
import { finite, finiteMatrix, readChoice, readNumber, readRange, sumGrid, type Choice, type Grid } from './input';
import { cellRef, LABELS, MSG } from './messages';
import { run, type FunctionDef } from './pipeline';
import { isError, valueError, type Matrix, type Result } from './result';

/** The most of its turnover a Teckal company may earn from outside customers. */
export const TECKAL_LIMIT = 0.2;

export type ShareMethod = 'marginal' | 'whole';

export const METHODS: readonly Choice<ShareMethod>[] = [
  { name: 'marginal', value: 'marginal', aliases: ['slice', 'sliced', 'banded', 'tiered'] },
  { name: 'whole', value: 'whole', aliases: ['flat', 'all'] },
];

export interface Band {
  /** Lower bound of the band, £. */
  readonly from: number;
  /** The council's share of surplus in this band, 0–1. */
  readonly ratio: number;
}

// ---------------------------------------------------------------------------------------
// Core maths
// ---------------------------------------------------------------------------------------

export interface BandSlice extends Band {
  /** Upper bound of the band; undefined for the top band. */
  readonly to: number | undefined;
  /** The part of the surplus falling in this band (marginal) or the whole surplus (whole, reached band). */
  readonly slice: number;
  /** ratio × slice */
  readonly share: number;
}

export interface ShareTerms {
  readonly surplus: number;
  readonly method: ShareMethod;
  /** The bands that contributed (none for a deficit). */
  readonly slices: readonly BandSlice[];
  readonly share: number;
}

/** The council's share of a surplus; a deficit gives 0 (the trading arm carries it). */
export function shareCore(surplus: number, bands: readonly Band[], method: ShareMethod): ShareTerms {
  const slices: BandSlice[] = [];
  if (!(surplus > 0)) return { surplus, method, slices, share: 0 };
  if (method === 'whole') {
    let reached = 0;
    for (let i = 0; i < bands.length; i++) if (bands[i].from <= surplus) reached = i;
    const band = bands[reached];
    const to = reached + 1 < bands.length ? bands[reached + 1].from : undefined;
    const share = band.ratio * surplus;
    slices.push({ from: band.from, ratio: band.ratio, to, slice: surplus, share });
    return { surplus, method, slices, share };
  }
  let share = 0;
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i];
    if (surplus <= band.from) break;
    const to = i + 1 < bands.length ? bands[i + 1].from : undefined;
    const slice = (to === undefined ? surplus : Math.min(surplus, to)) - band.from;
    const part = band.ratio * slice;
    // Fields written out: V8 spreads into a literal with extra fields are ~2 µs each (hot in recalculation).
    slices.push({ from: band.from, ratio: band.ratio, to, slice, share: part });
    share += part;
  }
  // The slices add up to the surplus only to rounding: with ratios of 1 their rounded sum can
  // exceed it by an ulp, which would leave the trading arm a negative "retained" amount.
  return { surplus, method, slices, share: Math.min(share, surplus) };
}

export interface SplitTerms {
  readonly surplus: number;
  readonly ringfence: number;
  /** ringfence × surplus (0 for a deficit). */
  readonly ringfenced: number;
  /** surplus − ringfenced */
  readonly net: number;
  /** The council's share of the net surplus. */
  readonly council: ShareTerms;
  /** net − council share */
  readonly retained: number;
}

export function splitCore(surplus: number, bands: readonly Band[], ringfence: number, method: ShareMethod): SplitTerms {
  const ringfenced = surplus > 0 ? ringfence * surplus : 0;
  const net = surplus - ringfenced;
  const council = shareCore(net, bands, method);
  return { surplus, ringfence, ringfenced, net, council, retained: net - council.share };
}

export function splitMatrix(s: SplitTerms): Matrix {
  return [
    [LABELS.splitSurplus, s.surplus],
    [LABELS.splitRingfenced, s.ringfenced],
    [LABELS.splitNet, s.net],
    [LABELS.splitCouncil, s.council.share],
    [LABELS.splitRetained, s.retained],
  ];
}

export interface SurplusTerms {
  /** Σ income, blanks ignored. */
  readonly income: number;
  /** Σ costs, blanks ignored. */
  readonly costs: number;
  /** income − costs */
  readonly surplus: number;
}

export function surplusCore(income: Grid<number | null>, costs: Grid<number | null>): SurplusTerms {
  const i = sumGrid(income);
  const c = sumGrid(costs);
  return { income: i, costs: c, surplus: i - c };
}

export interface PriceTerms {
  /** directCost × (1 + overheadRate) */
  readonly fullCost: number;
  /** fullCost × (1 + margin) */
  readonly withMargin: number;
  /** withMargin ÷ units */
  readonly price: number;
}

/** The price with its terms, evaluated left to right as directCost × (1 + overheadRate) × (1 + margin) ÷ units. */
export function priceTerms(directCost: number, overheadRate: number, units: number, margin: number): PriceTerms {
  const fullCost = directCost * (1 + overheadRate);
  const withMargin = fullCost * (1 + margin);
  return { fullCost, withMargin, price: withMargin / units };
}

/** directCost × (1 + overheadRate) × (1 + margin) ÷ units */
export function priceCore(directCost: number, overheadRate: number, units: number, margin: number): number {
  return priceTerms(directCost, overheadRate, units, margin).price;
}

export interface TeckalTerms {
  /** councilTurnover + otherTurnover */
  readonly total: number;
  /** otherTurnover ÷ total; undefined with no turnover at all. */
  readonly outsideShare: number | undefined;
  /** outsideShare ≤ 0.2 */
  readonly exempt: boolean;
}

export function teckalCore(councilTurnover: number, otherTurnover: number): TeckalTerms {
  const total = councilTurnover + otherTurnover;
  const outsideShare = total > 0 ? otherTurnover / total : undefined;
  return { total, outsideShare, exempt: outsideShare !== undefined && outsideShare <= TECKAL_LIMIT };
}

// ---------------------------------------------------------------------------------------
// Entries
// ---------------------------------------------------------------------------------------

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
  const where = (g: Grid<unknown>, i: number): string =>
    cellRef('thresholds', Math.floor(i / g.cols), i % g.cols, g.rows, g.cols);
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
