/** Explanations of ESG.DSG.BLOCK, PTE, SUMMARY and TRANSFER. */
import {
  BLOCK,
  BLOCK_NAME,
  CSSB_FIRST_YEAR,
  EARLY_YEARS_HOURS,
  HIGH_NEEDS_PLACE_RATE,
  PTE,
  PTE_HOURS,
  SUMMARY,
  TRANSFER,
  TRANSFER_LIMIT_DIVISOR,
  type BlockArgs,
  type BlockTerms,
  type PteArgs,
  type PteTerms,
  type SummaryArgs,
  type SummaryTerms,
  type TransferArgs,
  type TransferTerms,
} from '../dsg';
import { cellRef, EXPLAIN } from '../messages';
import { BUILT_IN_SOURCES } from '../rates';
import type { Matrix } from '../result';
import { formatYear } from '../years';
import { arg, numberArg, step, sumExpr, type Explainer } from './build';
import { givenBlank, money, num, showGiven } from './format';
import type { RateUsed, Step } from './types';

/** How many children's part-time equivalents are listed one by one. */
export const MAX_LISTED = 50;

export const BLOCK_EXPLAINER: Explainer<BlockArgs, BlockTerms, number> = {
  def: BLOCK,
  summary: EXPLAIN.summary['DSG.BLOCK'],
  describeArgs: (a, raw) => [
    arg('block', raw[0], `"${BLOCK_NAME[a.block]}"`),
    numberArg('units', raw[1], a.units),
    arg('rate', raw[2], money(a.rate), a.rateDefaulted ? EXPLAIN.blankCountsAs(money(a.rate)) : undefined),
    arg('year', raw[3], a.year === undefined ? EXPLAIN.notGiven : formatYear(a.year)),
  ],
  rates: (t, a) => {
    const out: RateUsed[] = [];
    if (a.rateDefaulted) {
      out.push({
        label: EXPLAIN.highNeedsPlace,
        value: HIGH_NEEDS_PLACE_RATE,
        display: EXPLAIN.perPlace(money(HIGH_NEEDS_PLACE_RATE)),
        source: BUILT_IN_SOURCES.highNeedsPlace,
      });
    }
    if (t.block === 'earlyYears') {
      out.push({ label: EXPLAIN.earlyYearsHours, value: t.factor, display: EXPLAIN.hours(num(t.factor)), source: BUILT_IN_SOURCES.earlyYearsHours });
    }
    if (t.block === 'central') {
      out.push({ label: EXPLAIN.cssbFirstYear, value: CSSB_FIRST_YEAR, display: formatYear(CSSB_FIRST_YEAR), source: BUILT_IN_SOURCES.cssbFirstYear });
    }
    return out;
  },
  steps: (t) => {
    const label = EXPLAIN.stepBlock(BLOCK_NAME[t.block]);
    if (t.block === 'earlyYears') return [step(label, `${num(t.units)} × ${num(t.rate)} × ${num(EARLY_YEARS_HOURS)}`, t.amount)];
    return [step(label, `${num(t.units)} × ${num(t.rate)}`, t.amount)];
  },
};

function pteSteps(t: PteTerms, a: PteArgs): Step[] {
  const out: Step[] = [];
  const { grid } = a;
  let n = 0;
  grid.cells.forEach((h, i) => {
    if (h === null) return;
    if (n < MAX_LISTED) {
      const where = cellRef('hours', Math.floor(i / grid.cols), i % grid.cols, grid.rows, grid.cols);
      out.push(step(EXPLAIN.stepChildPte(where), `min(${num(h)} ÷ ${num(PTE_HOURS)}, 1)`, t.parts[n]));
    }
    n++;
  });
  out.push(step(EXPLAIN.stepPteTotal, sumExpr(t.parts, EXPLAIN.childrenPtes), t.total));
  return out;
}

export const PTE_EXPLAINER: Explainer<PteArgs, PteTerms, number> = {
  def: PTE,
  summary: EXPLAIN.summary['DSG.PTE'],
  describeArgs: (a, raw) => [
    arg('hours', raw[0], showGiven(raw[0]), EXPLAIN.childrenCounted(a.hours.length, a.grid.cells.length - a.hours.length)),
  ],
  rates: () => [{ label: EXPLAIN.pteHours, value: PTE_HOURS, display: EXPLAIN.hours(num(PTE_HOURS)), source: BUILT_IN_SOURCES.pteHours }],
  steps: pteSteps,
};

export const SUMMARY_EXPLAINER: Explainer<SummaryArgs, SummaryTerms, Matrix> = {
  def: SUMMARY,
  summary: EXPLAIN.summary['DSG.SUMMARY'],
  describeArgs: (a, raw) => [
    numberArg('schools', raw[0], a.schools, 'money'),
    numberArg('earlyYears', raw[1], a.earlyYears, 'money'),
    numberArg('highNeeds', raw[2], a.highNeeds, 'money'),
    a.central === undefined ? arg('central', raw[3], EXPLAIN.rowLeftOut) : numberArg('central', raw[3], a.central, 'money'),
    a.recoupment < 0
      ? arg('recoupment', raw[4], money(a.recoupment), EXPLAIN.recoupmentEitherSign)
      : numberArg('recoupment', raw[4], a.recoupment, 'money'),
  ],
  rates: () => [],
  steps: (t) => {
    const blocks = [t.schools, t.earlyYears, t.highNeeds, ...(t.central === undefined ? [] : [t.central])];
    return [
      step(EXPLAIN.stepDsgTotal, blocks.map(num).join(' + '), t.total),
      step(EXPLAIN.stepRecoupment, t.recoupment === 0 ? '0' : `−${num(-t.recoupment)}`, t.recoupment),
      step(EXPLAIN.stepNet, `${num(t.total)} − ${num(-t.recoupment)}`, t.net),
    ];
  },
};

export const TRANSFER_EXPLAINER: Explainer<TransferArgs, TransferTerms, number> = {
  def: TRANSFER,
  summary: EXPLAIN.summary['DSG.TRANSFER'],
  describeArgs: (a, raw) => [
    numberArg('schoolsBlock', raw[0], a.schoolsBlock, 'money'),
    numberArg('amount', raw[1], a.amount, 'money'),
    arg('year', raw[2], formatYear(a.year)),
    arg('approved', raw[3], a.approved ? 'TRUE' : 'FALSE', givenBlank(raw[3]) ? EXPLAIN.blankDefault : undefined),
  ],
  rates: (t) =>
    t.limit === undefined
      ? []
      : [{ label: EXPLAIN.transferLimit, value: 1 / TRANSFER_LIMIT_DIVISOR, display: '0.5%', year: EXPLAIN.fromYear(formatYear(CSSB_FIRST_YEAR)), source: BUILT_IN_SOURCES.transferLimit }],
  steps: (t, a) => {
    const out: Step[] = [];
    if (t.limit === undefined) {
      out.push(step(EXPLAIN.stepNoLimit, EXPLAIN.beforeYear(formatYear(a.year), formatYear(CSSB_FIRST_YEAR)), t.allowed));
    } else {
      out.push(
        step(EXPLAIN.stepLimit, `${num(a.schoolsBlock)} ÷ ${num(TRANSFER_LIMIT_DIVISOR)}`, t.limit),
        step(EXPLAIN.stepWithinLimit, `${num(a.amount)} ≤ ${num(t.limit)}`, t.withinLimit === true),
      );
      if (t.withinLimit !== true) out.push(step(EXPLAIN.stepApproved, 'approved', t.allowed));
    }
    if (t.allowed) out.push(step(EXPLAIN.stepAmountMoved, num(a.amount), a.amount));
    return out;
  },
};
