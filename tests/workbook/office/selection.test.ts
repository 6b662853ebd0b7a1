/**
 * Explain and Insert in Excel: the host-neutral steps (src/explain/selected.ts) over the
 * Office.js selection adapter over the one fake Excel (tests/support/fake-excel.ts), and the
 * pane's CellHost over it.
 */
import { officeCellHost } from '../../../src/taskpane/office/cells';
import { OfficeSelection } from '../../../src/workbook/office/selection';
import { explainSelectedCell, insertFormula, type FormulaExplanation } from '../../../src/explain';
import type { ExcelRun } from '../../../src/workbook/office/selection';
import { FakeExcel, FakeWorkbook } from '../../support/fake-excel';

/** The one fake Excel (tests/support/fake-excel.ts) with the counts these tests read. */
class Book {
  readonly wb = new FakeWorkbook();
  readonly excel = new FakeExcel(this.wb);
  readonly run = this.excel.run as unknown as ExcelRun;
  get syncs(): number {
    return this.excel.syncCount;
  }
  get runs(): number {
    return this.excel.runCount;
  }
  get handlers(): Set<() => Promise<unknown>> {
    return this.wb.selectionHandlers;
  }
}

/** Seed 001 ¶41 (July 2015 estimate): 44,095 mainstream, 579 special, 0 PRU, 44,769 academies. */
function councilBook(formula: string): Book {
  const book = new Book();
  const wb = book.wb;
  wb.addSheet('Inputs');
  wb.addSheet('ESG');
  wb.setValue('Inputs', 'A1', 'Inputs');
  wb.setValue('Inputs', 'B2', 44095);
  wb.setValue('ESG', 'B3', 579);
  wb.setValue('ESG', 'B4', 40000);
  wb.setValue('ESG', 'B5', 4769);
  wb.setFormula('ESG', 'E9', formula, 5391995.25);
  wb.defineName('ESG_Year', 'Inputs', 'B9');
  wb.active = { sheet: 'ESG', address: 'E9' };
  return book;
}

function explained(x: FormulaExplanation): Extract<FormulaExplanation, { kind: 'explained' }> {
  if (x.kind !== 'explained') throw new Error(`expected an explanation, got ${x.kind}: ${'message' in x ? x.message : ''}`);
  return x;
}

describe('explaining the active cell', () => {
  it('reads the formula, then every precedent in ONE batch: two syncs, the seed total', async () => {
    const book = councilBook('=ESG.GRANT(Inputs!B2,B3,0,B4+B5,ESG_Year)');
    const { cell, explanation } = await explainSelectedCell(new OfficeSelection(book.run));
    expect(book.syncs).toBe(2);
    expect(book.runs).toBe(1);
    expect(cell).toBe('ESG!E9');
    const x = explained(explanation);
    expect(x.explanation.result).toBe(5391995.25);
    expect(x.args.slice(0, 6).map((a) => [a.param, a.kind, a.value])).toEqual([
      ['mainstream', 'cell', 44095],
      ['special', 'cell', 579],
      ['pru', 'literal', 0],
      ['academies', 'expression', 44769], // worked out by the pane from B4 and B5
      ['year', 'name', null], // a blank cell: the default year
      ['element', 'omitted', undefined],
    ]);
  });

  it('reads an error cell as that error, so the pane says which argument it is', async () => {
    const book = councilBook('=ESG.GRANT(Inputs!B2,B3)');
    book.wb.setFormula('ESG', 'B3', '=NA()', '#N/A');
    const { explanation } = await explainSelectedCell(new OfficeSelection(book.run));
    expect(explanation).toMatchObject({ kind: 'error-argument', param: 'special', error: { error: '#N/A' } });
  });

  it('prefers a name of the formula\'s own sheet, and reads a name holding a value', async () => {
    const book = councilBook('=ESG.GRANT(Pupils,Special)');
    book.wb.defineSheetName('ESG', 'Pupils', 'Inputs', 'B2');
    book.wb.defineValueName('Pupils', 'Double', 1);
    book.wb.defineValueName('Special', 'Double', 579);
    const x = explained((await explainSelectedCell(new OfficeSelection(book.run))).explanation);
    expect(x.args.slice(0, 2).map((a) => a.value)).toEqual([44095, 579]);
    expect(book.syncs).toBe(2);
  });

  it('explains a cell a dynamic array spilled into by its anchor', async () => {
    const book = councilBook('=ESG.GRANT(44095,579,0,44769)');
    // A14:C16 spilled by A14's formula; C16 holds 87.
    book.wb.spill('ESG', 13, 0, '=ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5)', [
      ['Year', 'Pupils', 'ESG'],
      ['2015-16', 1, 2],
      ['2016-17', 3, 87],
    ]);
    book.wb.active = { sheet: 'ESG', address: 'C16' };
    const { cell, explanation } = await explainSelectedCell(new OfficeSelection(book.run));
    expect(cell).toBe('ESG!A14');
    expect(explained(explanation).call.name).toBe('PROJECT');
  });

  it('costs one sync for a cell without a formula, or a formula with no reference', async () => {
    const book = councilBook('=ESG.GRANT(44095,579,0,44769)');
    book.wb.active = { sheet: 'ESG', address: 'B3' };
    expect((await explainSelectedCell(new OfficeSelection(book.run))).explanation.kind).toBe('no-formula');
    book.wb.setValue('ESG', 'B3', '=looks like a formula'); // text typed with an apostrophe
    expect((await explainSelectedCell(new OfficeSelection(book.run))).explanation.kind).toBe('no-formula');
    book.wb.active = { sheet: 'ESG', address: 'E9' };
    expect(explained((await explainSelectedCell(new OfficeSelection(book.run))).explanation).explanation.result).toBe(5391995.25);
    expect(book.syncs).toBe(3);
  });

  it.each(['Inputs!B:B', '$B:$C', '2:10'])('refuses to read a whole column or row (%s), under Excel on the web\'s 5-million-cell limit', async (ref) => {
    const book = councilBook(`=ESG.GRANT(${ref},B3)`);
    const { explanation } = await explainSelectedCell(new OfficeSelection(book.run));
    expect(explanation).toMatchObject({ kind: 'unresolved', param: 'mainstream' });
    expect(explanation.kind === 'unresolved' && explanation.message).toMatch(/covers [\d,]+ cells; Explain reads at most 100,000/);
  });

  it('names the argument whose sheet is missing when the precedents batch fails', async () => {
    const book = councilBook("=ESG.GRANT('Old inputs'!B2,B3)");
    const { explanation } = await explainSelectedCell(new OfficeSelection(book.run));
    expect(explanation).toMatchObject({ kind: 'unresolved', param: 'mainstream' });
    expect(explanation.kind === 'unresolved' && explanation.message).toMatch(/^'Old inputs'!B2 could not be read: worksheet doesn't exist/);
  });
});

describe('the Office adapter under Excel\'s limits and platforms', () => {
  it('cuts the references into batches under the request budget, each value from its own batch', async () => {
    const book = councilBook('=ESG.GRANT(Inputs!B2,B3,0,B4+B5,ESG_Year)');
    // A budget smaller than any one load: each of the five references (B2, B3, B4, B5, the name) in a batch of its own.
    const { explanation } = await explainSelectedCell(new OfficeSelection(book.run, { budgetBytes: 300 }));
    expect(book.syncs).toBe(1 + 5);
    expect(book.runs).toBe(1);
    expect(explained(explanation).explanation.result).toBe(5391995.25);
  });

  it('reads an empty cell as Excel for Windows passes it (0), where the pane runs on Windows', async () => {
    const book = councilBook('=ESG.GRANT(Inputs!B2,B3,0,B4+B5,ESG_Year)');
    const web = explained((await explainSelectedCell(new OfficeSelection(book.run))).explanation);
    expect(web.args[4]).toMatchObject({ param: 'year', value: null });
    const office = { context: { platform: 'PC', requirements: { isSetSupported: () => true } }, PlatformType: { PC: 'PC', Mac: 'Mac' } };
    const global = globalThis as unknown as { Office?: unknown };
    global.Office = office;
    try {
      const desktop = await explainSelectedCell(new OfficeSelection(book.run));
      expect(desktop.explanation).toMatchObject({ args: expect.arrayContaining([expect.objectContaining({ param: 'year', value: 0 })]) });
      office.context.platform = 'Mac';
      const mac = explained((await explainSelectedCell(new OfficeSelection(book.run))).explanation);
      expect(mac.args[4]).toMatchObject({ param: 'year', value: null });
    } finally {
      delete global.Office;
    }
  });
});

describe('inserting a formula', () => {
  it('writes the built formula into the active cell in one sync', async () => {
    const book = councilBook('=1');
    book.wb.active = { sheet: 'ESG', address: 'G2' };
    await insertFormula(new OfficeSelection(book.run), '=ESG.GRANT(Inputs!B2,579,,"academies ""x""")');
    expect(book.wb.cell(book.wb.ref('ESG', 'G2'))?.formula).toBe('=ESG.GRANT(Inputs!B2,579,,"academies ""x""")');
    expect(book.syncs).toBe(1);
  });

  it.each([
    ['another function', '=HYPERLINK("http://example.com","x")'],
    ['an ESG call inside a larger formula', '=ESG.GRANT(1)+SUM(A1:A9)'],
    ['an expression as an argument', '=ESG.GRANT(B4+B5)'],
    ['a nested call', '=ESG.GRANT(INDIRECT("A1"))'],
    ['too many arguments', '=ESG.RATE("general","2015-16",1,2,3,4,5)'],
    ['text', 'ESG.GRANT(1)'],
  ])('refuses %s and never calls Excel', async (_what, formula) => {
    const book = councilBook('=1');
    await expect(insertFormula(new OfficeSelection(book.run), formula)).rejects.toThrow(/one call of an ESG function/);
    expect(book.runs).toBe(0);
  });
});

describe('the selection and the names', () => {
  it("gives the selection's sheet-qualified address and the visible workbook names", async () => {
    const book = councilBook('=1');
    book.wb.addSheet('Budget 2015-16');
    book.wb.selected = "'Budget 2015-16'!B2:B4";
    book.wb.defineValueName('ESG_Hidden', 'Double', 1, { visible: false });
    const selection = new OfficeSelection(book.run);
    // As Excel gives it: the sheet name quoted (it has spaces), so it is a reference as typed.
    expect(await selection.selectedAddress()).toBe("'Budget 2015-16'!B2:B4");
    expect(await selection.definedNames()).toEqual(['ESG_Year']);
  });

  it('tells the pane when the selection changes, until it stops listening', async () => {
    const book = councilBook('=1');
    const host = officeCellHost(new OfficeSelection(book.run));
    const listener = jest.fn();
    const stop = host.onSelectionChanged?.(listener);
    await waitUntil(() => book.handlers.size === 1);
    await Promise.all([...book.handlers].map((h) => h()));
    expect(listener).toHaveBeenCalledTimes(1);
    stop?.();
    await waitUntil(() => book.handlers.size === 0);
    expect(book.handlers.size).toBe(0);
  });

  it('stops a registration that lands after the pane stopped listening', async () => {
    const book = councilBook('=1');
    const host = officeCellHost(new OfficeSelection(book.run));
    const stop = host.onSelectionChanged?.(() => undefined);
    stop?.(); // before the registration's round-trip has finished
    await waitUntil(() => book.runs === 2);
    await waitUntil(() => book.handlers.size === 0);
    expect(book.handlers.size).toBe(0);
  });
});

/** Lets the host's promise chains (and the fake's syncs, which yield with setImmediate) run until `done()` holds; no clock. */
async function waitUntil(done: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !done(); i++) await new Promise<void>((resolve) => setImmediate(resolve));
  if (!done()) throw new Error('condition not reached');
}
