/**
 * `npm run --silent calc -- '<formula>'`: evaluates one formula with the add-in's
 * `ESG.*` functions on HyperFormula and prints one line of JSON on stdout:
 * a number, string or boolean; a 2-D array for a spilled result; or
 * `{"error":"#VALUE!","message":"..."}` for an error value.
 * Exit 0 when the formula evaluated (even to an error), 2 on a usage error.
 * `--empty=desktop` (or ESG_EMPTY=desktop) passes an empty referenced cell as 0, as Excel
 * for Windows does; the default is null, as Excel on the web does.
 */
import type { EmptyCellMode } from '../hf/engine';
import { evaluateFormula, type CalcOutput } from './evaluate';

const USAGE = `usage: npm run --silent calc -- [--empty=web|desktop] '<formula>'
  e.g. npm run --silent calc -- '=ESG.GRANT(44095,579,0,44769,"2015-16")'`;

const EMPTY_FLAG = /^--empty=(web|desktop)$/;

export function main(argv: readonly string[]): { code: number; stdout?: string; stderr?: string } {
  let empty: EmptyCellMode | undefined;
  const args: string[] = [];
  for (const a of argv) {
    if (a === '--') continue;
    const m = EMPTY_FLAG.exec(a);
    if (m) empty = m[1] as EmptyCellMode;
    else args.push(a);
  }
  if (args.length !== 1 || args[0] === '-h' || args[0] === '--help' || args[0].trim() === '') {
    return { code: 2, stderr: USAGE };
  }
  const out: CalcOutput = evaluateFormula(args[0], empty === undefined ? {} : { empty });
  if ('usageError' in out) return { code: 2, stderr: `${out.usageError}\n${USAGE}` };
  return { code: 0, stdout: JSON.stringify(out.value) };
}

if (require.main === module) {
  const { code, stdout, stderr } = main(process.argv.slice(2));
  if (stdout !== undefined) process.stdout.write(`${stdout}\n`);
  if (stderr !== undefined) process.stderr.write(`${stderr}\n`);
  process.exitCode = code;
}
