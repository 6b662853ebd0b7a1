/**
 * Issue 14.11: the values "New from current values" stores carry their inputs' own number
 * formats, on the row of each input — pupils as 44,095 and shares as 70% beside the other
 * scenarios' columns — through both adapters (the formats travel in the port's write). An
 * input whose format the user changed gives its new format: it is read, not assumed.
 */
import { createHyperFormula } from '../../src/hf/engine';
import { ScenarioService, setUpDemoModel } from '../../src/scenarios';
import { HyperFormulaWorkbook } from '../../src/workbook/hf';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel, FakeWorkbook } from '../support/fake-excel';
import { clock } from './support/demo';

const EXPECTED: Record<string, string> = {
  ESG_Mainstream: '#,##0',
  ESG_Special: '#,##0',
  ESG_CoreShare: '0.0%', // changed by the user below, from Set up's 0%
  ESG_TradedShare: '0%',
};

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

describe('New from current values: each stored value formatted like its input (issue 14.11)', () => {
  it('HyperFormula adapter (preview, calc)', async () => {
    const hf = createHyperFormula();
    const wb = new HyperFormulaWorkbook(hf);
    expect(await setUpDemoModel(wb)).toMatchObject({ kind: 'set-up' });
    await wb.write([{ kind: 'setNumberFormat', sheet: 'Inputs', address: inputAddress(hf, 'ESG_CoreShare'), format: '0.0%' }]);
    const service = new ScenarioService(wb, { now: clock() });
    expect(await service.create('Mine')).toMatchObject({ kind: 'done' });

    const table = wb.tables().find((t) => t.name === 'ESG_Scenarios');
    if (!table) throw new Error('no table');
    const col = table.col + table.header.indexOf('Mine');
    expect(col).toBeGreaterThan(table.col);
    const sheet = hf.getSheetId(table.sheet) ?? -1;
    for (const [input, format] of Object.entries(EXPECTED)) {
      const row = rowOf(table.rows, (r) => hf.getCellValue({ sheet, row: table.row + 1 + r, col: table.col }), input);
      expect([input, wb.numberFormatAt(table.sheet, table.row + 1 + row, col)]).toEqual([input, format]);
    }
  });

  it('Office.js adapter (against the fake Excel)', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Sheet1');
    const fake = new FakeExcel(book);
    uninstall = fake.install();
    expect(await setUpDemoModel(new OfficeWorkbook())).toMatchObject({ kind: 'set-up' });
    const core = book.names.get('esg_coreshare')?.ref;
    if (!core) throw new Error('no ESG_CoreShare');
    const cell = book.cell(core);
    if (!cell) throw new Error('ESG_CoreShare is empty');
    core.sheet.put(core.row, core.col, { ...cell, numberFormat: '0.0%' });

    const service = new ScenarioService(new OfficeWorkbook(), { now: clock() });
    expect(await service.create('Mine')).toMatchObject({ kind: 'done' });

    const t = book.tables.get('esg_scenarios');
    if (!t) throw new Error('no table');
    const { header } = book.table('ESG_Scenarios');
    const col = t.col + header.indexOf('Mine');
    expect(col).toBeGreaterThan(t.col);
    for (const [input, format] of Object.entries(EXPECTED)) {
      const row = rowOf(t.rows, (r) => t.sheet.get(t.row + 1 + r, t.col)?.value, input);
      expect([input, t.sheet.get(t.row + 1 + row, col)?.numberFormat]).toEqual([input, format]);
    }
  });
});

function rowOf(rows: number, inputAt: (r: number) => unknown, input: string): number {
  for (let r = 0; r < rows; r += 1) if (inputAt(r) === input) return r;
  throw new Error(`${input} is not in the table`);
}

function inputAddress(hf: ReturnType<typeof createHyperFormula>, name: string): string {
  const m = /!\$([A-Z]+)\$(\d+)$/.exec(hf.getNamedExpression(name)?.expression ?? '');
  if (!m) throw new Error(`${name} is not a cell`);
  return `${m[1]}${m[2]}`;
}
