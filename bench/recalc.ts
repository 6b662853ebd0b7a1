/**
 * HyperFormula recalculation: a column of ESG.* calls against the same maths written as
 * native formulas, in the same engine and the same run, after changing every input.
 *
 * Measured A/B interleaved: both workbooks are built first, then each round changes every
 * input of the custom workbook, then of the native one (alternating which goes first), so
 * a busy neighbour slows both sides alike. The ratio is the median of the per-round
 * ratios; the ms columns are the medians of each side.
 */
import { performance } from 'perf_hooks';
import type { HyperFormula } from 'hyperformula';
import { createHyperFormula } from '../src/hf/engine';
import { median } from './stats';

export interface RecalcRow {
  case: string;
  rows: number;
  customMs: number;
  nativeMs: number;
  ratio: number;
  /** How many interleaved A/B rounds were timed. */
  rounds: number;
}

interface Case {
  name: string;
  inputs: (i: number, round: number) => (number | string)[];
  custom: (r: number) => string;
  native: (r: number) => string;
}

const CASES: Case[] = [
  {
    name: 'ESG.GRANT vs native',
    inputs: (i, round) => [1000 + ((i * 7 + round) % 500), (i + round) % 20, (i + 2 * round) % 5, 900 + ((i * 3 + round) % 400)],
    custom: (r) => `=ESG.GRANT(A${r},B${r},C${r},D${r})`,
    native: (r) => `=87*(A${r}+4.25*B${r}+3.75*C${r})+15*(A${r}+B${r}+C${r}+D${r})`,
  },
  {
    name: 'ESG.TRADED.SHARE vs native',
    // surplus in A; bands 0 / 50,000 / 100,000 at 50% / 25% / 10% (constants in G1:I2)
    inputs: (i, round) => [((i * 7919 + round * 104729) % 250000) - 20000, 0, 0, 0],
    custom: (r) => `=ESG.TRADED.SHARE(A${r},$G$1:$I$1,$G$2:$I$2)`,
    native: (r) =>
      `=IF(A${r}<=0,0,0.5*MIN(A${r},50000)+0.25*MAX(0,MIN(A${r},100000)-50000)+0.1*MAX(0,A${r}-100000))`,
  },
];

function build(rows: number, c: Case, formula: (r: number) => string): HyperFormula {
  const data: (number | string | null)[][] = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 1;
    const row: (number | string | null)[] = [...c.inputs(i, 0), formula(r), null, null, null, null];
    data.push(row);
  }
  data[0][6] = 0; data[0][7] = 50000; data[0][8] = 100000;
  data[1][6] = 0.5; data[1][7] = 0.25; data[1][8] = 0.1;
  return createHyperFormula({ Bench: data }); // Excel's 1,048,576 rows (HF_CONFIG)
}

function changeAllInputs(hf: HyperFormula, rows: number, c: Case, round: number): number {
  const inputs = Array.from({ length: rows }, (_, i) => c.inputs(i, round));
  const t0 = performance.now();
  hf.setCellContents({ sheet: 0, row: 0, col: 0 }, inputs);
  return performance.now() - t0;
}

function lastResult(hf: HyperFormula, rows: number): number {
  return Number(hf.getCellValue({ sheet: 0, row: rows - 1, col: 4 }));
}

/** Rounds per size: enough for a stable median on a shared 2-core machine. */
function roundsFor(rows: number): number {
  return rows <= 10_000 ? 21 : 7;
}

export function benchRecalcCase(c: Case, rows: number, rounds = roundsFor(rows)): RecalcRow {
  const custom = build(rows, c, c.custom);
  const native = build(rows, c, c.native);
  try {
    // One warm-up round each.
    changeAllInputs(custom, rows, c, 1);
    changeAllInputs(native, rows, c, 1);
    const customTimes: number[] = [];
    const nativeTimes: number[] = [];
    const ratios: number[] = [];
    for (let k = 0; k < rounds; k++) {
      const round = k + 2;
      let a: number;
      let b: number;
      if (k % 2 === 0) {
        a = changeAllInputs(custom, rows, c, round);
        b = changeAllInputs(native, rows, c, round);
      } else {
        b = changeAllInputs(native, rows, c, round);
        a = changeAllInputs(custom, rows, c, round);
      }
      customTimes.push(a);
      nativeTimes.push(b);
      ratios.push(a / b);
    }
    const got = lastResult(custom, rows);
    const want = lastResult(native, rows);
    if (!(Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want)))) {
      throw new Error(`${c.name}: custom ${got} and native ${want} disagree`);
    }
    return { case: c.name, rows, customMs: median(customTimes), nativeMs: median(nativeTimes), ratio: median(ratios), rounds };
  } finally {
    custom.destroy();
    native.destroy();
  }
}

export function benchRecalc(sizes: readonly number[] = [10_000, 100_000], rounds?: number): RecalcRow[] {
  const out: RecalcRow[] = [];
  for (const c of CASES) for (const rows of sizes) out.push(benchRecalcCase(c, rows, rounds ?? roundsFor(rows)));
  return out;
}

/** `npx tsx bench/recalc.ts [--rounds=N] [rows...]`: this section alone. */
if (require.main === module) {
  const args = process.argv.slice(2);
  const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length)) || undefined;
  const sizes = args.map(Number).filter((n) => n > 0);
  for (const r of benchRecalc(sizes.length > 0 ? sizes : undefined, rounds)) {
    console.log(`${r.case} @${r.rows}: custom ${r.customMs.toFixed(1)} ms, native ${r.nativeMs.toFixed(1)} ms, ratio ${r.ratio.toFixed(3)} (${r.rounds} A/B rounds)`);
  }
}
