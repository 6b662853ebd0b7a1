/**
 * HyperFormula recalculation: a column of ESG.* calls against the same maths written as
 * native formulas, in the same engine and the same run, after changing every input.
 */
import type { HyperFormula } from 'hyperformula';
import { createHyperFormula } from '../src/hf/engine';
import { timeMs } from './stats';

export interface RecalcRow {
  case: string;
  rows: number;
  customMs: number;
  nativeMs: number;
  ratio: number;
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
  return createHyperFormula({ Bench: data }, { maxRows: Math.max(40_000, rows + 10) });
}

function changeAllInputs(hf: HyperFormula, rows: number, c: Case, round: number): void {
  const inputs = Array.from({ length: rows }, (_, i) => c.inputs(i, round));
  hf.setCellContents({ sheet: 0, row: 0, col: 0 }, inputs);
}

function recalcTime(rows: number, c: Case, formula: (r: number) => string): { ms: number; check: number } {
  const hf = build(rows, c, formula);
  let round = 1;
  const ms = timeMs(() => changeAllInputs(hf, rows, c, round++), rows <= 10_000 ? 9 : 3);
  const check = Number(hf.getCellValue({ sheet: 0, row: rows - 1, col: 4 }));
  hf.destroy();
  return { ms, check };
}

export function benchRecalc(sizes: readonly number[] = [10_000, 100_000]): RecalcRow[] {
  const out: RecalcRow[] = [];
  for (const c of CASES) {
    for (const rows of sizes) {
      const custom = recalcTime(rows, c, c.custom);
      const native = recalcTime(rows, c, c.native);
      if (Math.abs(custom.check - native.check) > 1e-6 * Math.max(1, Math.abs(native.check))) {
        throw new Error(`${c.name}: custom ${custom.check} and native ${native.check} disagree`);
      }
      out.push({ case: c.name, rows, customMs: custom.ms, nativeMs: native.ms, ratio: custom.ms / native.ms });
    }
  }
  return out;
}
