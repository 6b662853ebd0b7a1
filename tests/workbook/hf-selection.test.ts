/**
 * The selection port over HyperFormula (src/workbook/hf/HyperFormulaSelection.ts), with the
 * host-neutral steps over it (src/explain/selected.ts): nothing selected is said in the
 * pane's words, Insert writes only what it may, and the instance's empty-cell mode is the
 * one Explain reads empty cells with.
 */
import { explainSelectedCell, insertFormula } from '../../src/explain';
import { createHyperFormula } from '../../src/hf/engine';
import { HyperFormulaSelection } from '../../src/workbook/hf/HyperFormulaSelection';

describe('HyperFormulaSelection', () => {
  it('nothing selected: Explain and Insert say "Select a cell" and write nothing', async () => {
    const hf = createHyperFormula({ S: [[1]] });
    const port = new HyperFormulaSelection(hf, () => undefined);
    await expect(explainSelectedCell(port)).rejects.toThrow('Select a cell in the workbook first.');
    await expect(insertFormula(port, '=ESG.RATE("2015-16")')).rejects.toThrow('Select a cell in the workbook first.');
    expect(hf.getCellSerialized({ sheet: 0, row: 0, col: 0 })).toBe(1);
    hf.destroy();
  });

  it('Insert refuses text that is not one plain ESG call before the port is asked', async () => {
    const hf = createHyperFormula({ S: [[1]] });
    const port = new HyperFormulaSelection(hf, () => ({ sheet: 0, row: 0, col: 0 }));
    const write = jest.spyOn(port, 'writeFormula');
    await expect(insertFormula(port, '=ESG.RATE("2015-16")+1')).rejects.toThrow(/one call of an ESG function/);
    expect(write).not.toHaveBeenCalled();
    await insertFormula(port, '  =ESG.RATE("2015-16")  ');
    expect(write).toHaveBeenCalledWith('=ESG.RATE("2015-16")');
    hf.destroy();
  });

  it.each([
    ['web', null],
    ['desktop', 0],
  ] as const)('an empty referenced cell reads as the %s mode passes it (%s)', async (mode, expected) => {
    const hf = createHyperFormula({ S: [[null, '=ESG.GRANT(A1,0,0,0)']] }, {}, { empty: mode });
    const port = new HyperFormulaSelection(hf, () => ({ sheet: 0, row: 0, col: 1 }));
    expect(port.emptyAs).toBe(expected);
    const { explanation } = await explainSelectedCell(port);
    expect(explanation).toMatchObject({ kind: 'explained', args: expect.arrayContaining([expect.objectContaining({ param: 'mainstream', value: expected })]) });
    hf.destroy();
  });
});
