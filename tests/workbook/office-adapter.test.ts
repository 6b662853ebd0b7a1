/**
 * The Office.js adapter's reads and writes against the fake Excel object model.
 */
import { createHyperFormula } from '../../src/hf/engine';
import { setUpDemoModel } from '../../src/scenarios';
import { HyperFormulaWorkbook } from '../../src/workbook/hf';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel, FakeWorkbook } from './support/fake-excel';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function excel(wb: FakeWorkbook): FakeExcel {
  const fake = new FakeExcel(wb);
  uninstall = fake.install();
  return fake;
}

describe('reading', () => {
  it('resolves names in one sync: missing, constant, several cells, text, formula', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Budget 2015-16');
    wb.setValue('Budget 2015-16', 'A1', '=looks like a formula'); // text (typed with an apostrophe)
    wb.setFormula('Budget 2015-16', 'A2', '=A3*2', 8);
    wb.setValue('Budget 2015-16', 'A3', 4);
    wb.defineName('Text', 'Budget 2015-16', 'A1');
    wb.defineName('Calc', 'Budget 2015-16', 'A2');
    wb.defineName('Block', 'Budget 2015-16', 'A2:A3');
    wb.defineOtherName('Const', '=42');
    const fake = excel(wb);
    const snap = await new OfficeWorkbook().read({ names: ['Text', 'Calc', 'Const', 'Nope', 'not a name'], ranges: ['Block'] });
    expect(fake.syncCount).toBe(1);
    expect(snap.name('text')).toEqual({ status: 'range', sheet: 'Budget 2015-16', address: 'A1', rows: 1, cols: 1, value: '=looks like a formula', formula: null });
    expect(snap.name('Calc')).toMatchObject({ value: 8, formula: '=A3*2' });
    expect(snap.name('Block')).toMatchObject({ rows: 2, cols: 1, values: [[8], [4]] });
    expect(snap.name('Const')).toEqual({ status: 'not-range', refersTo: '=42' });
    expect(snap.name('Nope')).toEqual({ status: 'missing' });
    expect(snap.name('not a name')).toEqual({ status: 'missing' });
  });

  it('a missing table reads as null (one more sync to find out which)', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    wb.addTable('Here', 'S', 'A1', ['Input', 'A'], [['x', 1]]);
    const fake = excel(wb);
    const snap = await new OfficeWorkbook().read({ tables: ['Here', 'Gone'], sheets: ['S', 'T'] });
    expect(snap.table('Gone')).toBeNull();
    expect(snap.table('here')).toEqual({ name: 'Here', sheet: 'S', header: ['Input', 'A'], rows: [['x', 1]] });
    expect([snap.sheetExists('s'), snap.sheetExists('T')]).toEqual([true, false]);
    expect(fake.syncCount).toBe(3); // the optimistic batch fails, then: which tables exist, then the read
  });
});

describe('writing', () => {
  it('Set up through Office.js: one read and one write batch, names, tables, text headers', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    const fake = excel(wb);
    const outcome = await setUpDemoModel(new OfficeWorkbook());
    expect(outcome).toMatchObject({ kind: 'set-up' });
    expect(fake.syncCount).toBe(2);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Inputs', 'ESG', 'DSG', 'Traded', 'Budget 2015-16', 'Scenarios', 'Scenario Log']);
    expect(wb.table('ESG_Scenarios').header).toEqual(['Input', 'Description', 'July 2015 estimate', 'July 2017 estimate', 'All academies', 'Option D traded arm']);
    expect(wb.table('ESG_Scenarios').rows[0]).toEqual(['ESG_Year', 'ESG rates of year', '2015-16', '2015-16', '2015-16', '']);
    expect(wb.named('ESG_Year')).toEqual({ value: '2015-16', formula: null, numberFormat: undefined });
    expect(wb.named('ESG_Total')?.formula).toBe('=ESG.GRANT(ESG_Mainstream,ESG_Special,ESG_PRU,ESG_Academies,ESG_Year)');
    expect(wb.named('ESG_Total')?.numberFormat).toBe('£#,##0,');
    expect(wb.namedValue('ESG_ActiveScenario')).toBe('July 2015 estimate');
    expect(wb.table('ESG_ScenarioLog').header).toEqual(['Time', 'Action', 'Scenario', 'Input', 'Before', 'After']);
    expect(wb.activeSheet).toBe('Inputs');
    // Only code-built formulas: the same formula cells as Set up writes through HyperFormula.
    const hf = createHyperFormula();
    await setUpDemoModel(new HyperFormulaWorkbook(hf));
    const expected = Object.entries(hf.getAllSheetsSerialized()).flatMap(([sheet, rows]) =>
      rows.flatMap((row, r) => row.flatMap((v, c) => (typeof v === 'string' && v.startsWith('=') ? [`${sheet}!${r},${c}=${v}`] : []))),
    );
    const actual = wb.sheets.flatMap((sheet) =>
      [...sheet.cells.entries()].flatMap(([at, cell]) => (cell.formula ? [`${sheet.name}!${at}=${cell.formula}`] : [])),
    );
    expect(actual.sort()).toEqual(expected.sort());
    expect(actual.length).toBeGreaterThan(30);
  });

  it('clearing a sheet removes its charts (after one sync to list them)', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    wb.setValue('S', 'A1', 1);
    wb.sheet('S')?.charts.push({ name: 'old', type: 'ColumnClustered', source: 'S!A1', seriesBy: 'Rows', title: '' });
    const fake = excel(wb);
    await new OfficeWorkbook().write([{ kind: 'clearSheet', sheet: 'S' }]);
    expect(wb.sheet('S')?.charts).toEqual([]);
    expect(wb.sheet('S')?.cells.size).toBe(0);
    expect(fake.syncCount).toBe(2);
  });
});
