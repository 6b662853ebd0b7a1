/**
 * The traded arm's maths on typed inputs (see ./traded.ts): surplus shares by bands
 * (marginal or whole), the split with a ring-fence, surplus, price and the Teckal test.
 * The *Core and *Terms functions return the intermediate terms the explanation reuses.
 */
import { sumGrid, type Choice, type Grid } from './input';
import { LABELS } from './messages';
import type { Matrix } from './result';

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
