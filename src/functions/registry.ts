/**
 * Help text for every `ESG.*` custom function: its one-line description, each parameter's
 * help, the exported wrapper Excel calls and a worked example. Everything else about a
 * function — its parameters' order, kinds, optional flags, defaults and accepted names,
 * whether it spills — is the engine's catalogue (src/engine/catalogue.ts); REGISTRY joins
 * the two for the pane's function list, Insert and docs/functions.md.
 * tests/functions-metadata.test.ts checks that the JSDoc metadata Excel reads
 * (functions.json) agrees with REGISTRY, so the wrappers stay in step with the catalogue.
 */
import { CATALOGUE, NAMESPACE, type CatalogueName, type ParamKind } from '../engine/catalogue';
import * as dsg from './dsg';
import * as esg from './esg';
import * as mix from './mix';
import * as traded from './traded';

export { NAMESPACE };

export interface ParamSpec {
  name: string;
  /** What the parameter holds (the catalogue's kind). */
  kind: ParamKind;
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
  name: CatalogueName;
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

interface Help {
  readonly description: string;
  /** Help for every parameter, by name. */
  readonly params: Readonly<Record<string, string>>;
  readonly fn: (...args: unknown[]) => unknown;
  readonly example: string;
}

const YEAR_HELP = 'Financial year, e.g. "2015-16", "2015/16" or 2015; rates are built in for 2013-14 to 2017-18.';
const THRESHOLDS_HELP = "Range of each band's lower bound in £, going up, the first 0.";
const RATIOS_HELP = "Range of the council's share in each band, 0 to 1 (e.g. 50%); the same size as thresholds.";

const HELP: Readonly<Record<CatalogueName, Help>> = {
  RATE: {
    description: 'The published Education Services Grant rate for a year: £ per pupil, or a pupil weight.',
    params: {
      year: YEAR_HELP,
      element: '"general" (default: £ per maintained pupil), "retained" (£ per pupil for retained duties), "special" or "pru" (pupil weights in the general element).',
    },
    fn: esg.rate,
    example: '=ESG.RATE("2015-16")',
  },
  GRANT: {
    description: "One year's Education Services Grant in £: the general element for maintained pupils plus retained duties for all pupils.",
    params: {
      mainstream: 'Maintained mainstream (primary and secondary) pupils.',
      special: 'Maintained special school pupils, weighted 4.25 in the general element (default 0).',
      pru: 'Pupil referral unit and alternative provision pupils, weighted 3.75 in the general element (default 0).',
      academies: 'Academy pupils, mainstream and special: retained duties only (default 0).',
      year: 'Financial year, e.g. "2015-16" (the default), "2015/16" or 2015.',
      element: '"total" (default), "general" or "retained".',
      generalRate: '£ per pupil for the general element, instead of the published rate.',
      retainedRate: '£ per pupil for retained duties, instead of the published rate.',
    },
    fn: esg.grant,
    example: '=ESG.GRANT(44095,579,0,44769,"2015-16")',
  },
  PROJECT: {
    description: 'Projects the ESG year by year as maintained mainstream pupils convert to academies: spills a table of pupils and £.',
    params: {
      mainstream: 'Maintained mainstream pupils in the start year.',
      special: 'Maintained special school pupils (held constant).',
      pru: 'Pupil referral unit and alternative provision pupils (held constant).',
      academies: 'Academy pupils in the start year.',
      startYear: 'The base year, before any conversion, e.g. "2015-16".',
      years: 'Number of years to project after the start year (a whole number up to 50).',
      conversion: 'Mode "pupils": pupils converting each year; "percent": the fraction of remaining maintained mainstream pupils converting each year (e.g. 10%); "target": maintained mainstream pupils left in the last year.',
      mode: '"pupils" (default), "percent" or "target".',
      timing: '"start" (default): conversions count from the start of each year; "even": spread through the year, so the general element uses the average of opening and closing pupils.',
      rates: '"held" (default): the start year\'s rates every year; "published": each year\'s published rates.',
    },
    fn: esg.project,
    example: '=ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5)',
  },
  'DSG.BLOCK': {
    description: "A Dedicated Schools Grant block's gross allocation in £, from its units and rate.",
    params: {
      block: '"Schools", "Early Years", "High Needs" or "Central" (the Central School Services Block, from 2018-19).',
      units: 'Schools and Central: pupils; Early Years: part-time equivalents; High Needs: places.',
      rate: '£ per pupil (Schools, Central), £ per hour (Early Years, × 570 hours a year) or £ per place (High Needs; leave blank for £10,000).',
      year: 'Financial year, e.g. "2018-19"; the Central block is an error before 2018-19.',
    },
    fn: dsg.dsgBlock,
    example: '=ESG.DSG.BLOCK("High Needs",116,10000)',
  },
  'DSG.PTE': {
    description: "Part-time equivalents for early years funding: each child's weekly funded hours ÷ 15, at most 1 per child.",
    params: {
      hours: "Range of each child's weekly funded hours; blank cells are ignored.",
    },
    fn: rawArgs(dsg.dsgPte),
    example: '=ESG.DSG.PTE({15;10;30})',
  },
  'DSG.SUMMARY': {
    description: 'Spills a DSG summary in £: each block, the total, academy recoupment (deducted) and the net DSG.',
    params: {
      schools: 'Schools block, £.',
      earlyYears: 'Early Years block, £.',
      highNeeds: 'High Needs block, £.',
      central: 'Central School Services Block, £ (from 2018-19); leave blank to leave the row out.',
      recoupment: 'Academy recoupment, £: always deducted, whether entered as positive or negative.',
    },
    fn: dsg.dsgSummary,
    example: '=ESG.DSG.SUMMARY(300000000,30000000,50000000,,-120000000)',
  },
  'DSG.TRANSFER': {
    description: 'Checks a transfer out of the DSG schools block: the amount in £ when allowed, an error above the 0.5% limit from 2018-19.',
    params: {
      schoolsBlock: 'The schools block allocation, £.',
      amount: 'The amount to move to other blocks, £.',
      year: 'Financial year of the transfer, e.g. "2018-19"; before 2018-19 any amount is allowed.',
      approved: 'TRUE once the Secretary of State has approved a transfer above 0.5% (a disapplication); default FALSE.',
    },
    fn: dsg.dsgTransfer,
    example: '=ESG.DSG.TRANSFER(300000000,1000000,"2019-20")',
  },
  'TRADED.SURPLUS': {
    description: "A traded service's surplus in £: total income minus total costs (a negative result is a deficit).",
    params: {
      income: 'Income in £: a number or a range; blank cells are ignored.',
      costs: 'Costs in £: a number or a range; blank cells are ignored.',
    },
    fn: rawArgs(traded.tradedSurplus),
    example: '=ESG.TRADED.SURPLUS({500000,120000},{450000})',
  },
  'TRADED.SHARE': {
    description: "The council's share in £ of a traded surplus, under a sliding scale of agreed ratios.",
    params: {
      surplus: 'The surplus in £; a deficit (negative) gives 0, as the trading arm carries it.',
      thresholds: THRESHOLDS_HELP,
      ratios: RATIOS_HELP,
      method: '"marginal" (default): each slice of surplus at its own band\'s ratio, like tax bands; "whole": the whole surplus at the ratio of the band it reaches.',
    },
    fn: rawArgs(traded.tradedShare),
    example: '=ESG.TRADED.SHARE(100000,{0,50000},{0.5,0.25})',
  },
  'TRADED.SPLIT': {
    description: "Spills how a traded surplus is split in £: ring-fenced for reinvestment, the council's share and what the trading arm keeps.",
    params: {
      surplus: 'The surplus in £; a deficit (negative) stays with the trading arm.',
      thresholds: THRESHOLDS_HELP,
      ratios: RATIOS_HELP,
      ringfence: 'Share of the surplus ring-fenced to reinvest in the service, 0 to 1 (e.g. 25%).',
      method: '"marginal" (default): each slice at its own band\'s ratio; "whole": the whole net surplus at the ratio of the band it reaches.',
    },
    fn: rawArgs(traded.tradedSplit),
    example: '=ESG.TRADED.SPLIT(100000,{0,50000},{0.5,0.25},0.2)',
  },
  'TRADED.PRICE': {
    description: 'Full-cost-recovery price per unit in £: direct cost plus overheads, plus any margin, divided by the units.',
    params: {
      directCost: 'Direct cost in £.',
      overheadRate: 'Overheads as a fraction of direct cost (e.g. 0.3 or 30%).',
      units: 'Number of units the cost covers, such as days or places (default 1).',
      margin: 'Margin on full cost as a fraction (default 0).',
    },
    fn: traded.tradedPrice,
    example: '=ESG.TRADED.PRICE(50000,0.3,100)',
  },
  'TRADED.TECKAL': {
    description: "The share of a trading company's turnover from outside customers (0 to 1): the Teckal exemption holds up to 0.2.",
    params: {
      councilTurnover: 'Turnover from the council (the controlling authority), £.',
      otherTurnover: 'Turnover from outside customers, £.',
    },
    fn: traded.tradedTeckal,
    example: '=ESG.TRADED.TECKAL(800000,150000)',
  },
  MIX: {
    description: "Spills each activity (label), its share of school-improvement staff time and whether it is below, within or above the effective range.",
    params: {
      core: 'Staff time on the Core Offer (statutory), e.g. FTE, days or %.',
      corePlus: 'Staff time on the Core Offer Plus (strategic), in the same unit.',
      traded: 'Staff time on traded activity, in the same unit.',
      bands: '3×2 range of minimum and maximum shares (rows Core, Core Plus, Traded); default 25%-40%, 35%-40%, 20%-30%.',
    },
    fn: rawArgs(mix.mix),
    example: '=ESG.MIX(70,20,10)',
  },
};

export const REGISTRY: readonly FunctionSpec[] = CATALOGUE.map((entry) => {
  const help = HELP[entry.name as CatalogueName];
  return {
    name: entry.name as CatalogueName,
    description: help.description,
    params: entry.params.map((p) => ({
      name: p.name,
      kind: p.kind,
      optional: p.optional,
      range: p.kind === 'range',
      description: help.params[p.name] ?? '',
      ...(p.default === undefined ? {} : { defaultValue: p.default }),
      ...(p.choices === undefined ? {} : { choices: p.choices }),
    })),
    spills: entry.spills,
    fn: help.fn,
    example: help.example,
  };
});
