/**
 * The whole self-test against the HyperFormula adapter (what the preview and `calc` run):
 * each probe's result, and the workbook left exactly as it was — also when a probe throws.
 */
import { createHyperFormula } from '../../src/hf/engine';
import { ALL_PROBES, formatReport, runSelfTest, type SelfTestReport } from '../../src/selftest';
import { spillErrorProbe } from '../../src/selftest/function-probes';
import { HyperFormulaWorkbook } from '../../src/workbook/hf/HyperFormulaWorkbook';
import { HyperFormulaSelfTest } from '../../src/workbook/hf/HyperFormulaSelfTest';

jest.setTimeout(300_000);

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

const statusOf = (report: SelfTestReport, id: string): string | undefined => report.results.find((r) => r.id === id)?.status;

describe('Check this add-in, on HyperFormula', () => {
  it('runs every probe and leaves the workbook exactly as it was', async () => {
    const { host, snapshot } = await userWorkbook();
    const before = snapshot();
    const report = await runSelfTest(host, { suffix: 't1', wait: noWait });
    if (process.env.PRINT_REPORT) console.log(formatReport(report));
    expect(snapshot()).toBe(before);
    expect(report.cleanup).toEqual({ restored: true, problems: [] });
    expect(report.results.map((r) => r.id)).toEqual(ALL_PROBES.map((p) => p.id));
    expect(report.info.host).toBe('HyperFormula (preview)');
    for (const id of ['empty-cell-argument', 'range-to-single-argument', 'missing-name-chain', 'apostrophe-values', 'apostrophe-rows-add', 'clear-sheet', 'chunked-read', 'switch-revert-compare']) {
      expect([id, statusOf(report, id)]).toEqual([id, 'pass']);
    }
    expect(statusOf(report, 'data-type-argument')).toBe('skip');
  });

  it('reports HyperFormula\'s one divergence: an error from a spilling function fills the array it sized when parsed', async () => {
    const { host, snapshot } = await userWorkbook();
    const before = snapshot();
    const report = await runSelfTest(host, { suffix: 't2', wait: noWait, probes: [spillErrorProbe] });
    expect(report.results[0].status).toBe('fail');
    expect(report.results[0].seen).toMatch(/B1 → #VALUE!, 11 other cell\(s\) not empty \(#VALUE!/);
    expect(snapshot()).toBe(before);
  });

  it('cleans up when a probe throws half-way', async () => {
    const { host, snapshot } = await userWorkbook();
    const before = snapshot();
    const report = await runSelfTest(host, {
      suffix: 't3',
      wait: noWait,
      probes: [
        {
          id: 'thrower',
          title: 'Throws',
          checks: '',
          expected: '',
          async run(ctx) {
            ctx.trackName(`${ctx.prefix}N`);
            await ctx.host.workbook.write([
              { kind: 'setCells', sheet: ctx.sheet, address: 'A1', cells: [[1]] },
              { kind: 'defineName', name: `${ctx.prefix}N`, sheet: ctx.sheet, address: 'A1' },
              { kind: 'addTable', sheet: ctx.sheet, address: 'C1', name: `${ctx.prefix}T`, header: ['H'], rows: [['v']] },
              { kind: 'activateSheet', sheet: ctx.sheet },
            ]);
            throw new Error('boom');
          },
        },
      ],
    });
    expect(report.results[0]).toMatchObject({ status: 'fail', seen: 'The check stopped with an error: boom' });
    expect(report.cleanup.restored).toBe(true);
    expect(snapshot()).toBe(before);
  });
});
