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
  /** The parameter's help text: the same as its JSDoc @param (tests/functions-metadata.test.ts checks it). */
  description: string;
  /** The value a blank gives, as formula text (e.g. `"total"`, `0`), when there is one. */
  defaultValue?: string;
  /** The names a text parameter accepts (the engine accepts some aliases too). */
  choices?: readonly string[];
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
  /** A worked example formula (docs/functions.md shows it with its real result). */
  example?: string;
}

/**
 * The wrappers declare range parameters as `unknown[][]` so that Excel's metadata marks
 * them as ranges; at run time every wrapper accepts any raw value (the engine validates),
 * so calling one with `unknown` arguments is safe.
 */
function rawArgs<A extends unknown[]>(fn: (...args: A) => unknown): (...args: unknown[]) => unknown {
  return fn as (...args: unknown[]) => unknown;
}

type Extra = Pick<ParamSpec, 'defaultValue' | 'choices'>;

const req = (name: string, description: string, extra: Extra = {}): ParamSpec => ({ name, optional: false, range: false, description, ...extra });
const opt = (name: string, description: string, extra: Extra = {}): ParamSpec => ({ name, optional: true, range: false, description, ...extra });
const range = (name: string, description: string): ParamSpec => ({ name, optional: false, range: true, description });
const optRange = (name: string, description: string, extra: Extra = {}): ParamSpec => ({ name, optional: true, range: true, description, ...extra });

const YEAR_HELP = 'Financial year, e.g. "2015-16", "2015/16" or 2015; rates are built in for 2013-14 to 2017-18.';
const THRESHOLDS_HELP = "Range of each band's lower bound in £, going up, the first 0.";
const RATIOS_HELP = "Range of the council's share in each band, 0 to 1 (e.g. 50%); the same size as thresholds.";
const METHODS = ['marginal', 'whole'];

export const REGISTRY: readonly FunctionSpec[] = [
  {
    name: 'RATE',
    description: 'The published Education Services Grant rate for a year: £ per pupil, or a pupil weight.',
    params: [
      req('year', YEAR_HELP),
      opt(
        'element',
        '"general" (default: £ per maintained pupil), "retained" (£ per pupil for retained duties), "special" or "pru" (pupil weights in the general element).',
        { defaultValue: '"general"', choices: ['general', 'retained', 'special', 'pru'] },
      ),
    ],
    spills: false,
    fn: esg.rate,
    example: '=ESG.RATE("2015-16")',
  },
  {
    name: 'GRANT',
    description:
      "One year's Education Services Grant in £: the general element for maintained pupils plus retained duties for all pupils.",
    params: [
      req('mainstream', 'Maintained mainstream (primary and secondary) pupils.'),
      opt('special', 'Maintained special school pupils, weighted 4.25 in the general element (default 0).', { defaultValue: '0' }),
      opt('pru', 'Pupil referral unit and alternative provision pupils, weighted 3.75 in the general element (default 0).', {
        defaultValue: '0',
      }),
      opt('academies', 'Academy pupils, mainstream and special: retained duties only (default 0).', { defaultValue: '0' }),
      opt('year', 'Financial year, e.g. "2015-16" (the default), "2015/16" or 2015.', { defaultValue: '"2015-16"' }),
      opt('element', '"total" (default), "general" or "retained".', { defaultValue: '"total"', choices: ['total', 'general', 'retained'] }),
      opt('generalRate', '£ per pupil for the general element, instead of the published rate.'),
      opt('retainedRate', '£ per pupil for retained duties, instead of the published rate.'),
    ],
    spills: false,
    fn: esg.grant,
    example: '=ESG.GRANT(44095,579,0,44769,"2015-16")',
  },
  {
    name: 'PROJECT',
    description:
      'Projects the ESG year by year as maintained mainstream pupils convert to academies: spills a table of pupils and £.',
    params: [
      req('mainstream', 'Maintained mainstream pupils in the start year.'),
      req('special', 'Maintained special school pupils (held constant).'),
      req('pru', 'Pupil referral unit and alternative provision pupils (held constant).'),
      req('academies', 'Academy pupils in the start year.'),
      req('startYear', 'The base year, before any conversion, e.g. "2015-16".'),
      req('years', 'Number of years to project after the start year (a whole number up to 50).'),
      req(
        'conversion',
        'Mode "pupils": pupils converting each year; "percent": the fraction of remaining maintained mainstream pupils converting each year (e.g. 10%); "target": maintained mainstream pupils left in the last year.',
      ),
      opt('mode', '"pupils" (default), "percent" or "target".', { defaultValue: '"pupils"', choices: ['pupils', 'percent', 'target'] }),
      opt(
        'timing',
        '"start" (default): conversions count from the start of each year; "even": spread through the year, so the general element uses the average of opening and closing pupils.',
        { defaultValue: '"start"', choices: ['start', 'even'] },
      ),
      opt('rates', '"held" (default): the start year\'s rates every year; "published": each year\'s published rates.', {
        defaultValue: '"held"',
        choices: ['held', 'published'],
      }),
    ],
    spills: true,
    fn: esg.project,
    example: '=ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5)',
  },
  {
    name: 'DSG.BLOCK',
    description: "A Dedicated Schools Grant block's gross allocation in £, from its units and rate.",
    params: [
      req('block', '"Schools", "Early Years", "High Needs" or "Central" (the Central School Services Block, from 2018-19).', {
        choices: ['Schools', 'Early Years', 'High Needs', 'Central'],
      }),
      req('units', 'Schools and Central: pupils; Early Years: part-time equivalents; High Needs: places.'),
      req(
        'rate',
        '£ per pupil (Schools, Central), £ per hour (Early Years, × 570 hours a year) or £ per place (High Needs; leave blank for £10,000).',
      ),
      opt('year', 'Financial year, e.g. "2018-19"; the Central block is an error before 2018-19.'),
    ],
    spills: false,
    fn: dsg.dsgBlock,
    example: '=ESG.DSG.BLOCK("High Needs",116,10000)',
  },
  {
    name: 'DSG.PTE',
    description:
      "Part-time equivalents for early years funding: each child's weekly funded hours ÷ 15, at most 1 per child.",
    params: [range('hours', "Range of each child's weekly funded hours; blank cells are ignored.")],
    spills: false,
    fn: rawArgs(dsg.dsgPte),
    example: '=ESG.DSG.PTE({15;10;30})',
  },
  {
    name: 'DSG.SUMMARY',
    description: 'Spills a DSG summary in £: each block, the total, academy recoupment (deducted) and the net DSG.',
    params: [
      req('schools', 'Schools block, £.'),
      req('earlyYears', 'Early Years block, £.'),
      req('highNeeds', 'High Needs block, £.'),
      opt('central', 'Central School Services Block, £ (from 2018-19); leave blank to leave the row out.'),
      opt('recoupment', 'Academy recoupment, £: always deducted, whether entered as positive or negative.', { defaultValue: '0' }),
    ],
    spills: true,
    fn: dsg.dsgSummary,
    example: '=ESG.DSG.SUMMARY(300000000,30000000,50000000,,-120000000)',
  },
  {
    name: 'DSG.TRANSFER',
    description:
      'Checks a transfer out of the DSG schools block: the amount in £ when allowed, an error above the 0.5% limit from 2018-19.',
    params: [
      req('schoolsBlock', 'The schools block allocation, £.'),
      req('amount', 'The amount to move to other blocks, £.'),
      req('year', 'Financial year of the transfer, e.g. "2018-19"; before 2018-19 any amount is allowed.'),
      opt('approved', 'TRUE once the Secretary of State has approved a transfer above 0.5% (a disapplication); default FALSE.', {
        defaultValue: 'FALSE',
        choices: ['TRUE', 'FALSE'],
      }),
    ],
    spills: false,
    fn: dsg.dsgTransfer,
    example: '=ESG.DSG.TRANSFER(300000000,1000000,"2019-20")',
  },
  {
    name: 'TRADED.SURPLUS',
    description: "A traded service's surplus in £: total income minus total costs (a negative result is a deficit).",
    params: [
      range('income', 'Income in £: a number or a range; blank cells are ignored.'),
      range('costs', 'Costs in £: a number or a range; blank cells are ignored.'),
    ],
    spills: false,
    fn: rawArgs(traded.tradedSurplus),
    example: '=ESG.TRADED.SURPLUS({500000,120000},{450000})',
  },
  {
    name: 'TRADED.SHARE',
    description: "The council's share in £ of a traded surplus, under a sliding scale of agreed ratios.",
    params: [
      req('surplus', 'The surplus in £; a deficit (negative) gives 0, as the trading arm carries it.'),
      range('thresholds', THRESHOLDS_HELP),
      range('ratios', RATIOS_HELP),
      opt(
        'method',
        '"marginal" (default): each slice of surplus at its own band\'s ratio, like tax bands; "whole": the whole surplus at the ratio of the band it reaches.',
        { defaultValue: '"marginal"', choices: METHODS },
      ),
    ],
    spills: false,
    fn: rawArgs(traded.tradedShare),
    example: '=ESG.TRADED.SHARE(100000,{0,50000},{0.5,0.25})',
  },
  {
    name: 'TRADED.SPLIT',
    description:
      "Spills how a traded surplus is split in £: ring-fenced for reinvestment, the council's share and what the trading arm keeps.",
    params: [
      req('surplus', 'The surplus in £; a deficit (negative) stays with the trading arm.'),
      range('thresholds', THRESHOLDS_HELP),
      range('ratios', RATIOS_HELP),
      req('ringfence', 'Share of the surplus ring-fenced to reinvest in the service, 0 to 1 (e.g. 25%).'),
      opt(
        'method',
        '"marginal" (default): each slice at its own band\'s ratio; "whole": the whole net surplus at the ratio of the band it reaches.',
        { defaultValue: '"marginal"', choices: METHODS },
      ),
    ],
    spills: true,
    fn: rawArgs(traded.tradedSplit),
    example: '=ESG.TRADED.SPLIT(100000,{0,50000},{0.5,0.25},0.2)',
  },
  {
    name: 'TRADED.PRICE',
    description:
      'Full-cost-recovery price per unit in £: direct cost plus overheads, plus any margin, divided by the units.',
    params: [
      req('directCost', 'Direct cost in £.'),
      req('overheadRate', 'Overheads as a fraction of direct cost (e.g. 0.3 or 30%).'),
      opt('units', 'Number of units the cost covers, such as days or places (default 1).', { defaultValue: '1' }),
      opt('margin', 'Margin on full cost as a fraction (default 0).', { defaultValue: '0' }),
    ],
    spills: false,
    fn: traded.tradedPrice,
    example: '=ESG.TRADED.PRICE(50000,0.3,100)',
  },
  {
    name: 'TRADED.TECKAL',
    description:
      "The share of a trading company's turnover from outside customers (0 to 1): the Teckal exemption holds up to 0.2.",
    params: [
      req('councilTurnover', 'Turnover from the council (the controlling authority), £.'),
      req('otherTurnover', 'Turnover from outside customers, £.'),
    ],
    spills: false,
    fn: traded.tradedTeckal,
    example: '=ESG.TRADED.TECKAL(800000,150000)',
  },
  {
    name: 'MIX',
    description:
      "Spills each activity (label), its share of school-improvement staff time and whether it is below, within or above the effective range.",
    params: [
      req('core', 'Staff time on the Core Offer (statutory), e.g. FTE, days or %.'),
      req('corePlus', 'Staff time on the Core Offer Plus (strategic), in the same unit.'),
      req('traded', 'Staff time on traded activity, in the same unit.'),
      optRange(
        'bands',
        '3×2 range of minimum and maximum shares (rows Core, Core Plus, Traded); default 25%-40%, 35%-40%, 20%-30%.',
        { defaultValue: '{0.25,0.4;0.35,0.4;0.2,0.3}' },
      ),
    ],
    spills: true,
    fn: rawArgs(mix.mix),
    example: '=ESG.MIX(70,20,10)',
  },
];
