/**
 * What the pane needs from the service beyond SCENARIOS.md's actions: the last log rows
 * (newest first, with whether Revert has something to undo) and Compare limited to the
 * outputs the user picked from ESG_Outputs.
 */
import { demo } from './support/demo';

const JULY_2017_TOTAL = 4165730.25;
const ALL_ACADEMIES_TOTAL = 1341645;

describe('recentLog', () => {
  it('gives the last rows newest first, and says whether Revert has something to undo', async () => {
    const d = await demo();
    const empty = await d.service.recentLog(5);
    expect(empty).toMatchObject({ kind: 'log', total: 0, entries: [], canRevert: false });

    await d.service.switchTo('July 2017 estimate');
    const all = await d.service.recentLog(100);
    if (all.kind !== 'log') throw new Error(all.message);
    expect(all.canRevert).toBe(true);
    expect(all.total).toBeGreaterThan(2);
    expect(all.entries.every((e) => e.action === 'Switch' && e.scenario === 'July 2017 estimate')).toBe(true);
    expect(all.entries.find((e) => e.input === 'ESG_Mainstream')).toMatchObject({ after: 30000 });

    await d.service.rename('All academies', 'Every school an academy');
    const last = await d.service.recentLog(2);
    if (last.kind !== 'log') throw new Error(last.message);
    expect(last.entries).toHaveLength(2);
    expect(last.total).toBe(all.total + 1);
    expect(last.entries[0]).toMatchObject({ action: 'Rename', before: 'All academies', after: 'Every school an academy' });
    expect(last.entries[1]).toEqual(all.entries[0]);
  });

  it('refuses, offering Set up, when the workbook has no Scenario Log', async () => {
    const { createHyperFormula } = await import('../../src/hf/engine');
    const { HyperFormulaWorkbook } = await import('../../src/workbook/hf');
    const { ScenarioService } = await import('../../src/scenarios');
    const outcome = await new ScenarioService(new HyperFormulaWorkbook(createHyperFormula())).recentLog(5);
    expect(outcome).toMatchObject({ kind: 'refused', code: 'table-missing', offerSetup: true });
    expect(outcome.kind === 'refused' && outcome.message).toContain('ESG_ScenarioLog');
  });
});

describe('compare with chosen outputs', () => {
  it('reports only the outputs picked, in the order of ESG_Outputs', async () => {
    const d = await demo();
    const outcome = await d.service.compare({
      scenarios: ['July 2017 estimate', 'All academies'],
      outputs: ['Traded_FTE', 'esg_total'],
    });
    if (outcome.kind !== 'compared') throw new Error(outcome.message);
    expect(outcome.outputs.map((o) => o.name)).toEqual(['ESG_Total', 'Traded_FTE']);
    expect(outcome.outputs[0].values).toEqual([JULY_2017_TOTAL, ALL_ACADEMIES_TOTAL]);
    const sheet = d.hf.getSheetId('Scenario Comparison') ?? -1;
    const labels = d.hf.getSheetValues(sheet).map((row) => row[0]);
    expect(labels).toContain('ESG_Total');
    expect(labels).not.toContain('ESG_Retained');
  });

  it('refuses an output that ESG_Outputs does not list, and an empty choice, writing nothing', async () => {
    const d = await demo();
    const before = d.state();
    const unknown = await d.service.compare({ outputs: ['ESG_Total', 'Budget_Net'] });
    expect(unknown).toMatchObject({ kind: 'refused', code: 'output-not-listed' });
    expect(unknown.kind === 'refused' && unknown.message).toContain('"Budget_Net"');
    expect(await d.service.compare({ outputs: [] })).toMatchObject({ kind: 'refused', code: 'outputs-empty' });
    expect(d.state()).toBe(before);
  });
});
