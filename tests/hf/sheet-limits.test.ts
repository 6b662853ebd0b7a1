/**
 * The HyperFormula workbook's sheets are Excel's size: 1,048,576 rows by 16,384 columns.
 * HyperFormula's own default stops at 40,000 rows, so the preview's Scenario Log filled after
 * 39 Switches of 1,000 inputs and the 40th failed ("Sheet size limit exceeded"), where Excel
 * goes on; and it allows columns past XFD, which Excel has not.
 */
import { createHyperFormula } from '../../src/hf/engine';
import { HyperFormulaWorkbook } from '../../src/workbook/hf';

jest.setTimeout(60_000);

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

test("a sheet holds a value in Excel's last row and last column (A1048576, XFD1)", async () => {
  const hf = createHyperFormula();
  const wb = new HyperFormulaWorkbook(hf);
  await wb.write([
    { kind: 'addSheet', sheet: 'Big' },
    { kind: 'setCells', sheet: 'Big', address: `A${EXCEL_ROWS}`, cells: [['last row']] },
    { kind: 'setCells', sheet: 'Big', address: 'XFD1', cells: [['last column']] },
  ]);
  const sheet = hf.getSheetId('Big')!;
  expect(hf.getCellValue({ sheet, row: EXCEL_ROWS - 1, col: 0 })).toBe('last row');
  expect(hf.getCellValue({ sheet, row: 0, col: EXCEL_COLUMNS - 1 })).toBe('last column');
  hf.destroy();
});

test('a table appended past row 40,000 (a long Scenario Log) gets its rows', async () => {
  const hf = createHyperFormula();
  const wb = new HyperFormulaWorkbook(hf);
  await wb.write([
    { kind: 'addSheet', sheet: 'Scenario Log' },
    { kind: 'addTable', sheet: 'Scenario Log', address: 'A39998', name: 'Log', header: ['Action', 'Input'], rows: [['Switch', 'In_1']] },
  ]);
  await wb.write([{ kind: 'appendTableRows', table: 'Log', rows: Array.from({ length: 5 }, (_, k) => ['Switch', `In_${k + 2}`]) }]);
  const read = await wb.read({ tables: ['Log'] });
  expect(read.table('Log')?.rows.map((r) => r[1])).toEqual(['In_1', 'In_2', 'In_3', 'In_4', 'In_5', 'In_6']);
  hf.destroy();
});

test("a cell past Excel's grid is refused, as Excel refuses it", async () => {
  const hf = createHyperFormula({ Sheet1: [[1]] });
  expect(hf.isItPossibleToSetCellContents({ sheet: 0, row: EXCEL_ROWS - 1, col: EXCEL_COLUMNS - 1 })).toBe(true);
  expect(hf.isItPossibleToSetCellContents({ sheet: 0, row: EXCEL_ROWS, col: 0 })).toBe(false);
  expect(hf.isItPossibleToSetCellContents({ sheet: 0, row: 0, col: EXCEL_COLUMNS })).toBe(false);
  hf.destroy();
});
