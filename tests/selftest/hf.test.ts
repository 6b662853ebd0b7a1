/**
 * The whole self-test against the HyperFormula adapter (what the preview and `calc` run):
 * each probe's result, and the workbook left exactly as it was — also when a probe throws.
 */
import { createHyperFormula } from '../../src/hf/engine';
import { ALL_PROBES, formatReport, runSelfTest } from '../../src/selftest';
import { HyperFormulaWorkbook } from '../../src/workbook/hf/HyperFormulaWorkbook';
import { HyperFormulaSelfTest } from '../../src/workbook/hf/HyperFormulaSelfTest';

jest.setTimeout(120_000);

async function userWorkbook(): Promise<{ wb: HyperFormulaWorkbook; host: HyperFormulaSelfTest; snapshot: () => string }> {
  const hf = createHyperFormula();
  const wb = new HyperFormulaWorkbook(hf);
  await wb.write([
    { kind: 'addSheet', sheet: 'Budget' },
    { kind: 'setCells', sheet: 'Budget', address: 'A1', cells: [['Pupils', 420], ['Block', { formula: '=ESG.DSG.BLOCK("Schools",B1,4000,"2015-16")' }]] },
    { kind: 'defineName', name: 'ESG_Pupils', sheet: 'Budget', address: 'B1' },
    { kind: 'addTable', sheet: 'Budget', address: 'D1', name: 'ESG_Scenarios', header: ['Input', 'Description', 'Base'], rows: [['ESG_Pupils', 'Pupils', 420]] },
    { kind: 'activateSheet', sheet: 'Budget' },
  ]);
  const host = new HyperFormulaSelfTest(wb);
  const snapshot = (): string =>
    JSON.stringify({
      sheets: hf.getSheetNames().map((s) => [s, hf.getSheetSerialized(hf.getSheetId(s) ?? -1)]),
      names: hf.getAllNamedExpressionsSerialized(),
      tables: wb.tables(),
      charts: wb.charts(),
      active: wb.activeSheet(),
    });
  return { wb, host, snapshot };
}

const noWait = (): Promise<void> => Promise.resolve();

describe('Check this add-in, on HyperFormula', () => {
  it('runs every probe and leaves the workbook exactly as it was', async () => {
    const { host, snapshot } = await userWorkbook();
    const before = snapshot();
    const report = await runSelfTest(host, { suffix: 't1', wait: noWait });
    console.log(formatReport(report));
    expect(snapshot()).toBe(before);
  });
});
