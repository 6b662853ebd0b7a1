/** Explanation of ESG.MIX. */
import { EXPLAIN, LABELS } from '../messages';
import { MIX, STATUS_LABEL, type MixArgs, type MixTerms } from '../mix';
import { BUILT_IN_SOURCES } from '../rates';
import type { Matrix } from '../result';
import { arg, numberArg, step, type Explainer } from './build';
import { num, pct } from './format';
import type { Step } from './types';

const bandText = (b: { min: number; max: number }) => EXPLAIN.range(pct(b.min), pct(b.max));

export const MIX_EXPLAINER: Explainer<MixArgs, MixTerms, Matrix> = {
  def: MIX,
  summary: EXPLAIN.summary.MIX,
  describeArgs: (a, raw) => [
    numberArg('core', raw[0], a.amounts[0]),
    numberArg('corePlus', raw[1], a.amounts[1]),
    numberArg('traded', raw[2], a.amounts[2]),
    arg('bands', raw[3], a.bands.map(bandText).join('; '), a.bandsDefaulted ? EXPLAIN.blankDefault : undefined),
  ],
  rates: (_t, a) =>
    a.bands.map((b, i) => ({
      label: EXPLAIN.mixRange(LABELS.mixActivities[i]),
      value: b.min,
      display: bandText(b),
      source: a.bandsDefaulted ? BUILT_IN_SOURCES.mixBands : EXPLAIN.bandsArgument,
    })),
  steps: (t, a) => {
    const out: Step[] = [step(EXPLAIN.stepStaffTotal, a.amounts.map(num).join(' + '), t.total)];
    t.rows.forEach((r, i) => {
      const g = LABELS.mixActivities[i];
      out.push(
        step(EXPLAIN.stepMixShare, `${num(r.amount)} ÷ ${num(t.total)}`, r.share, g),
        step(EXPLAIN.stepMixStatus, EXPLAIN.against(pct(r.share), bandText(r.band)), STATUS_LABEL[r.status], g),
      );
    });
    return out;
  },
};
