/** Explanations of ESG.TRADED.SURPLUS, SHARE, SPLIT, PRICE and TECKAL. */
import type { Grid } from '../input';
import { EXPLAIN } from '../messages';
import { BUILT_IN_SOURCES } from '../rates';
import type { Matrix } from '../result';
import {
  PRICE,
  SHARE,
  SPLIT,
  SURPLUS,
  TECKAL,
  TECKAL_LIMIT,
  type Band,
  type PriceArgs,
  type PriceTerms,
  type ShareArgs,
  type ShareTerms,
  type SplitArgs,
  type SplitTerms,
  type SurplusArgs,
  type SurplusTerms,
  type TeckalArgs,
  type TeckalTerms,
} from '../traded';
import { arg, numberArg, step, sumExpr, type Explainer } from './build';
import { givenBlank, money, num, pct, showGiven } from './format';
import type { ExplainedArg, Step } from './types';

function values(grid: Grid<number | null>): number[] {
  return grid.cells.filter((v): v is number => v !== null);
}

export const SURPLUS_EXPLAINER: Explainer<SurplusArgs, SurplusTerms, number> = {
  def: SURPLUS,
  summary: EXPLAIN.summary['TRADED.SURPLUS'],
  describeArgs: (_a, raw) => [arg('income', raw[0], showGiven(raw[0])), arg('costs', raw[1], showGiven(raw[1]))],
  rates: () => [],
  steps: (t, a) => [
    step(EXPLAIN.stepIncome, sumExpr(values(a.income), EXPLAIN.amounts), t.income),
    step(EXPLAIN.stepCosts, sumExpr(values(a.costs), EXPLAIN.amounts), t.costs),
    step(EXPLAIN.stepSurplus, `${num(t.income)} − ${num(t.costs)}`, t.surplus),
  ],
};

function bandArgs(a: ShareArgs, raw: readonly unknown[]): ExplainedArg[] {
  return [
    numberArg('surplus', raw[0], a.surplus, 'money'),
    arg('thresholds', raw[1], a.bands.map((b) => money(b.from)).join(', ')),
    arg('ratios', raw[2], a.bands.map((b) => pct(b.ratio)).join(', ')),
  ];
}

function methodArg(raw: unknown, method: string): ExplainedArg {
  return arg('method', raw, `"${method}"`, givenBlank(raw) ? EXPLAIN.blankDefault : undefined);
}

function bandName(bands: readonly Band[], from: number): string {
  const i = bands.findIndex((b) => b.from === from);
  const to = i + 1 < bands.length ? bands[i + 1].from : undefined;
  return EXPLAIN.band(i + 1, money(from), to === undefined ? undefined : money(to));
}

/** The steps of the council's share of `t.surplus`, as shareCore worked them out. */
export function shareSteps(t: ShareTerms, bands: readonly Band[], group?: string): Step[] {
  if (t.slices.length === 0) return [step(EXPLAIN.stepNoSurplus, `${num(t.surplus)} ≤ 0`, t.share, group)];
  const out: Step[] = [];
  if (t.method === 'whole') {
    const s = t.slices[0];
    out.push(
      step(EXPLAIN.stepBandReached(bandName(bands, s.from)), `${num(t.surplus)} ≥ ${num(s.from)}`, true, group),
      step(EXPLAIN.stepWholeShare(pct(s.ratio)), `${num(s.ratio)} × ${num(t.surplus)}`, t.share, group),
    );
    return out;
  }
  for (const s of t.slices) {
    const name = bandName(bands, s.from);
    const slice = s.to === undefined ? `${num(t.surplus)} − ${num(s.from)}` : `min(${num(t.surplus)}, ${num(s.to)}) − ${num(s.from)}`;
    out.push(
      step(EXPLAIN.stepSlice(name), slice, s.slice, group),
      step(EXPLAIN.stepSliceShare(name, pct(s.ratio)), `${num(s.ratio)} × ${num(s.slice)}`, s.share, group),
    );
  }
  out.push(step(EXPLAIN.stepCouncilShare, t.slices.map((s) => num(s.share)).join(' + '), t.share, group));
  return out;
}

export const SHARE_EXPLAINER: Explainer<ShareArgs, ShareTerms, number> = {
  def: SHARE,
  summary: EXPLAIN.summary['TRADED.SHARE'],
  describeArgs: (a, raw) => [...bandArgs(a, raw), methodArg(raw[3], a.method)],
  rates: () => [],
  steps: (t, a) => shareSteps(t, a.bands),
};

export const SPLIT_EXPLAINER: Explainer<SplitArgs, SplitTerms, Matrix> = {
  def: SPLIT,
  summary: EXPLAIN.summary['TRADED.SPLIT'],
  describeArgs: (a, raw) => [...bandArgs(a, raw), numberArg('ringfence', raw[3], a.ringfence, 'percent'), methodArg(raw[4], a.method)],
  rates: () => [],
  steps: (t, a) => [
    step(EXPLAIN.stepRingfenced, t.surplus > 0 ? `${num(t.ringfence)} × ${num(t.surplus)}` : `${num(t.surplus)} ≤ 0`, t.ringfenced),
    step(EXPLAIN.stepNetSurplus, `${num(t.surplus)} − ${num(t.ringfenced)}`, t.net),
    ...shareSteps(t.council, a.bands, EXPLAIN.groupCouncilShare),
    step(EXPLAIN.stepRetainedByArm, `${num(t.net)} − ${num(t.council.share)}`, t.retained),
  ],
};

export const PRICE_EXPLAINER: Explainer<PriceArgs, PriceTerms, number> = {
  def: PRICE,
  summary: EXPLAIN.summary['TRADED.PRICE'],
  describeArgs: (a, raw) => [
    numberArg('directCost', raw[0], a.directCost, 'money'),
    numberArg('overheadRate', raw[1], a.overheadRate, 'percent'),
    numberArg('units', raw[2], a.units),
    numberArg('margin', raw[3], a.margin, 'percent'),
  ],
  rates: () => [],
  steps: (t, a) => [
    step(EXPLAIN.stepFullCost, `${num(a.directCost)} × (1 + ${num(a.overheadRate)})`, t.fullCost),
    step(EXPLAIN.stepWithMargin, `${num(t.fullCost)} × (1 + ${num(a.margin)})`, t.withMargin),
    step(EXPLAIN.stepPrice, `${num(t.withMargin)} ÷ ${num(a.units)}`, t.price),
  ],
};

export const TECKAL_EXPLAINER: Explainer<TeckalArgs, TeckalTerms, number> = {
  def: TECKAL,
  summary: EXPLAIN.summary['TRADED.TECKAL'],
  describeArgs: (a, raw) => [
    numberArg('councilTurnover', raw[0], a.councilTurnover, 'money'),
    numberArg('otherTurnover', raw[1], a.otherTurnover, 'money'),
  ],
  rates: () => [{ label: EXPLAIN.teckalLimit, value: TECKAL_LIMIT, display: pct(TECKAL_LIMIT), source: BUILT_IN_SOURCES.teckalLimit }],
  steps: (t, a) => {
    const out: Step[] = [step(EXPLAIN.stepTurnover, `${num(a.councilTurnover)} + ${num(a.otherTurnover)}`, t.total)];
    if (t.outsideShare !== undefined) {
      out.push(
        step(EXPLAIN.stepOutsideShare, `${num(a.otherTurnover)} ÷ ${num(t.total)}`, t.outsideShare),
        step(EXPLAIN.stepExempt, `${num(t.outsideShare)} ≤ ${num(TECKAL_LIMIT)}`, t.exempt),
      );
    }
    return out;
  },
};
