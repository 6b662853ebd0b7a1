/** Explanations of ESG.RATE, ESG.GRANT and ESG.PROJECT. */
import {
  GRANT,
  PROJECT,
  RATE,
  rateOf,
  type GrantArgs,
  type GrantBreakdown,
  type EsgPupils,
  type GrantElement,
  type ProjectInput,
  type ProjectRow,
  type RateArgs,
  type RateElement,
} from '../esg';
import { EXPLAIN } from '../messages';
import { ESG_RATE_SOURCES, type EsgRates } from '../rates';
import type { Matrix } from '../result';
import { formatYear, type FinancialYear } from '../years';
import { arg, numberArg, step, type Explainer } from './build';
import { givenBlank, money, num } from './format';
import type { ExplainedArg, RateUsed, Step } from './types';

function choice(name: string, given: unknown, value: string): ExplainedArg {
  return arg(name, given, `"${value}"`, givenBlank(given) ? EXPLAIN.blankDefault : undefined);
}

function yearArg(name: string, given: unknown, year: FinancialYear): ExplainedArg {
  return arg(name, given, formatYear(year), givenBlank(given) ? EXPLAIN.blankDefault : undefined);
}

type Which = 'general' | 'retained' | 'specialWeight' | 'pruWeight';

/** One figure of a rates row, with its year and source; `override` names the argument that replaced it. */
/** The four pupil-count arguments GRANT and PROJECT share, as read. */
function pupilArgs(raw: readonly unknown[], p: EsgPupils): ExplainedArg[] {
  return [
    numberArg('mainstream', raw[0], p.mainstream),
    numberArg('special', raw[1], p.special),
    numberArg('pru', raw[2], p.pru),
    numberArg('academies', raw[3], p.academies),
  ];
}

function esgRate(rates: EsgRates, which: Which, year: FinancialYear, override?: string): RateUsed {
  const value = rates[which];
  const sources = ESG_RATE_SOURCES[year];
  const y = formatYear(year);
  const isWeight = which === 'specialWeight' || which === 'pruWeight';
  const display = isWeight ? num(value) : EXPLAIN.perPupil(money(value));
  let source: string;
  if (override !== undefined) source = EXPLAIN.argumentOverride(override);
  else if (sources === undefined) source = EXPLAIN.noPublishedRow(y);
  else source = isWeight ? sources.weights : which === 'general' ? sources.general : sources.retained;
  return { label: EXPLAIN.rateLabel[which], value, display, year: y, source };
}

const RATE_WHICH: Record<RateElement, Which> = {
  general: 'general',
  retained: 'retained',
  special: 'specialWeight',
  pru: 'pruWeight',
};

export const RATE_EXPLAINER: Explainer<RateArgs, EsgRates, number> = {
  def: RATE,
  summary: EXPLAIN.summary.RATE,
  describeArgs: (a, raw) => [yearArg('year', raw[0], a.year), choice('element', raw[1], a.element)],
  rates: (rates, a) => [esgRate(rates, RATE_WHICH[a.element], a.year)],
  steps: (rates, a) => [
    step(EXPLAIN.rateLabel[RATE_WHICH[a.element]], EXPLAIN.tableLookup(formatYear(a.year)), rateOf(rates, a.element)),
  ],
};

/** The general element's expression, e.g. "87 × (44,095 + 4.25 × 579 + 3.75 × 0)". */
function weightedExpr(r: EsgRates, mainstream: number, special: number, pru: number): string {
  return `${num(mainstream)} + ${num(r.specialWeight)} × ${num(special)} + ${num(r.pruWeight)} × ${num(pru)}`;
}

const usesGeneral = (el: GrantElement) => el !== 'retained';
const usesRetained = (el: GrantElement) => el !== 'general';

export const GRANT_EXPLAINER: Explainer<GrantArgs, GrantBreakdown, number> = {
  def: GRANT,
  summary: EXPLAIN.summary.GRANT,
  describeArgs: (a, raw) => [
    ...pupilArgs(raw, a.pupils),
    yearArg('year', raw[4], a.year),
    choice('element', raw[5], a.element),
    a.generalRate === undefined
      ? arg('generalRate', raw[6], EXPLAIN.publishedRate)
      : arg('generalRate', raw[6], money(a.generalRate)),
    a.retainedRate === undefined
      ? arg('retainedRate', raw[7], EXPLAIN.publishedRate)
      : arg('retainedRate', raw[7], money(a.retainedRate)),
  ],
  rates: (t, a) => {
    const out: RateUsed[] = [];
    if (usesGeneral(a.element)) {
      out.push(
        esgRate(t.rates, 'general', a.year, a.generalRate === undefined ? undefined : 'generalRate'),
        esgRate(t.rates, 'specialWeight', a.year),
        esgRate(t.rates, 'pruWeight', a.year),
      );
    }
    if (usesRetained(a.element)) {
      out.push(esgRate(t.rates, 'retained', a.year, a.retainedRate === undefined ? undefined : 'retainedRate'));
    }
    return out;
  },
  steps: (t, a) => {
    const p = a.pupils;
    const r = t.rates;
    const out: Step[] = [];
    if (usesGeneral(a.element)) {
      const weighted = weightedExpr(r, p.mainstream, p.special, p.pru);
      out.push(
        step(EXPLAIN.stepWeighted, weighted, t.weightedPupils),
        step(EXPLAIN.stepGeneral, `${num(r.general)} × (${weighted})`, t.general),
      );
    }
    if (usesRetained(a.element)) {
      out.push(
        step(EXPLAIN.stepAllPupils, `${num(p.mainstream)} + ${num(p.special)} + ${num(p.pru)} + ${num(p.academies)}`, t.allPupils),
        step(EXPLAIN.stepRetained, `${num(r.retained)} × ${num(t.allPupils)}`, t.retained),
      );
    }
    if (a.element === 'total') out.push(step(EXPLAIN.stepTotal, `${num(t.general)} + ${num(t.retained)}`, t.total));
    return out;
  },
};

type ProjectArgs = ProjectInput;

/** The expression of a year's closing maintained mainstream pupils, as projectCore works it out. */
function mainstreamExpr(a: ProjectArgs, k: number, previous: number): string {
  const c = num(a.conversion);
  const prev = num(previous);
  switch (a.mode) {
    case 'pupils':
      return `${prev} − min(${c}, ${prev})`;
    case 'percent':
      return `max(0, ${prev} − ${c} × ${prev})`;
    case 'target':
      return `${c} + (${num(a.pupils.mainstream)} − ${c}) × ${num(a.years - k)} ÷ ${num(a.years)}`;
  }
}

function projectRates(rows: readonly ProjectRow[], a: ProjectArgs): RateUsed[] {
  const years = a.rates === 'held' ? [rows[0]] : rows;
  const out: RateUsed[] = [];
  for (const row of years) {
    // With held rates every year uses the start year's row.
    const year = a.rates === 'held' ? a.startYear : row.year;
    out.push(
      esgRate(row.rates, 'general', year),
      esgRate(row.rates, 'retained', year),
      esgRate(row.rates, 'specialWeight', year),
      esgRate(row.rates, 'pruWeight', year),
    );
  }
  return out;
}

function projectSteps(rows: readonly ProjectRow[], a: ProjectArgs): Step[] {
  const p = a.pupils;
  const out: Step[] = [];
  const first = rows[0];
  out.push(
    step(EXPLAIN.stepAllPupilsHeld, `${num(p.mainstream)} + ${num(p.special)} + ${num(p.pru)} + ${num(p.academies)}`, first.allPupils),
  );
  let previous = p.mainstream;
  rows.forEach((row, k) => {
    const g = formatYear(row.year);
    const r = row.rates;
    if (k === 0) {
      out.push(step(EXPLAIN.stepBaseMainstream, num(p.mainstream), row.mainstream, g));
    } else {
      out.push(step(EXPLAIN.stepClosingMainstream(a.mode), mainstreamExpr(a, k, previous), row.mainstream, g));
      if (a.timing === 'even') {
        out.push(step(EXPLAIN.stepAverageMainstream, `(${num(previous)} + ${num(row.mainstream)}) ÷ 2`, row.generalMainstream, g));
      }
    }
    out.push(
      step(EXPLAIN.stepMaintained, `${num(row.mainstream)} + ${num(p.special)} + ${num(p.pru)}`, row.maintained, g),
      step(EXPLAIN.stepAcademies, `${num(p.academies)} + (${num(p.mainstream)} − ${num(row.mainstream)})`, row.academies, g),
      step(EXPLAIN.stepGeneral, `${num(r.general)} × (${weightedExpr(r, row.generalMainstream, p.special, p.pru)})`, row.general, g),
      step(EXPLAIN.stepRetained, `${num(r.retained)} × ${num(row.allPupils)}`, row.retained, g),
      step(EXPLAIN.stepTotal, `${num(row.general)} + ${num(row.retained)}`, row.total, g),
    );
    previous = row.mainstream;
  });
  return out;
}

export const PROJECT_EXPLAINER: Explainer<ProjectArgs, ProjectRow[], Matrix> = {
  def: PROJECT,
  summary: EXPLAIN.summary.PROJECT,
  describeArgs: (a, raw) => [
    ...pupilArgs(raw, a.pupils),
    yearArg('startYear', raw[4], a.startYear),
    numberArg('years', raw[5], a.years),
    numberArg('conversion', raw[6], a.conversion, a.mode === 'percent' ? 'percent' : 'plain'),
    choice('mode', raw[7], a.mode),
    choice('timing', raw[8], a.timing),
    choice('rates', raw[9], a.rates),
  ],
  rates: projectRates,
  steps: projectSteps,
};
