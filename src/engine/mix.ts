/**
 * Deployment mix: ESG.MIX. Seed 001 paragraph 23: effective councils deploy school-improvement
 * staff Core Offer (statutory) 25%–40%, Core Offer Plus (strategic) 35%–40%, Traded 20%–30%.
 */
import { finite, finiteMatrix, isBlank, readNumber, readRange } from './input';
import { cellRef, LABELS, MSG } from './messages';
import { run, type FunctionDef } from './pipeline';
import { isError, valueError, type Matrix, type Result } from './result';

export interface MixBand {
  readonly min: number;
  readonly max: number;
}

/** Core Offer, Core Offer Plus, Traded (seed 001, paragraph 23). */
export const DEFAULT_MIX_BANDS: readonly MixBand[] = [
  { min: 0.25, max: 0.4 },
  { min: 0.35, max: 0.4 },
  { min: 0.2, max: 0.3 },
];

export type MixStatus = 'below' | 'within' | 'above';

export interface MixRow {
  readonly amount: number;
  /** amount ÷ (core + corePlus + traded) */
  readonly share: number;
  readonly band: MixBand;
  readonly status: MixStatus;
}

export function mixStatus(share: number, band: MixBand): MixStatus {
  if (share < band.min) return 'below';
  if (share > band.max) return 'above';
  return 'within';
}

export interface MixTerms {
  /** core + corePlus + traded */
  readonly total: number;
  readonly rows: readonly MixRow[];
}

/** The total and each activity's row; total must be > 0. */
export function mixTerms(amounts: readonly [number, number, number], bands: readonly MixBand[]): MixTerms {
  const total = amounts[0] + amounts[1] + amounts[2];
  const rows = amounts.map((amount, i) => {
    const share = amount / total;
    return { amount, share, band: bands[i], status: mixStatus(share, bands[i]) };
  });
  return { total, rows };
}

/** Shares of the three activities and where each sits against its band; total must be > 0. */
export function mixCore(amounts: readonly [number, number, number], bands: readonly MixBand[]): MixRow[] {
  return [...mixTerms(amounts, bands).rows];
}

export const STATUS_LABEL: Record<MixStatus, string> = {
  below: LABELS.mixBelow,
  within: LABELS.mixWithin,
  above: LABELS.mixAbove,
};

export function mixMatrix(rows: readonly MixRow[]): Matrix {
  return rows.map((r, i) => [LABELS.mixActivities[i], r.share, STATUS_LABEL[r.status]]);
}

/** Reads a 3×2 range of min/max fractions; blank gives the default bands. */
export function readMixBands(raw: unknown): Result<readonly MixBand[]> {
  if (isBlank(raw) || (Array.isArray(raw) && raw.length === 0)) return DEFAULT_MIX_BANDS;
  const grid = readRange(raw, 'bands', { fraction: true, blanks: 'error' });
  if (isError(grid)) return grid;
  if (grid.rows !== 3 || grid.cols !== 2) return valueError(MSG.rangeShape('bands', grid.rows, grid.cols, 3, 2));
  const bands: MixBand[] = [];
  for (let i = 0; i < 3; i++) {
    const min = grid.cells[2 * i] ?? 0;
    const max = grid.cells[2 * i + 1] ?? 0;
    if (min > max) return valueError(MSG.bandMinAboveMax(cellRef('bands', i, 0, 3, 1), min, max));
    bands.push({ min, max });
  }
  return bands;
}

export interface MixArgs {
  readonly amounts: readonly [number, number, number];
  readonly bands: readonly MixBand[];
  /** bands was blank: the defaults of seed 001 paragraph 23. */
  readonly bandsDefaulted: boolean;
}

/** ESG.MIX */
export const MIX: FunctionDef<MixArgs, MixTerms, Matrix> = {
  read: ([core, corePlus, traded, bands]) => {
    const c = readNumber(core, 'core', { nonNegative: 'staff' });
    if (isError(c)) return c;
    const p = readNumber(corePlus, 'corePlus', { nonNegative: 'staff' });
    if (isError(p)) return p;
    const t = readNumber(traded, 'traded', { nonNegative: 'staff' });
    if (isError(t)) return t;
    const b = readMixBands(bands);
    if (isError(b)) return b;
    return { amounts: [c, p, t], bands: b, bandsDefaulted: b === DEFAULT_MIX_BANDS };
  },
  compute: (a) => {
    const terms = mixTerms(a.amounts, a.bands);
    // An overflowing total would make every share silently 0.
    const total = finite(terms.total, 'MIX');
    if (isError(total)) return total;
    if (total === 0) return valueError(MSG.mixAllZero());
    return terms;
  },
  finish: (t) => finiteMatrix(mixMatrix(t.rows), 'MIX'),
};

/** ESG.MIX(core, corePlus, traded, [bands]) */
export function mix(core?: unknown, corePlus?: unknown, traded?: unknown, bands?: unknown): Result<Matrix> {
  return run(MIX, [core, corePlus, traded, bands]);
}
