/**
 * Issue 14.12: the sheets Set up writes follow one convention a finance officer can read —
 * £000 where the council's table uses it and the heading says so, whole pounds under "£"
 * headings, shares as percentages — as the preview shows each cell (its number format
 * applied to its value).
 */
import { createHyperFormula } from '../../src/hf/engine';
import { attachRespill } from '../../src/hf/respill';
import { setUpDemoModel } from '../../src/scenarios';
import { HyperFormulaWorkbook } from '../../src/workbook/hf';
import { formatValue, type FormatValue } from '../../src/preview/format';

async function demoWorkbook() {
  const hf = createHyperFormula();
  attachRespill(hf);
  const wb = new HyperFormulaWorkbook(hf);
  const outcome = await setUpDemoModel(wb);
  expect(outcome.kind).toBe('set-up');
  /** What the cell shows (A1 address on a sheet), as Excel would with its number format. */
  const shown = (sheet: string, address: string) => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    const at = hf.simpleCellAddressFromString(address, id);
    if (at === undefined) throw new Error(address);
    return formatValue(hf.getCellValue(at) as FormatValue, wb.numberFormatAt(sheet, at.row, at.col));
  };
  const text = (sheet: string, address: string) => {
    const id = hf.getSheetId(sheet) as number;
    return String(hf.getCellValue(hf.simpleCellAddressFromString(address, id) as never) ?? '');
  };
  return { hf, wb, shown, text };
}

test('ESG: the £000 table says £000; the projection under "£" headings shows whole pounds, not £000', async () => {
  const { shown, text } = await demoWorkbook();
  expect(text('ESG', 'E4')).toBe('Total £000');
  expect(shown('ESG', 'E9')).toBe('£5,392');
  expect(text('ESG', 'F14')).toBe('Total £');
  // E15 used to show £4,050 (its £000 format) under "Total £" for 4,050,350.25.
  expect(shown('ESG', 'F15')).toMatch(/^£\d{1,3}(,\d{3}){2}$/);
  expect(shown('ESG', 'D15')).toMatch(/^£\d{1,3}(,\d{3})+$/);
});

test('Traded: shares as percentages and money in whole pounds', async () => {
  const { shown } = await demoWorkbook();
  expect(shown('Traded', 'B4')).toBe('70%');
  expect(shown('Traded', 'B14')).toBe('£1,000,000');
  expect(shown('Traded', 'B17')).toBe('25%');
  expect(shown('Traded', 'B20')).toBe('50%');
});

test('DSG: the difference is in £000 beside £000 figures, and labelled so', async () => {
  const { shown, text, hf } = await demoWorkbook();
  const id = hf.getSheetId('DSG') as number;
  const labels = hf.getSheetValues(id).map((r) => r[0]);
  const diff = labels.indexOf('Difference £000');
  expect(diff).toBeGreaterThan(0);
  expect(text('DSG', 'B3')).toBe('High Needs block £000');
  expect(shown('DSG', `B${diff + 1}`)).toBe('£0');
});

test('ESG: the columns fit beside a 400 px pane at 1,400 px (Total is not cut off)', async () => {
  const { wb } = await demoWorkbook();
  const px = (col: number) => Math.round((wb.columnWidthAt('ESG', col) ?? 64) * (4 / 3));
  // Row headers (about 40 px) and columns A:F within the grid's ~960 px.
  const total = 40 + [0, 1, 2, 3, 4, 5].reduce((sum, c) => sum + px(c), 0);
  expect(total).toBeLessThanOrEqual(960);
});
