/**
 * Every `ESG.*` custom function, as data: name (without the namespace), one-line
 * description, parameters and whether the result spills. It feeds the HyperFormula plugin
 * (src/hf/) and the pane's function list; tests/functions-metadata.test.ts checks that it
 * agrees with the JSDoc metadata Excel reads (functions.json).
 */
import * as dsg from './dsg';
import * as esg from './esg';
import * as mix from './mix';
import * as traded from './traded';

export const NAMESPACE = 'ESG';

export interface ParamSpec {
  name: string;
  optional: boolean;
  /** A range (matrix) parameter. */
  range: boolean;
}

export interface FunctionSpec {
  /** e.g. 'DSG.BLOCK' (no 'ESG.'). */
  name: string;
  description: string;
  params: ParamSpec[];
  /** The result is a spilled table (matrix). */
  spills: boolean;
  /** The exported custom function wrapper. */
  fn: (...args: unknown[]) => unknown;
}

/**
 * The wrappers declare range parameters as `unknown[][]` so that Excel's metadata marks
 * them as ranges; at run time every wrapper accepts any raw value (the engine validates),
 * so calling one with `unknown` arguments is safe.
 */
function rawArgs<A extends unknown[]>(fn: (...args: A) => unknown): (...args: unknown[]) => unknown {
  return fn as (...args: unknown[]) => unknown;
}

const req = (name: string): ParamSpec => ({ name, optional: false, range: false });
const opt = (name: string): ParamSpec => ({ name, optional: true, range: false });
const range = (name: string): ParamSpec => ({ name, optional: false, range: true });
const optRange = (name: string): ParamSpec => ({ name, optional: true, range: true });

export const REGISTRY: readonly FunctionSpec[] = [
  {
    name: 'RATE',
    description: 'The published Education Services Grant rate for a year: £ per pupil, or a pupil weight.',
    params: [req('year'), opt('element')],
    spills: false,
    fn: esg.rate,
  },
  {
    name: 'GRANT',
    description:
      "One year's Education Services Grant in £: the general element for maintained pupils plus retained duties for all pupils.",
    params: [
      req('mainstream'),
      opt('special'),
      opt('pru'),
      opt('academies'),
      opt('year'),
      opt('element'),
      opt('generalRate'),
      opt('retainedRate'),
    ],
    spills: false,
    fn: esg.grant,
  },
  {
    name: 'PROJECT',
    description:
      'Projects the ESG year by year as maintained mainstream pupils convert to academies: spills a table of pupils and £.',
    params: [
      req('mainstream'),
      req('special'),
      req('pru'),
      req('academies'),
      req('startYear'),
      req('years'),
      req('conversion'),
      opt('mode'),
      opt('timing'),
      opt('rates'),
    ],
    spills: true,
    fn: esg.project,
  },
  {
    name: 'DSG.BLOCK',
    description: "A Dedicated Schools Grant block's gross allocation in £, from its units and rate.",
    params: [req('block'), req('units'), req('rate'), opt('year')],
    spills: false,
    fn: dsg.dsgBlock,
  },
  {
    name: 'DSG.PTE',
    description:
      "Part-time equivalents for early years funding: each child's weekly funded hours ÷ 15, at most 1 per child.",
    params: [range('hours')],
    spills: false,
    fn: rawArgs(dsg.dsgPte),
  },
  {
    name: 'DSG.SUMMARY',
    description: 'Spills a DSG summary in £: each block, the total, academy recoupment (deducted) and the net DSG.',
    params: [req('schools'), req('earlyYears'), req('highNeeds'), opt('central'), opt('recoupment')],
    spills: true,
    fn: dsg.dsgSummary,
  },
  {
    name: 'DSG.TRANSFER',
    description:
      'Checks a transfer out of the DSG schools block: the amount in £ when allowed, an error above the 0.5% limit from 2018-19.',
    params: [req('schoolsBlock'), req('amount'), req('year'), opt('approved')],
    spills: false,
    fn: dsg.dsgTransfer,
  },
  {
    name: 'TRADED.SURPLUS',
    description: "A traded service's surplus in £: total income minus total costs (a negative result is a deficit).",
    params: [range('income'), range('costs')],
    spills: false,
    fn: rawArgs(traded.tradedSurplus),
  },
  {
    name: 'TRADED.SHARE',
    description: "The council's share in £ of a traded surplus, under a sliding scale of agreed ratios.",
    params: [req('surplus'), range('thresholds'), range('ratios'), opt('method')],
    spills: false,
    fn: rawArgs(traded.tradedShare),
  },
  {
    name: 'TRADED.SPLIT',
    description:
      "Spills how a traded surplus is split in £: ring-fenced for reinvestment, the council's share and what the trading arm keeps.",
    params: [req('surplus'), range('thresholds'), range('ratios'), req('ringfence'), opt('method')],
    spills: true,
    fn: rawArgs(traded.tradedSplit),
  },
  {
    name: 'TRADED.PRICE',
    description:
      'Full-cost-recovery price per unit in £: direct cost plus overheads, plus any margin, divided by the units.',
    params: [req('directCost'), req('overheadRate'), opt('units'), opt('margin')],
    spills: false,
    fn: traded.tradedPrice,
  },
  {
    name: 'TRADED.TECKAL',
    description:
      "The share of a trading company's turnover from outside customers (0 to 1): the Teckal exemption holds up to 0.2.",
    params: [req('councilTurnover'), req('otherTurnover')],
    spills: false,
    fn: traded.tradedTeckal,
  },
  {
    name: 'MIX',
    description:
      "Spills each activity (label), its share of school-improvement staff time and whether it is below, within or above the effective range.",
    params: [req('core'), req('corePlus'), req('traded'), optRange('bands')],
    spills: true,
    fn: rawArgs(mix.mix),
  },
];
