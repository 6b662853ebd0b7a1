/**
 * The ONE table of user-facing messages. Every text a finance officer can see on a cell's
 * error indicator is built here, so wording stays consistent and can be reviewed in one
 * place. Messages name the argument (as it appears in the function's help) and the bad value.
 * The texts of explanations (`EXPLAIN`) live in messages-explain.ts and are looked up here too.
 */

/** How a value the user entered is quoted back in a message. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'blank';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'a range';
  return 'an unreadable value';
}

/** Pounds for messages: £1,234,567.5 → "£1,234,567.50"; whole pounds without pence. */
export function pounds(amount: number): string {
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const whole = Math.floor(abs);
  const pence = Math.round((abs - whole) * 100);
  const carry = pence === 100 ? 1 : 0;
  const grouped = String(whole + carry).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const tail = pence === 0 || carry === 1 ? '' : `.${String(pence).padStart(2, '0')}`;
  return `${negative ? '-' : ''}£${grouped}${tail}`;
}

/** Where a cell sits in a range argument, e.g. "hours, row 3". */
export function cellRef(arg: string, row: number, col: number, rows: number, cols: number): string {
  if (rows === 1 && cols === 1) return arg;
  if (cols === 1) return `${arg}, row ${row + 1}`;
  if (rows === 1) return `${arg}, column ${col + 1}`;
  return `${arg}, row ${row + 1} column ${col + 1}`;
}

function orList(options: readonly string[]): string {
  const quoted = options.map((o) => `"${o}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** What kind of quantity an argument holds; used for "X can't be negative". */
export type Quantity = 'pupils' | 'amount' | 'rate' | 'hours' | 'places' | 'units' | 'turnover' | 'staff' | 'count';

const QUANTITY_NOUN: Record<Quantity, string> = {
  pupils: 'Pupil numbers',
  amount: 'Amounts in £',
  rate: 'Rates',
  hours: 'Hours',
  places: 'Place numbers',
  units: 'Units',
  turnover: 'Turnover',
  staff: 'Staff time',
  count: 'Counts',
};

export const MSG = {
  // ---- types and shapes -------------------------------------------------------------
  notANumber: (arg: string, value: unknown) =>
    `${arg} must be a number, not ${show(value)}`,
  notText: (arg: string, value: unknown) =>
    `${arg} must be text, not ${show(value)}`,
  notTrueFalse: (arg: string, value: unknown) =>
    `${arg} must be TRUE or FALSE, not ${show(value)}`,
  notFinite: (arg: string) =>
    `${arg} is not a usable number (it is infinite or not a number)`,
  singleCellOnly: (arg: string, rows: number, cols: number) =>
    `${arg} must be a single value, not a range of ${rows} × ${cols} cells`,
  wrongArgCount: (fn: string, min: number, max: number, given: number, missing: readonly string[]) =>
    `Wrong number of arguments: ${fn} takes ${min === max ? min : `${min} to ${max}`} (${given} given)` +
    (missing.length > 0 ? `; missing ${missing.join(', ')}` : ''),
  required: (arg: string) =>
    `${arg} is required: it is blank`,
  zeroLooksBlank: (arg: string, blankMeans: string) =>
    `${arg} can't be 0: Excel for Windows passes an empty cell as 0, so a 0 can't be told from a blank (which means ${blankMeans}). Leave ${arg} out for ${blankMeans}, or enter a value above 0`,
  wholeNumber: (arg: string, value: unknown) =>
    `${arg} must be a whole number (${arg} = ${show(value)})`,
  tooMany: (arg: string, value: unknown, max: number) =>
    `${arg} can be at most ${max} (${arg} = ${show(value)})`,
  negative: (quantity: Quantity, arg: string, value: unknown) =>
    `${QUANTITY_NOUN[quantity]} can't be negative (${arg} = ${show(value)})`,
  fraction: (arg: string, value: unknown) =>
    `${arg} must be a fraction between 0 and 1, such as 0.2 or 20% (${arg} = ${show(value)})`,
  mustBePositive: (arg: string, value: unknown) =>
    `${arg} must be more than zero (${arg} = ${show(value)})`,
  unknownName: (what: string, arg: string, value: unknown, options: readonly string[]) =>
    `Unknown ${what} ${show(value)} (${arg}): use ${orList(options)}`,
  sameSize: (argA: string, cellsA: number, argB: string, cellsB: number) =>
    `${argA} and ${argB} must be ranges of the same size (${argA} has ${cellsA} cells, ${argB} has ${cellsB})`,
  blankInRange: (where: string) =>
    `A cell is blank (${where}): fill it in or select a smaller range`,
  emptyRange: (arg: string) =>
    `${arg} has no values`,
  rangeShape: (arg: string, rows: number, cols: number, wantRows: number, wantCols: number) =>
    `${arg} must be a range of ${wantRows} rows × ${wantCols} columns (it is ${rows} × ${cols})`,
  resultTooLarge: (fn: string) =>
    `The result of ESG.${fn} is too large to calculate: check the inputs for very large numbers`,

  // ---- years --------------------------------------------------------------------------
  badYear: (arg: string, value: unknown) =>
    `${arg} must be a financial year such as "2015-16", "2015/16" or 2015 (${arg} = ${show(value)})`,
  yearNotConsecutive: (arg: string, value: unknown, expected: string) =>
    `${arg} ${show(value)} is not a financial year: the second part must be the following year, as in "${expected}"`,
  yearOutOfRange: (arg: string, value: unknown) =>
    `${arg} is outside the years this add-in handles (1900-01 to 9998-99) (${arg} = ${show(value)})`,

  // ---- ESG ----------------------------------------------------------------------------
  noEsgAfter: (year: string) =>
    `There is no ESG in ${year}: the grant ended in 2017-18, and from 2018-19 the retained duties are funded from the DSG central school services block`,
  noEsgBefore: (year: string) =>
    `There is no ESG in ${year}: the grant started in 2013-14 (built-in rates cover 2013-14 to 2017-18)`,
  projectTargetAbove: (target: number, mainstream: number) =>
    `In "target" mode conversion is the maintained mainstream pupils left in the last year; it can't be more than the ${mainstream} maintained mainstream pupils now (conversion = ${target})`,
  projectYearsBeyond: (arg: string) =>
    `${arg} runs past the last year this add-in handles (9998-99)`,

  // ---- DSG ----------------------------------------------------------------------------
  blockRateRequired: (block: string) =>
    `rate is required for the ${block} block: it is blank (only the High Needs block has a default, £10,000 a place)`,
  centralBeforeCssb: (year: string) =>
    `There is no Central School Services Block in ${year}: it started in 2018-19 (before then central duties were funded by the ESG retained duties element)`,
  transferOverLimit: (amount: number, limit: number, year: string) =>
    `From 2018-19 at most 0.5% of the schools block (${pounds(limit)}) can move to other blocks with Schools Forum approval; ` +
    `${pounds(amount)} in ${year} needs the Secretary of State's approval (a disapplication): set approved to TRUE once it is given`,

  // ---- traded services ----------------------------------------------------------------
  firstThresholdZero: (where: string, value: number) =>
    `The first threshold must be 0, the bottom of the first band (${where} = ${value})`,
  thresholdsAscending: (where: string, value: number, previous: number) =>
    `Thresholds must go up from band to band (${where} = ${value} is not above ${previous})`,
  noTurnover: () =>
    `councilTurnover and otherTurnover are both zero: there is no turnover to take a share of`,

  // ---- mix ----------------------------------------------------------------------------
  mixAllZero: () =>
    `core, corePlus and traded are all zero: enter the staff time deployed on at least one`,
  bandMinAboveMax: (where: string, min: number, max: number) =>
    `A band's minimum can't be above its maximum (${where}: min ${min}, max ${max})`,
} as const;

/** Labels that appear inside spilled tables (not errors, but user-facing all the same). */
export const LABELS = {
  projectHeader: ['Year', 'Maintained pupils', 'Academy pupils', 'Retained duties £', 'General £', 'Total £'],
  dsgSchools: 'Schools block',
  dsgEarlyYears: 'Early Years block',
  dsgHighNeeds: 'High Needs block',
  dsgCentral: 'Central School Services block',
  dsgTotal: 'Total DSG',
  dsgRecoupment: 'Academy recoupment',
  dsgNet: 'Net DSG',
  splitSurplus: 'Surplus',
  splitRingfenced: 'Ring-fenced for reinvestment',
  splitNet: 'Net surplus',
  splitCouncil: 'Council share',
  splitRetained: 'Retained by the trading arm',
  mixActivities: ['Core Offer (statutory)', 'Core Offer Plus (strategic)', 'Traded activity'] as const,
  mixBelow: 'Below range',
  mixWithin: 'Within range',
  mixAbove: 'Above range',
} as const;

/** Texts of explanations: in messages-explain.ts, looked up from here like the rest. */
export { EXPLAIN } from './messages-explain';
