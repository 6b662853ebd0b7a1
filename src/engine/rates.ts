/**
 * The published Education Services Grant rates (£ per pupil) built into the add-in,
 * from the DfE statements of arrangements (see FUNCTIONS.md §1).
 */
import { MSG } from './messages';
import { naError, type Result } from './result';
import { formatYear, type FinancialYear } from './years';

export interface EsgRates {
  /** General element, £ per maintained pupil (weighted). */
  readonly general: number;
  /** Retained duties element, £ per pupil, maintained and academy. */
  readonly retained: number;
  /** Weight of a special school pupil in the general element. */
  readonly specialWeight: number;
  /** Weight of a PRU / alternative provision pupil in the general element. */
  readonly pruWeight: number;
}

/** The weights used when a year's own weights are not published (as 2015-16). */
export const STANDARD_WEIGHTS = { specialWeight: 4.25, pruWeight: 3.75 } as const;

export const FIRST_ESG_YEAR = 2013;
export const LAST_ESG_YEAR = 2017;

export const ESG_RATES: Readonly<Record<FinancialYear, EsgRates>> = {
  // 2013-14 and 2014-15: weights assumed as 2015-16.
  2013: { general: 116, retained: 15, ...STANDARD_WEIGHTS },
  // Often quoted as £113.
  2014: { general: 113.17, retained: 15, ...STANDARD_WEIGHTS },
  // Confirmed in the final arrangements, July 2014.
  2015: { general: 87, retained: 15, ...STANDARD_WEIGHTS },
  2016: { general: 77, retained: 15, ...STANDARD_WEIGHTS },
  // General rate removed from September 2017: a transitional £66 a year for April–August
  // (5/12); the £15 retained duties moved into the DSG schools block.
  2017: { general: (66 * 5) / 12, retained: 0, ...STANDARD_WEIGHTS },
};

/** The year's published rates, or #N/A saying there is no ESG that year. */
export function esgRatesFor(year: FinancialYear): Result<EsgRates> {
  const row = ESG_RATES[year];
  if (row !== undefined) return row;
  return naError(year > LAST_ESG_YEAR ? MSG.noEsgAfter(formatYear(year)) : MSG.noEsgBefore(formatYear(year)));
}
