/**
 * Probes of what Excel passes to, and shows from, our custom functions. Each writes
 * `=ESG.…` formulas on its scratch sheet referencing cells it set up, lets the workbook
 * calculate and reads the results: the only way to see what the host really does.
 */
import type { CellRead } from '../workbook/selftest-port';
import { fail, pass, show, skip, type Probe } from './types';

const isError = (c: CellRead | undefined): boolean => c?.type === 'error';
const same = (a: CellRead | undefined, b: CellRead | undefined): boolean => a?.type === b?.type && a?.value === b?.value;

export const emptyCellProbe: Probe = {
  id: 'empty-cell-argument',
  title: 'Empty cell as an argument',
  checks: 'An optional argument fed from an empty cell gives the same result as leaving it out (desktop passes 0, the web passes null).',
  expected: 'Blank cell and omitted argument give the same result.',
  async run({ cells }) {
    // A1 stays empty. Year is optional for every block.
    await cells.put('B1', [
      ['=ESG.DSG.BLOCK("Schools",100,4000,A1)'],
      ['=ESG.DSG.BLOCK("Schools",100,4000)'],
      ['=ESG.DSG.BLOCK("Schools",100,4000,0)'],
    ]);
    const [[blank], [omitted], [zero]] = await cells.read('B1:B3');
    const passed = same(blank, zero) && !same(blank, omitted) ? 'the host passed the empty cell as 0' : same(blank, omitted) && !same(blank, zero) ? 'the host passed it as null, or the add-in treats 0 and blank alike' : 'what the host passed cannot be told apart';
    const seen = `blank → ${show(blank)}; omitted → ${show(omitted)}; literal 0 → ${show(zero)} (${passed}).`;
    return same(blank, omitted) ? pass(seen) : fail(seen);
  },
};

const PER_CELL = [400000, 800000, 1200000];

export const rangeToSingleProbe: Probe = {
  id: 'range-to-single-argument',
  title: 'Range passed to a single-value argument',
  checks: 'A multi-cell range given where one value is expected never yields one plausible amount.',
  expected: 'An error, or one result per cell spilled (400000, 800000, 1200000).',
  async run({ cells }) {
    await cells.put('A1', [
      [100, '=ESG.DSG.BLOCK("Schools",A1:A3,4000,"2015-16")'],
      [200, ''],
      [300, ''],
    ]);
    const got = (await cells.read('B1:B3')).map((row) => row[0]);
    const seen = `B1:B3 → ${got.map(show).join(', ')}.`;
    if (isError(got[0])) return pass(`${seen} (an error)`);
    const lifted = got.every((c, i) => c.type === 'number' && c.value === PER_CELL[i]);
    return lifted ? pass(`${seen} (one result per cell)`) : fail(seen);
  },
};

export const spillErrorProbe: Probe = {
  id: 'spill-error',
  title: 'Error returned from a spilling function',
  checks: 'When DSG.SUMMARY returns an error instead of its table, the cell shows that error and its old spill area is emptied.',
  expected: 'First a spilled table; then #VALUE! in the formula cell and nothing below it.',
  async run({ cells }) {
    await cells.put('A1', [[1000000, '=ESG.DSG.SUMMARY(A1,200000,300000)']]);
    const before = await cells.read('B1:C6');
    const spilled = before.filter((row) => row.some((c) => c.type !== 'empty')).length;
    await cells.put('A1', [['not a number']]);
    const after = await cells.read('B1:C6');
    const anchor = after[0][0];
    const leftovers = after.flat().slice(1).filter((c) => c.type !== 'empty');
    const seen = `before: ${spilled} row(s) spilled; after: B1 → ${show(anchor)}, ${leftovers.length} other cell(s) not empty${leftovers.length ? ` (${leftovers.slice(0, 3).map(show).join(', ')})` : ''}.`;
    if (spilled < 2) return fail(`${seen} The summary did not spill, so the error case could not be judged.`);
    const ok = isError(anchor) && anchor.value !== '#SPILL!' && anchor.value !== '#CALC!' && leftovers.length === 0;
    return ok ? pass(seen) : fail(seen);
  },
};

export const dataTypeProbe: Probe = {
  id: 'data-type-argument',
  title: 'Data type in an argument',
  checks: 'A cell holding a data type (an entity card, as linked data types are) given as a number argument gives a clear error, not an amount.',
  expected: 'An error such as #VALUE!.',
  async run({ host, sheet, cells }) {
    const made = await host.writeDataType(sheet, 'A1', 'Maple Primary School');
    if (!made) return skip('This host has no data types (needs ExcelApi 1.16).');
    await cells.put('B1', [['=ESG.DSG.BLOCK("Schools",A1,4000,"2015-16")']]);
    const [[result]] = await cells.read('B1');
    const seen = `=ESG.DSG.BLOCK("Schools",<data type>,4000,"2015-16") → ${show(result)}.`;
    return isError(result) ? pass(seen) : fail(seen);
  },
};

export const FUNCTION_PROBES: readonly Probe[] = [emptyCellProbe, rangeToSingleProbe, spillErrorProbe, dataTypeProbe];
