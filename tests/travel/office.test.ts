/**
 * What only the Office.js adapter meets: protected and hidden sheets, a text that reads
 * like an ESG.* formula in `Range.formulas`, and batches — a workbook with thousands of
 * ESG.* cells is read and written over several syncs, never all cells in one request.
 */
import { KEPT_SHEET } from '../../src/travel';
import { CELLS_PER_SYNC } from '../../src/workbook/office/OfficeFormulas';
import { protectSheet, setSheetVisibility } from '../support/fake-excel';
import { officeBench } from './support/benches';

jest.setTimeout(120_000);

describe('Prepare over Office.js (fake Excel)', () => {
  it('refuses, naming them, when ESG.* cells are on protected sheets', async () => {
    const b = await officeBench();
    try {
      await b.addSheet('Locked sheet');
      await b.type('Locked sheet', 'A1', '=ESG.GRANT(44095,579,0,44769)');
      protectSheet(b.wb, 'Locked sheet');
      expect(await b.travel.reviewPrepare()).toEqual({ kind: 'refused', message: expect.stringContaining('protected sheets (Locked sheet)') });
      expect(b.sheetNames()).toEqual(['Locked sheet']);
    } finally {
      b.close();
    }
  });

  it('includes hidden sheets and names them; a text reading "=ESG.…" is not a formula', async () => {
    const b = await officeBench();
    try {
      await b.addSheet('Hidden workings');
      await b.type('Hidden workings', 'A1', '=ESG.GRANT(44095,579,0,44769)');
      await b.type('Hidden workings', 'A2', "'=ESG.GRANT(1,2,3,4)");
      setSheetVisibility(b.wb, 'Hidden workings', 'VeryHidden');
      const review = await b.travel.reviewPrepare();
      expect(review).toMatchObject({ kind: 'prepare-review', hiddenSheets: ['Hidden workings'] });
      expect(review.kind === 'prepare-review' && review.cells.map((c) => c.address)).toEqual(['A1']);
    } finally {
      b.close();
    }
  });

  it('reads and writes thousands of cells in batches, and converts every one', async () => {
    const b = await officeBench();
    try {
      await b.addSheet('Big');
      const n = CELLS_PER_SYNC * 2 + 17;
      const cells = b.wb.sheet('Big')!;
      for (let r = 0; r < n; r += 1) cells.put(r, 0, { value: 0, formula: `=ESG.GRANT(${44000 + (r % 7)},579,0,44769)` });
      b.wb.onCalculate?.(b.wb);
      const review = await b.travel.reviewPrepare();
      if (review.kind !== 'prepare-review') throw new Error(review.message);
      expect(review.cells).toHaveLength(n);
      b.excel.resetCounts();
      const prepared = await b.travel.prepare(review);
      expect(prepared).toMatchObject({ kind: 'prepared', formulas: n, sheet: KEPT_SHEET, remaining: 0 });
      // Check read (3 batches) + guarded write's check (3) + its write + the rescan: never one request.
      expect(b.excel.syncCount).toBeGreaterThan(8);
      expect([...cells.cells.values()].every((c) => c.formula === null && typeof c.value === 'number')).toBe(true);
      const restore = await b.travel.reviewRestore();
      if (restore.kind !== 'restore-review') throw new Error(restore.message);
      expect(restore.items).toHaveLength(n);
      await b.travel.restore(restore);
      expect([...cells.cells.values()].filter((c) => c.formula?.startsWith('=ESG.GRANT('))).toHaveLength(n);
    } finally {
      b.close();
    }
  });
});
