/**
 * Dedicated Schools Grant blocks: ESG.DSG.BLOCK, ESG.DSG.PTE, ESG.DSG.SUMMARY, ESG.DSG.TRANSFER.
 *
 * Until 2017-18 the blocks were notional and money moved freely between them; from 2018-19
 * up to 0.5% of the schools block may move with Schools Forum approval, more needs the
 * Secretary of State's approval (a disapplication). Academies' shares are recouped.
 */
import { finite, finiteMatrix, isBlank, isBlankOrEmptyCell, readBoolean, readChoice, readNumber, readRange, scalarOf, type Choice, type Grid } from './input';
import { LABELS, MSG } from './messages';
import { run, type FunctionDef } from './pipeline';
import { isError, naError, valueError, type Matrix, type Result } from './result';
import { formatYear, readYear, type FinancialYear } from './years';

/** Early years entitlement: 15 hours × 38 weeks. */
export const EARLY_YEARS_HOURS = 15 * 38;
/** Weekly hours that make one part-time equivalent. */
export const PTE_HOURS = 15;
/** Default High Needs place funding, £ per place. */
export const HIGH_NEEDS_PLACE_RATE = 10000;
/** First year of the Central School Services Block and of the 0.5% transfer limit. */
export const CSSB_FIRST_YEAR: FinancialYear = 2018;
/** Share of the schools block that may move without a disapplication, as a divisor (0.5% = 1/200). */
export const TRANSFER_LIMIT_DIVISOR = 200;

export type DsgBlock = 'schools' | 'earlyYears' | 'highNeeds' | 'central';

export const BLOCKS: readonly Choice<DsgBlock>[] = [
  { name: 'Schools', value: 'schools', aliases: ['schools block', 'SB'] },
  { name: 'Early Years', value: 'earlyYears', aliases: ['early years block', 'EY', 'EYB'] },
  { name: 'High Needs', value: 'highNeeds', aliases: ['high needs block', 'HN', 'HNB'] },
  { name: 'Central', value: 'central', aliases: ['central school services', 'central school services block', 'CSSB'] },
];

export const BLOCK_NAME: Record<DsgBlock, string> = {
  schools: 'Schools',
  earlyYears: 'Early Years',
  highNeeds: 'High Needs',
  central: 'Central',
};

// ---------------------------------------------------------------------------------------
// Core maths
// ---------------------------------------------------------------------------------------

export interface BlockTerms {
  readonly block: DsgBlock;
  readonly units: number;
  readonly rate: number;
  /** Hours a year for Early Years (570), otherwise 1. */
  readonly factor: number;
  readonly amount: number;
}

export function blockCore(block: DsgBlock, units: number, rate: number): BlockTerms {
  if (block === 'earlyYears') {
    return { block, units, rate, factor: EARLY_YEARS_HOURS, amount: units * rate * EARLY_YEARS_HOURS };
  }
  return { block, units, rate, factor: 1, amount: units * rate };
}

export interface PteTerms {
  /** min(hours ÷ 15, 1) for each child, in order. */
  readonly parts: readonly number[];
  /** Σ parts, added in order. */
  readonly total: number;
}

/** Each child's part-time equivalent and their sum. */
export function pteTerms(hours: readonly number[]): PteTerms {
  const parts: number[] = [];
  let total = 0;
  for (const h of hours) {
    const part = Math.min(h / PTE_HOURS, 1);
    parts.push(part);
    total += part;
  }
  return { parts, total };
}

/** Σ min(hours ÷ 15, 1) over the children's weekly funded hours. */
export function pteCore(hours: readonly number[]): number {
  return pteTerms(hours).total;
}

export interface SummaryTerms {
  readonly schools: number;
  readonly earlyYears: number;
  readonly highNeeds: number;
  readonly central: number | undefined;
  readonly total: number;
  /** Always ≤ 0: recoupment is a deduction whichever sign it was entered with. */
  readonly recoupment: number;
  readonly net: number;
}

export function summaryCore(
  schools: number,
  earlyYears: number,
  highNeeds: number,
  central: number | undefined,
  recoupment: number,
): SummaryTerms {
  const total = schools + earlyYears + highNeeds + (central ?? 0);
  const deduction = recoupment === 0 ? 0 : -Math.abs(recoupment);
  return { schools, earlyYears, highNeeds, central, total, recoupment: deduction, net: total + deduction };
}

export function summaryMatrix(s: SummaryTerms): Matrix {
  const rows: Matrix = [
    [LABELS.dsgSchools, s.schools],
    [LABELS.dsgEarlyYears, s.earlyYears],
    [LABELS.dsgHighNeeds, s.highNeeds],
  ];
  if (s.central !== undefined) rows.push([LABELS.dsgCentral, s.central]);
  rows.push([LABELS.dsgTotal, s.total], [LABELS.dsgRecoupment, s.recoupment], [LABELS.dsgNet, s.net]);
  return rows;
}

export interface TransferTerms {
  /** The most that may move without a disapplication; undefined before 2018-19 (no limit). */
  readonly limit: number | undefined;
  /** amount ≤ limit; undefined before 2018-19. */
  readonly withinLimit?: boolean;
  readonly allowed: boolean;
}

export function transferCore(schoolsBlock: number, amount: number, year: FinancialYear, approved: boolean): TransferTerms {
  if (year < CSSB_FIRST_YEAR) return { limit: undefined, allowed: true };
  const limit = schoolsBlock / TRANSFER_LIMIT_DIVISOR;
  const withinLimit = amount <= limit;
  return { limit, withinLimit, allowed: approved || withinLimit };
}

// ---------------------------------------------------------------------------------------
// Entries
// ---------------------------------------------------------------------------------------

export interface BlockArgs {
  readonly block: DsgBlock;
  readonly units: number;
  readonly rate: number;
  /** The rate was blank: the High Needs default, £10,000 a place. */
  readonly rateDefaulted: boolean;
  readonly year: FinancialYear | undefined;
}

/** ESG.DSG.BLOCK */
export const BLOCK: FunctionDef<BlockArgs, BlockTerms, number> = {
  read: ([block, units, rate, year]) => {
    const b = readChoice(block, 'block', 'block', BLOCKS);
    if (isError(b)) return b;
    const u = readNumber(units, 'units', { nonNegative: b === 'highNeeds' ? 'places' : b === 'earlyYears' ? 'units' : 'pupils' });
    if (isError(u)) return u;
    const rateValue = scalarOf(rate, 'rate');
    if (isError(rateValue)) return rateValue;
    const rateBlank = isBlank(rateValue);
    if (rateBlank && b !== 'highNeeds') return valueError(MSG.blockRateRequired(BLOCK_NAME[b]));
    // No block is funded at £0: a 0 rate is an error (for High Needs, saying that Excel for
    // Windows passes an empty cell as 0), never £0 where the web shows £10,000 a place.
    const r =
      b === 'highNeeds'
        ? readNumber(rateValue, 'rate', { nonNegative: 'rate', blank: HIGH_NEEDS_PLACE_RATE, blankMeans: '£10,000 a place' })
        : readNumber(rateValue, 'rate', { nonNegative: 'rate', positive: true });
    if (isError(r)) return r;
    const yearValue = scalarOf(year, 'year');
    if (isError(yearValue)) return yearValue;
    let y: FinancialYear | undefined;
    if (!isBlankOrEmptyCell(yearValue)) {
      const read = readYear(yearValue, 'year');
      if (isError(read)) return read;
      if (b === 'central' && read < CSSB_FIRST_YEAR) return naError(MSG.centralBeforeCssb(formatYear(read)));
      y = read;
    }
    return { block: b, units: u, rate: r, rateDefaulted: rateBlank, year: y };
  },
  compute: (args) => blockCore(args.block, args.units, args.rate),
  finish: (terms) => finite(terms.amount, 'DSG.BLOCK'),
};

/** ESG.DSG.BLOCK(block, units, rate, [year]) */
export function dsgBlock(block?: unknown, units?: unknown, rate?: unknown, year?: unknown): Result<number> {
  return run(BLOCK, [block, units, rate, year]);
}

export interface PteArgs {
  /** The hours range as read; null marks a blank cell (ignored). */
  readonly grid: Grid<number | null>;
  /** The non-blank hours, in order. */
  readonly hours: readonly number[];
}

/** ESG.DSG.PTE */
export const PTE: FunctionDef<PteArgs, PteTerms, number> = {
  read: ([hours]) => {
    const grid = readRange(hours, 'hours', { nonNegative: 'hours', blanks: 'skip' });
    if (isError(grid)) return grid;
    const values: number[] = [];
    for (const h of grid.cells) if (h !== null) values.push(h);
    return { grid, hours: values };
  },
  compute: (args) => pteTerms(args.hours),
  finish: (terms) => finite(terms.total, 'DSG.PTE'),
};

/** ESG.DSG.PTE(hours) */
export function dsgPte(hours?: unknown): Result<number> {
  return run(PTE, [hours]);
}

export interface SummaryArgs {
  readonly schools: number;
  readonly earlyYears: number;
  readonly highNeeds: number;
  /** undefined when blank: the row is left out. */
  readonly central: number | undefined;
  /** As entered, either sign. */
  readonly recoupment: number;
}

/** ESG.DSG.SUMMARY */
export const SUMMARY: FunctionDef<SummaryArgs, SummaryTerms, Matrix> = {
  read: ([schools, earlyYears, highNeeds, central, recoupment]) => {
    const s = readNumber(schools, 'schools', { nonNegative: 'amount' });
    if (isError(s)) return s;
    const e = readNumber(earlyYears, 'earlyYears', { nonNegative: 'amount' });
    if (isError(e)) return e;
    const h = readNumber(highNeeds, 'highNeeds', { nonNegative: 'amount' });
    if (isError(h)) return h;
    const centralValue = scalarOf(central, 'central');
    if (isError(centralValue)) return centralValue;
    let c: number | undefined;
    // 0 leaves the row out as a blank does: Excel for Windows passes an empty cell as 0.
    if (!isBlankOrEmptyCell(centralValue)) {
      const read = readNumber(centralValue, 'central', { nonNegative: 'amount' });
      if (isError(read)) return read;
      c = read;
    }
    // Either sign is accepted: councils show recoupment in brackets.
    const r = readNumber(recoupment, 'recoupment');
    if (isError(r)) return r;
    return { schools: s, earlyYears: e, highNeeds: h, central: c, recoupment: r };
  },
  compute: (a) => summaryCore(a.schools, a.earlyYears, a.highNeeds, a.central, a.recoupment),
  finish: (terms) => finiteMatrix(summaryMatrix(terms), 'DSG.SUMMARY'),
};

/** ESG.DSG.SUMMARY(schools, earlyYears, highNeeds, [central], [recoupment]) */
export function dsgSummary(
  schools?: unknown,
  earlyYears?: unknown,
  highNeeds?: unknown,
  central?: unknown,
  recoupment?: unknown,
): Result<Matrix> {
  return run(SUMMARY, [schools, earlyYears, highNeeds, central, recoupment]);
}

export interface TransferArgs {
  readonly schoolsBlock: number;
  readonly amount: number;
  readonly year: FinancialYear;
  readonly approved: boolean;
}

/** ESG.DSG.TRANSFER */
export const TRANSFER: FunctionDef<TransferArgs, TransferTerms, number> = {
  read: ([schoolsBlock, amount, year, approved]) => {
    const s = readNumber(schoolsBlock, 'schoolsBlock', { nonNegative: 'amount' });
    if (isError(s)) return s;
    const a = readNumber(amount, 'amount', { nonNegative: 'amount' });
    if (isError(a)) return a;
    const y = readYear(year, 'year');
    if (isError(y)) return y;
    const ok = readBoolean(approved, 'approved', false);
    if (isError(ok)) return ok;
    return { schoolsBlock: s, amount: a, year: y, approved: ok };
  },
  compute: (a) => transferCore(a.schoolsBlock, a.amount, a.year, a.approved),
  finish: (t, a) => {
    if (!t.allowed && t.limit !== undefined) return valueError(MSG.transferOverLimit(a.amount, t.limit, formatYear(a.year)));
    return a.amount;
  },
};

/** ESG.DSG.TRANSFER(schoolsBlock, amount, year, [approved]) */
export function dsgTransfer(schoolsBlock?: unknown, amount?: unknown, year?: unknown, approved?: unknown): Result<number> {
  return run(TRANSFER, [schoolsBlock, amount, year, approved]);
}
