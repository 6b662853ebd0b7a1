/**
 * The demo model's content: the Oxfordshire 2015-16 figures of
 * `seeds/oxfordshire-2015-16.json` (from the council's report: deployment ratios ¶23,
 * budget table ¶37, ESG table ¶41, High Needs draw ¶42) as named inputs with their
 * scenarios, the outputs, the number formats and the sheets Set up adds.
 */
import seed from '../../../seeds/oxfordshire-2015-16.json';
import type { CellValue } from '../../workbook/port';
import { ACTIVE_NAME, LOG_SHEET, SCENARIOS_SHEET } from '../layout';

export { seed };

export const DEMO_SCENARIOS = {
  july2015: 'July 2015 estimate',
  july2017: 'July 2017 estimate',
  allAcademies: 'All academies',
  optionD: 'Option D traded arm',
} as const;

/** Formats: pounds, pounds in thousands (as the council's tables), pupils, shares. */
export const FORMATS = {
  pounds: '£#,##0.00',
  /** Whole pounds, for figures in £ that are not pence-exact (projections, illustrations). */
  wholePounds: '£#,##0',
  thousands: '£#,##0,',
  pupils: '#,##0',
  decimal: '#,##0.0',
  share: '0%',
  fte: '0.00',
} as const;

export const SHEETS = ['Inputs', 'ESG', 'DSG', 'Traded', 'Budget 2015-16', SCENARIOS_SHEET, LOG_SHEET] as const;
export type SheetKey = (typeof SHEETS)[number];

export const esg = seed.esg;
export const j15 = esg.july2015;
export const j17 = esg.july2017;
const academies2015 = j15.academiesMainstream + j15.academiesSpecialPru;
const academies2017 = j17.academiesMainstream + j17.academiesSpecialPru;
const dep = seed.deployment;
const tradedNow = dep.oxfordshireHistoric.tradedRange[1];
/** Option D: a mix inside every band of effective LAs (¶23). */
export const optionD = { core: 0.4, corePlus: 0.35, traded: 0.25 };

export interface InputSpec {
  readonly name: string;
  readonly label: string;
  readonly value: CellValue;
  readonly format?: string;
  readonly note: string;
  /** Values per scenario (blank = leaves the input as it is); absent = not a scenario input. */
  readonly scenarios?: readonly [CellValue, CellValue, CellValue, CellValue];
}

export const INPUTS: readonly InputSpec[] = [
  {
    name: 'ESG_Year',
    label: 'ESG rates of year',
    value: esg.year,
    note: 'The council projected at the 2015-16 rates ("assuming the current rate is maintained").',
    scenarios: [esg.year, esg.year, esg.year, ''],
  },
  {
    name: 'ESG_Mainstream',
    label: 'Maintained primary and secondary pupils',
    value: j15.maintainedMainstream,
    format: FORMATS.pupils,
    note: '¶41 table: 44,095 (July 2015 estimate), 30,000 (July 2017 estimate).',
    scenarios: [j15.maintainedMainstream, j17.maintainedMainstream, 0, ''],
  },
  {
    name: 'ESG_Special',
    label: 'Maintained special school pupils',
    value: j15.maintainedSpecial,
    format: FORMATS.pupils,
    note: '¶41 table.',
    scenarios: [j15.maintainedSpecial, j17.maintainedSpecial, 0, ''],
  },
  {
    name: 'ESG_PRU',
    label: 'Maintained pupil referral unit / alternative provision pupils',
    value: j15.maintainedPru,
    format: FORMATS.pupils,
    note: 'None shown separately in the ¶41 table.',
    scenarios: [j15.maintainedPru, j17.maintainedPru, 0, ''],
  },
  {
    name: 'ESG_Academies',
    label: 'Academy pupils (mainstream, special and PRU)',
    value: academies2015,
    format: FORMATS.pupils,
    note: `¶41: ${j15.academiesMainstream} + ${j15.academiesSpecialPru} (July 2015), ${j17.academiesMainstream} + ${j17.academiesSpecialPru} (July 2017); ${esg.totalPupils} if every school converts.`,
    scenarios: [academies2015, academies2017, esg.totalPupils, ''],
  },
  {
    name: 'ESG_ProjectionYears',
    label: 'Years projected',
    value: esg.projection.years,
    note: 'For the ESG.PROJECT table on the ESG sheet.',
  },
  {
    name: 'ESG_Conversion',
    label: 'Maintained mainstream pupils converting each year',
    value: esg.projection.conversionPerYear,
    format: FORMATS.decimal,
    note: esg.projection.note,
  },
  {
    name: 'ESG_CoreShare',
    label: 'Core Offer (statutory) share of staff deployment',
    value: dep.oxfordshireHistoric.core,
    format: FORMATS.share,
    note: '¶23: effective LAs 25%-40%; Oxfordshire historically c.70%.',
    scenarios: [dep.oxfordshireHistoric.core, '', '', optionD.core],
  },
  {
    name: 'ESG_CorePlusShare',
    label: 'Core Offer Plus (strategic) share',
    value: dep.oxfordshireHistoric.corePlus,
    format: FORMATS.share,
    note: '¶23: effective LAs 35%-40%; Oxfordshire historically c.20%.',
    scenarios: [dep.oxfordshireHistoric.corePlus, '', '', optionD.corePlus],
  },
  {
    name: 'ESG_TradedShare',
    label: 'Traded activity share',
    value: tradedNow,
    format: FORMATS.share,
    note: '¶23: effective LAs 20%-30%; Oxfordshire historically c.5-10%.',
    scenarios: [tradedNow, '', '', optionD.traded],
  },
];

export const OUTPUTS: readonly { name: string; label: string }[] = [
  { name: 'ESG_Total', label: 'ESG total £' },
  { name: 'ESG_Retained', label: 'ESG retained duties £' },
  { name: 'ESG_General', label: 'ESG general element £' },
  { name: 'Traded_FTE', label: 'Specialist fte on traded work' },
];

const OTHER_NAMES = ['DSG_HighNeeds', 'Budget_Net', ACTIVE_NAME];

/** The names Set up defines (they must be free). */
export function demoNames(): string[] {
  return [...INPUTS.map((i) => i.name), ...OUTPUTS.map((o) => o.name), ...OTHER_NAMES];
}
