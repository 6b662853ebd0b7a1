/**
 * The Education Services Grant's maths on typed inputs (see ./esg.ts for the formulas): the
 * grant's terms and the projection year by year. The *Core functions return the
 * intermediate terms so that the explanation reuses them.
 */
import { LABELS } from './messages';
import { esgRatesFor, type EsgRates } from './rates';
import { isError, type Matrix, type Result } from './result';
import { formatYear, type FinancialYear } from './years';

// ---------------------------------------------------------------------------------------
// Core maths
// ---------------------------------------------------------------------------------------

export interface EsgPupils {
  /** Maintained mainstream (primary and secondary) pupils. */
  readonly mainstream: number;
  /** Maintained special school pupils. */
  readonly special: number;
  /** Pupil referral unit / alternative provision pupils. */
  readonly pru: number;
  /** Academy pupils, mainstream and special. */
  readonly academies: number;
}

export interface GeneralTerms {
  /** mainstream + special_weight × special + pru_weight × pru */
  readonly weightedPupils: number;
  /** rate_general × weightedPupils */
  readonly general: number;
}

export interface GrantBreakdown extends GeneralTerms {
  readonly rates: EsgRates;
  /** mainstream + special + pru + academies */
  readonly allPupils: number;
  /** rate_retained × allPupils */
  readonly retained: number;
  /** general + retained */
  readonly total: number;
}

/** The general element for maintained pupils. */
export function generalCore(rates: EsgRates, mainstream: number, special: number, pru: number): GeneralTerms {
  const weightedPupils = mainstream + rates.specialWeight * special + rates.pruWeight * pru;
  return { weightedPupils, general: rates.general * weightedPupils };
}

/** One year's grant with every term. */
export function grantCore(pupils: EsgPupils, rates: EsgRates): GrantBreakdown {
  const { weightedPupils, general } = generalCore(rates, pupils.mainstream, pupils.special, pupils.pru);
  const allPupils = pupils.mainstream + pupils.special + pupils.pru + pupils.academies;
  const retained = rates.retained * allPupils;
  return { rates, weightedPupils, general, allPupils, retained, total: general + retained };
}

export type ProjectMode = 'pupils' | 'percent' | 'target';
export type ProjectTiming = 'start' | 'even';
export type ProjectRates = 'held' | 'published';

export interface ProjectInput {
  readonly pupils: EsgPupils;
  readonly startYear: FinancialYear;
  /** Number of years after the start year. */
  readonly years: number;
  /** Pupils a year ("pupils"), a fraction a year ("percent") or the final count ("target"). */
  readonly conversion: number;
  readonly mode: ProjectMode;
  readonly timing: ProjectTiming;
  readonly rates: ProjectRates;
}

export interface ProjectRow {
  readonly year: FinancialYear;
  /** Maintained mainstream pupils at the end of the year. */
  readonly mainstream: number;
  /** Maintained mainstream pupils converting during the year. */
  readonly converted: number;
  /** mainstream + special + pru still maintained. */
  readonly maintained: number;
  /** All pupils, maintained and academy: the same every year (conversions only move pupils). */
  readonly allPupils: number;
  /** Academy pupils at the end of the year. */
  readonly academies: number;
  /** Maintained mainstream pupils the general element is paid on (the average, with "even" timing). */
  readonly generalMainstream: number;
  readonly rates: EsgRates;
  readonly general: number;
  readonly retained: number;
  readonly total: number;
}

function maintainedMainstreamAt(input: ProjectInput, k: number, previous: number): number {
  const m0 = input.pupils.mainstream;
  switch (input.mode) {
    case 'pupils':
      return previous - Math.min(input.conversion, previous);
    case 'percent':
      return Math.max(0, previous - input.conversion * previous);
    case 'target':
      // Straight line from m0 to the target, exactly the target in the last year.
      return input.conversion + ((m0 - input.conversion) * (input.years - k)) / input.years;
  }
}

/** Year-by-year projection; row 0 is the start year before any conversion. */
export function projectCore(input: ProjectInput): Result<ProjectRow[]> {
  const { pupils } = input;
  const heldRates = esgRatesFor(input.startYear);
  if (input.rates === 'held' && isError(heldRates)) return heldRates;
  // Retained duties are paid on every pupil; conversions only move pupils between columns.
  const allPupils = pupils.mainstream + pupils.special + pupils.pru + pupils.academies;
  const rows: ProjectRow[] = [];
  let previous = pupils.mainstream;
  for (let k = 0; k <= input.years; k++) {
    const year = input.startYear + k;
    const rates = input.rates === 'held' ? heldRates : esgRatesFor(year);
    if (isError(rates)) return rates;
    const mainstream = k === 0 ? pupils.mainstream : maintainedMainstreamAt(input, k, previous);
    const generalMainstream = k > 0 && input.timing === 'even' ? (previous + mainstream) / 2 : mainstream;
    const { general } = generalCore(rates, generalMainstream, pupils.special, pupils.pru);
    const retained = rates.retained * allPupils;
    rows.push({
      year,
      mainstream,
      converted: previous - mainstream,
      maintained: mainstream + pupils.special + pupils.pru,
      allPupils,
      academies: pupils.academies + (pupils.mainstream - mainstream),
      generalMainstream,
      rates,
      general,
      retained,
      total: general + retained,
    });
    previous = mainstream;
  }
  return rows;
}

/** The spilled table of ESG.PROJECT. */
export function projectMatrix(rows: readonly ProjectRow[]): Matrix {
  const out: Matrix = [[...LABELS.projectHeader]];
  for (const r of rows) out.push([formatYear(r.year), r.maintained, r.academies, r.retained, r.general, r.total]);
  return out;
}
