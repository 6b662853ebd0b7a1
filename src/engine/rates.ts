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

// ---------------------------------------------------------------------------------------
// Where each built-in figure comes from (shown by explanations and in docs/functions.md)
// ---------------------------------------------------------------------------------------

/** The Oxfordshire Cabinet report of 20 October 2015 (seeds/001), the add-in's main source. */
export const OXFORDSHIRE_2015 = 'Oxfordshire County Council Cabinet report, 20 October 2015';

export interface EsgRateSources {
  readonly general: string;
  readonly retained: string;
  /** The special and PRU / alternative provision weights. */
  readonly weights: string;
}

const WEIGHTS_ASSUMED = 'not published for this year: assumed as 2015-16 (DfE final arrangements for 2015-16, July 2014)';

/** The source of each row of ESG_RATES. */
export const ESG_RATE_SOURCES: Readonly<Record<FinancialYear, EsgRateSources>> = {
  2013: {
    general: 'DfE, Education Services Grant arrangements for 2013-14',
    retained: 'DfE, Education Services Grant arrangements for 2013-14',
    weights: WEIGHTS_ASSUMED,
  },
  2014: {
    general: 'DfE, Education Services Grant arrangements for 2014-15 (often quoted as £113)',
    retained: 'DfE, Education Services Grant arrangements for 2014-15',
    weights: WEIGHTS_ASSUMED,
  },
  2015: {
    general: `DfE, Education Services Grant: final arrangements for 2015-16, July 2014 (£87: ${OXFORDSHIRE_2015}, paragraph 38)`,
    retained: `DfE, Education Services Grant: final arrangements for 2015-16, July 2014 (£15: ${OXFORDSHIRE_2015}, paragraph 38)`,
    weights: 'DfE, Education Services Grant: final arrangements for 2015-16, July 2014',
  },
  2016: {
    general: 'DfE, Education Services Grant arrangements for 2016-17',
    retained: 'DfE, Education Services Grant arrangements for 2016-17',
    weights: WEIGHTS_ASSUMED,
  },
  2017: {
    general:
      'DfE, Education Services Grant arrangements for 2017-18: the general rate ended in September 2017; a transitional £66 a year for April to August (£66 × 5/12 = £27.50)',
    retained: 'DfE, Education Services Grant arrangements for 2017-18: the £15 retained duties rate moved into the DSG schools block (0 here)',
    weights: WEIGHTS_ASSUMED,
  },
};

/** Sources of the other figures built into the functions. */
export const BUILT_IN_SOURCES = {
  earlyYearsHours: 'DfE early years entitlement: 15 hours a week for 38 weeks a year (570 hours)',
  pteHours: 'DfE early years funding: 15 weekly funded hours make one part-time equivalent',
  highNeedsPlace: 'DfE high needs place funding: £10,000 a place (the add-in\'s default when rate is blank)',
  transferLimit:
    'DfE schools revenue funding arrangements from 2018-19: up to 0.5% of the schools block may move to other blocks with Schools Forum approval; more needs the Secretary of State\'s approval',
  cssbFirstYear: 'DfE: the Central School Services Block started in 2018-19',
  teckalLimit:
    'Public Contracts Regulations 2015, regulation 12 (the Teckal exemption): at most 20% of a controlled company\'s activity may be for others',
  mixBands: `${OXFORDSHIRE_2015}, paragraph 23 (analysis of effective local authorities)`,
} as const;
