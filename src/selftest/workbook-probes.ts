/**
 * Probes of the workbook calls the add-in makes: each goes through the product's own port
 * (the adapter the pane uses), so in Excel it exercises exactly what a Switch or Set up does.
 */
import { columnLetters } from '../workbook/a1';
import type { CellValue } from '../workbook/port';
import { fail, pass, show, type Probe } from './types';

/** Texts that Excel would turn into formulas, numbers, booleans or dates if typed in. */
export const TRICKY_TEXTS: readonly string[] = ['=1+1', '+44 20 7946 0000', '-x', '@x', '0123', '2015-16', 'TRUE', "'quoted", '1e3', '=HYPERLINK("x")'];

function diffTexts(got: readonly CellValue[], formulas: readonly (string | null)[]): string[] {
  return TRICKY_TEXTS.flatMap((text, i) => {
    if (got[i] === text && formulas[i] === null) return [];
    return [`${JSON.stringify(text)} came back as ${typeof got[i] === 'string' ? JSON.stringify(got[i]) : String(got[i])}${formulas[i] ? ` (formula ${formulas[i]})` : ''}`];
  });
}

export const nameChainProbe: Probe = {
  id: 'missing-name-chain',
  title: 'Chained …OrNullObject on a missing name',
  checks: 'names.getItemOrNullObject(missing).getRangeOrNullObject() gives a null object, and the add-in reads the name as missing, without an error.',
  expected: 'A null object; the name reads as missing.',
  async run({ host, prefix }) {
    const name = `${prefix}Missing`;
    const chain = await host.nameChain(name);
    const read = (await host.workbook.read({ names: [name] })).name(name);
    const seen = `chain → ${chain.kind === 'null' ? 'null object' : `a range ${chain.address}`}; add-in read → ${read.status}.`;
    return chain.kind === 'null' && read.status === 'missing' ? pass(seen) : fail(seen);
  },
};

export const apostropheValuesProbe: Probe = {
  id: 'apostrophe-values',
  title: 'Text kept as text through values and formulas',
  checks: 'Apostrophe-prefixed text written through Range.values (a table column, as Switch writes) and Range.formulas (as Compare writes) stays the same text.',
  expected: `Each of ${TRICKY_TEXTS.length} texts reads back unchanged, as text, with no formula.`,
  async run({ host, sheet, prefix }) {
    const table = `${prefix}Values`;
    const n = TRICKY_TEXTS.length;
    await host.workbook.write([
      { kind: 'addTable', sheet, address: 'A1', name: table, header: ['Text', 'Key'], rows: TRICKY_TEXTS.map((_, i) => ['blank', `k${i}`]) },
    ]);
    // Rows are addressed by their key, checked before the batch runs: the table must exist first.
    await host.workbook.write([
      { kind: 'setTableColumn', table, column: 'Text', values: TRICKY_TEXTS, keys: { column: 'Key', values: TRICKY_TEXTS.map((_, i) => `k${i}`) } },
      { kind: 'setCells', sheet, address: 'C2', cells: TRICKY_TEXTS.map((t) => [t]) },
    ]);
    const viaValues = await host.readCells(sheet, `A2:A${n + 1}`);
    const viaFormulas = await host.readCells(sheet, `C2:C${n + 1}`);
    const tableRead = (await host.workbook.read({ tables: [table] })).table(table);
    const problems = [
      ...diffTexts(viaValues.map((r) => r[0].value), viaValues.map((r) => r[0].formula)).map((p) => `values: ${p}`),
      ...diffTexts(viaFormulas.map((r) => r[0].value), viaFormulas.map((r) => r[0].formula)).map((p) => `formulas: ${p}`),
      ...diffTexts((tableRead?.rows ?? []).map((r) => r[0] ?? ''), TRICKY_TEXTS.map(() => null)).map((p) => `table read: ${p}`),
    ];
    return problems.length === 0 ? pass(`All ${n} texts came back unchanged through values, formulas and the table read.`) : fail(problems.join('; '));
  },
};

export const apostropheRowsProbe: Probe = {
  id: 'apostrophe-rows-add',
  title: 'Text kept as text through table rows.add',
  checks: 'Apostrophe-prefixed text appended with TableRowCollection.add (as the Scenario Log is written) stays the same text.',
  expected: `Each of ${TRICKY_TEXTS.length} texts reads back unchanged, as text, with no formula.`,
  async run({ host, sheet, prefix }) {
    const table = `${prefix}Rows`;
    await host.workbook.write([{ kind: 'addTable', sheet, address: 'A1', name: table, header: ['Text', 'Note'], rows: [['first', 'kept']] }]);
    await host.workbook.write([{ kind: 'appendTableRows', table, rows: TRICKY_TEXTS.map((t) => [t, 'x']) }]);
    const n = TRICKY_TEXTS.length;
    const cells = await host.readCells(sheet, `A3:A${n + 2}`);
    const first = await host.readCells(sheet, 'A2');
    const problems = diffTexts(cells.map((r) => r[0].value), cells.map((r) => r[0].formula));
    if (first[0][0].value !== 'first') problems.push(`the first row now holds ${show(first[0][0])}`);
    return problems.length === 0 ? pass(`All ${n} texts came back unchanged through rows.add.`) : fail(problems.join('; '));
  },
};

export const clearSheetProbe: Probe = {
  id: 'clear-sheet',
  title: 'Clearing a sheet',
  checks: 'Clearing a sheet (as Compare rewrites its sheet) removes values, number formats and charts.',
  expected: 'No used range and no chart left.',
  async run({ host, sheet }) {
    await host.workbook.write([
      { kind: 'setCells', sheet, address: 'A1', cells: [['', 'A', 'B'], ['Total', 1, 2], ['Other', 3, 4]] },
      { kind: 'setNumberFormat', sheet, address: 'B2:C3', format: '#,##0.00' },
      { kind: 'addColumnChart', sheet, name: 'ESG_CheckChart', source: `A1:C3`, seriesBy: 'rows', title: 'Check', anchor: 'E2' },
    ]);
    const before = await host.inspectSheet(sheet);
    await host.workbook.write([{ kind: 'clearSheet', sheet }]);
    const after = await host.inspectSheet(sheet);
    const seen = `before: used ${before.used ?? 'nothing'}, ${before.charts} chart(s); after: used ${after.used ?? 'nothing'}, ${after.charts} chart(s).`;
    return after.used === null && after.charts === 0 && before.used !== null ? pass(seen) : fail(seen);
  },
};

/** Bytes of one read of the big table: a little over Excel on the web's 5 MB request limit. */
export const BIG_READ_BYTES = 5_500_000;
const CELL_CHARS = 190;
const WRITE_ROWS = 2_000;

function bigCell(row: number, col: number): string {
  const head = `r${row}c${col} `;
  return head + columnLetters(row % 26).repeat(CELL_CHARS - head.length).slice(0, CELL_CHARS - head.length);
}

export const chunkedReadProbe: Probe = {
  id: 'chunked-read',
  title: 'Reads near the 5 MB limit',
  checks: 'The add-in reads a table of about 5.5 MB (over Excel on the web\'s 5 MB per request) completely and exactly.',
  expected: 'Every cell read back exactly.',
  async run({ host, sheet, prefix }) {
    const table = `${prefix}Big`;
    const cols = 2;
    const rows = Math.ceil(BIG_READ_BYTES / (cols * (CELL_CHARS + 3)));
    const row = (r: number): string[] => Array.from({ length: cols }, (_, c) => bigCell(r, c));
    // Written in pieces well under the limit, so the write itself is not what is tested.
    const first = Math.min(WRITE_ROWS, rows);
    await host.workbook.write([{ kind: 'addTable', sheet, address: 'A1', name: table, header: ['Key', 'Text'], rows: Array.from({ length: first }, (_, r) => row(r)) }]);
    for (let start = first; start < rows; start += WRITE_ROWS) {
      const n = Math.min(WRITE_ROWS, rows - start);
      await host.workbook.write([{ kind: 'appendTableRows', table, rows: Array.from({ length: n }, (_, r) => row(start + r)) }]);
    }
    let read;
    try {
      read = (await host.workbook.read({ tables: [table] })).table(table);
    } catch (error) {
      return fail(`Reading ${rows} rows × ${cols} (${(rows * cols * CELL_CHARS / 1e6).toFixed(1)} MB) failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const got = read?.rows ?? [];
    const wrong = got.findIndex((r, i) => r[0] !== bigCell(i, 0) || r[1] !== bigCell(i, 1));
    const size = `${rows} rows × ${cols} (${(rows * cols * CELL_CHARS / 1e6).toFixed(1)} MB of text)`;
    if (got.length !== rows) return fail(`${size}: read ${got.length} rows.`);
    return wrong < 0 ? pass(`${size} read back exactly.`) : fail(`${size}: row ${wrong + 1} differs.`);
  },
};

export const WORKBOOK_PROBES: readonly Probe[] = [nameChainProbe, apostropheValuesProbe, apostropheRowsProbe, clearSheetProbe, chunkedReadProbe];
