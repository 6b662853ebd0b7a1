/**
 * Education Services Grant: ESG.RATE, ESG.GRANT, ESG.PROJECT.
 *
 * general element  = rate_general × (mainstream + special_weight × special + pru_weight × pru)
 *                    (maintained pupils only)
 * retained element = rate_retained × (mainstream + special + pru + academies)  (all pupils)
 * total            = general + retained
 *
 * The *Core functions (./esg-core.ts) do the maths on typed inputs and return the intermediate terms, so
 * that other features (e.g. an explanation of a figure) can reuse them; the entry
 * functions take raw cell values, validate them and return a Result for a cell.
 */
import { finite, finiteMatrix, readChoice, readNumber, isBlank, scalarOf, type Choice } from './input';
import { MSG } from './messages';
import { ESG_RATES, esgRatesFor, STANDARD_WEIGHTS, type EsgRates } from './rates';
import { run, type FunctionDef } from './pipeline';
import { isError, valueError, type Matrix, type Result } from './result';
import { LAST_YEAR, readYear, type FinancialYear } from './years';
import { grantCore, projectCore, projectMatrix, type EsgPupils, type GrantBreakdown, type ProjectInput, type ProjectMode, type ProjectRates, type ProjectRow, type ProjectTiming } from './esg-core';

export * from './esg-core';

// ---------------------------------------------------------------------------------------
// Entries (raw cell values in, Result out)
// ---------------------------------------------------------------------------------------

export type RateElement = 'general' | 'retained' | 'special' | 'pru';

export const RATE_ELEMENTS: readonly Choice<RateElement>[] = [
  { name: 'general', value: 'general' },
  { name: 'retained', value: 'retained', aliases: ['retained duties', 'retained duty'] },
  { name: 'special', value: 'special', aliases: ['special weight'] },
  { name: 'pru', value: 'pru', aliases: ['pru weight', 'ap', 'pru/ap', 'alternative provision'] },
];

export type GrantElement = 'total' | 'general' | 'retained';

export const GRANT_ELEMENTS: readonly Choice<GrantElement>[] = [
  { name: 'total', value: 'total' },
  { name: 'general', value: 'general' },
  { name: 'retained', value: 'retained', aliases: ['retained duties', 'retained duty'] },
];

export const MODES: readonly Choice<ProjectMode>[] = [
  { name: 'pupils', value: 'pupils', aliases: ['pupil', 'number'] },
  { name: 'percent', value: 'percent', aliases: ['percentage', '%', 'fraction'] },
  { name: 'target', value: 'target' },
];

export const TIMINGS: readonly Choice<ProjectTiming>[] = [
  { name: 'start', value: 'start', aliases: ['start of year'] },
  { name: 'even', value: 'even', aliases: ['evenly', 'average'] },
];

export const RATE_BASES: readonly Choice<ProjectRates>[] = [
  { name: 'held', value: 'held', aliases: ['current', 'start year'] },
  { name: 'published', value: 'published', aliases: ['table', 'each year'] },
];

/** Default year of ESG.GRANT. */
export const DEFAULT_GRANT_YEAR: FinancialYear = 2015;
/** The longest projection ESG.PROJECT spills. */
export const MAX_PROJECT_YEARS = 50;

export interface RateArgs {
  readonly year: FinancialYear;
  readonly element: RateElement;
}

/** ESG.RATE: the year's row of the table, then the element asked for. */
export const RATE: FunctionDef<RateArgs, EsgRates, number> = {
  read: ([year, element]) => {
    const y = readYear(year, 'year');
    if (isError(y)) return y;
    const el = readChoice(element, 'element', 'element', RATE_ELEMENTS, 'general');
    if (isError(el)) return el;
    return { year: y, element: el };
  },
  compute: (args) => esgRatesFor(args.year),
  finish: (rates, args) => rateOf(rates, args.element),
};

/** The figure of one element of a rates row. */
export function rateOf(rates: EsgRates, element: RateElement): number {
  switch (element) {
    case 'general':
      return rates.general;
    case 'retained':
      return rates.retained;
    case 'special':
      return rates.specialWeight;
    case 'pru':
      return rates.pruWeight;
  }
}

/** ESG.RATE(year, [element]) */
export function esgRate(year?: unknown, element?: unknown): Result<number> {
  return run(RATE, [year, element]);
}

function readPupils(
  mainstream: unknown,
  special: unknown,
  pru: unknown,
  academies: unknown,
): Result<EsgPupils> {
  const m = readNumber(mainstream, 'mainstream', { nonNegative: 'pupils' });
  if (isError(m)) return m;
  const s = readNumber(special, 'special', { nonNegative: 'pupils' });
  if (isError(s)) return s;
  const p = readNumber(pru, 'pru', { nonNegative: 'pupils' });
  if (isError(p)) return p;
  const a = readNumber(academies, 'academies', { nonNegative: 'pupils' });
  if (isError(a)) return a;
  return { mainstream: m, special: s, pru: p, academies: a };
}

/** The rates ESG.GRANT uses: the year's row, with any override; overrides work for any year. */
export function grantRates(
  year: FinancialYear,
  element: GrantElement,
  generalRate: number | undefined,
  retainedRate: number | undefined,
): Result<EsgRates> {
  const row: EsgRates | undefined = ESG_RATES[year];
  const needGeneral = element !== 'retained' && generalRate === undefined;
  const needRetained = element !== 'general' && retainedRate === undefined;
  if (row === undefined && (needGeneral || needRetained)) return esgRatesFor(year);
  const base = row ?? { general: 0, retained: 0, ...STANDARD_WEIGHTS };
  return {
    ...base,
    general: generalRate ?? base.general,
    retained: retainedRate ?? base.retained,
  };
}

function readOptionalRate(raw: unknown, arg: string): Result<number | undefined> {
  const value = scalarOf(raw, arg);
  if (isError(value)) return value;
  if (isBlank(value)) return undefined;
  // Excel for Windows passes an empty cell as 0: a 0 here would silently replace the
  // published rate where the web uses it, so it is an error saying why.
  if (value === 0) return valueError(MSG.zeroLooksBlank(arg, 'the published rate'));
  return readNumber(value, arg, { nonNegative: 'rate' });
}

export interface GrantArgs {
  readonly pupils: EsgPupils;
  readonly year: FinancialYear;
  readonly element: GrantElement;
  /** The generalRate argument, when given. */
  readonly generalRate: number | undefined;
  /** The retainedRate argument, when given. */
  readonly retainedRate: number | undefined;
}

/** ESG.GRANT: the year's rates (with any override), every term, then the element asked for. */
export const GRANT: FunctionDef<GrantArgs, GrantBreakdown, number> = {
  read: ([mainstream, special, pru, academies, year, element, generalRate, retainedRate]) => {
    const pupils = readPupils(mainstream, special, pru, academies);
    if (isError(pupils)) return pupils;
    const y = readYear(year, 'year', DEFAULT_GRANT_YEAR);
    if (isError(y)) return y;
    const el = readChoice(element, 'element', 'element', GRANT_ELEMENTS, 'total');
    if (isError(el)) return el;
    const g = readOptionalRate(generalRate, 'generalRate');
    if (isError(g)) return g;
    const r = readOptionalRate(retainedRate, 'retainedRate');
    if (isError(r)) return r;
    return { pupils, year: y, element: el, generalRate: g, retainedRate: r };
  },
  compute: (args) => {
    const rates = grantRates(args.year, args.element, args.generalRate, args.retainedRate);
    if (isError(rates)) return rates;
    return grantCore(args.pupils, rates);
  },
  finish: (grant, args) => finite(grant[args.element], 'GRANT'),
};

/** ESG.GRANT(mainstream, [special], [pru], [academies], [year], [element], [generalRate], [retainedRate]) */
export function esgGrant(
  mainstream?: unknown,
  special?: unknown,
  pru?: unknown,
  academies?: unknown,
  year?: unknown,
  element?: unknown,
  generalRate?: unknown,
  retainedRate?: unknown,
): Result<number> {
  return run(GRANT, [mainstream, special, pru, academies, year, element, generalRate, retainedRate]);
}

/** ESG.PROJECT: the year-by-year rows, then the spilled table. */
export const PROJECT: FunctionDef<ProjectInput, ProjectRow[], Matrix> = {
  read: ([mainstream, special, pru, academies, startYear, years, conversion, mode, timing, rates]) => {
    const pupils = readPupils(mainstream, special, pru, academies);
    if (isError(pupils)) return pupils;
    const start = readYear(startYear, 'startYear');
    if (isError(start)) return start;
    const n = readNumber(years, 'years', { nonNegative: 'count', whole: true, max: MAX_PROJECT_YEARS });
    if (isError(n)) return n;
    if (start + n > LAST_YEAR) return valueError(MSG.projectYearsBeyond('years'));
    const m = readChoice(mode, 'mode', 'mode', MODES, 'pupils');
    if (isError(m)) return m;
    const c = readNumber(conversion, 'conversion', m === 'percent' ? { fraction: true } : { nonNegative: 'pupils' });
    if (isError(c)) return c;
    if (m === 'target' && c > pupils.mainstream) return valueError(MSG.projectTargetAbove(c, pupils.mainstream));
    const t = readChoice(timing, 'timing', 'timing', TIMINGS, 'start');
    if (isError(t)) return t;
    const r = readChoice(rates, 'rates', 'rates', RATE_BASES, 'held');
    if (isError(r)) return r;
    return { pupils, startYear: start, years: n, conversion: c, mode: m, timing: t, rates: r };
  },
  compute: projectCore,
  finish: (rows) => finiteMatrix(projectMatrix(rows), 'PROJECT'),
};

/** ESG.PROJECT(mainstream, special, pru, academies, startYear, years, conversion, [mode], [timing], [rates]) */
export function esgProject(
  mainstream?: unknown,
  special?: unknown,
  pru?: unknown,
  academies?: unknown,
  startYear?: unknown,
  years?: unknown,
  conversion?: unknown,
  mode?: unknown,
  timing?: unknown,
  rates?: unknown,
): Result<Matrix> {
  return run(PROJECT, [mainstream, special, pru, academies, startYear, years, conversion, mode, timing, rates]);
}
