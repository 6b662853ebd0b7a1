import type { HyperFormula } from 'hyperformula';
import { createHyperFormula } from '../../src/hf/engine';
import { a1, cellNames, columnLetters, nameOfCell, quoteSheetName, rawContent, readCell, resolveNameBox, spillRangeOf } from '../../src/preview/model';

let hf: HyperFormula;
afterEach(() => hf?.destroy());

describe('addresses', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(a1(5, 1)).toBe('B6');
    expect(quoteSheetName('Inputs')).toBe('Inputs');
    expect(quoteSheetName('Budget 2015-16')).toBe("'Budget 2015-16'");
  });
});

describe('cells', () => {
  it('reads values, formatted, and errors with their messages', () => {
    hf = createHyperFormula({ S: [[5391995.25, '=ESG.GRANT(-3)', 'text', true, null]] });
    const none = () => undefined;
    expect(readCell(hf, { sheet: 0, row: 0, col: 0 }, () => '£#,##0,')).toEqual({ text: '£5,392', value: 5391995.25, kind: 'number' });
    const error = readCell(hf, { sheet: 0, row: 0, col: 1 }, none);
    expect(error).toEqual(expect.objectContaining({ text: '#VALUE!', kind: 'error' }));
    expect(error.message).toMatch(/can't be negative/);
    expect(readCell(hf, { sheet: 0, row: 0, col: 2 }, none).kind).toBe('text');
    expect(readCell(hf, { sheet: 0, row: 0, col: 3 }, none).text).toBe('TRUE');
    expect(readCell(hf, { sheet: 0, row: 0, col: 4 }, none).kind).toBe('empty');
  });

  it('shows what a cell holds in the formula bar, keeping the apostrophe only where it matters', () => {
    hf = createHyperFormula({ S: [['=1+1', "'=not a formula", "'2015-16", "'Inputs", "'TRUE", 12]] });
    const raw = (col: number) => rawContent(hf, { sheet: 0, row: 0, col });
    expect([0, 1, 2, 3, 4, 5].map(raw)).toEqual(['=1+1', "'=not a formula", "'2015-16", 'Inputs', "'TRUE", '12']);
  });

  it('finds the spilled array a cell belongs to, and its anchor formula', () => {
    hf = createHyperFormula({ S: [[], [null, '=ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5)']] });
    const range = { sheet: 0, top: 1, left: 1, bottom: 4, right: 6 };
    expect(spillRangeOf(hf, { sheet: 0, row: 1, col: 1 })).toEqual(range);
    expect(spillRangeOf(hf, { sheet: 0, row: 3, col: 4 })).toEqual(range);
    expect(spillRangeOf(hf, { sheet: 0, row: 0, col: 0 })).toBeUndefined();
    expect(rawContent(hf, { sheet: 0, row: 3, col: 4 })).toBe('');
  });
});

describe('names', () => {
  it('lists single-cell names and resolves what is typed in the name box', () => {
    hf = createHyperFormula({ Inputs: [[1, 2]], 'Budget 2015-16': [[3]] });
    hf.addNamedExpression('ESG_Mainstream', '=Inputs!$B$1');
    hf.addNamedExpression('Rate', '=0.25');
    const names = cellNames(hf, 0);
    expect(names).toEqual([{ name: 'ESG_Mainstream', address: { sheet: 0, row: 0, col: 1 } }]);
    expect(nameOfCell(names, { sheet: 0, row: 0, col: 1 })).toBe('ESG_Mainstream');
    expect(resolveNameBox(hf, 'esg_mainstream', 1)).toEqual({ sheet: 0, row: 0, col: 1 });
    expect(resolveNameBox(hf, 'C7', 1)).toEqual({ sheet: 1, row: 6, col: 2 });
    expect(resolveNameBox(hf, '$C$7', 0)).toEqual({ sheet: 0, row: 6, col: 2 });
    expect(resolveNameBox(hf, "'Budget 2015-16'!A1", 0)).toEqual({ sheet: 1, row: 0, col: 0 });
    expect(resolveNameBox(hf, 'Inputs!B2:C3', 1)).toEqual({ sheet: 0, row: 1, col: 1 });
    expect(resolveNameBox(hf, 'Nowhere!A1', 0)).toBeUndefined();
    expect(resolveNameBox(hf, 'Rate', 0)).toBeUndefined();
    expect(resolveNameBox(hf, '', 0)).toBeUndefined();
  });
});
