/**
 * The scenario service over the Office.js adapter on the fake Excel: every refusal writes
 * nothing (not one write applied, the workbook as it was). (Round-trips, failures and
 * Compare: office-switch.test.ts.)
 */
import type { ScenarioService } from '../../src/scenarios';
import type { FakeWorkbook } from './support/fake-excel';
import { scenarioWorkbook } from './support/fixtures';
import { setUp } from './support/office-service';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe('Refusals write nothing', () => {
  async function refusedWithoutWrites(wb: FakeWorkbook, act: (s: ScenarioService) => Promise<{ kind: string }>): Promise<{ kind: string; code?: string; message?: string }> {
    const env = setUp(wb);
    uninstall = env.uninstall;
    const before = wb.serialize();
    const outcome = await act(env.service);
    expect(outcome.kind).toBe('refused');
    expect(env.excel.writesApplied).toBe(0);
    expect(wb.serialize()).toBe(before);
    return outcome;
  }

  it('an input that is not a defined name', async () => {
    const wb = scenarioWorkbook(3);
    wb.names.delete('in_2');
    const r = await refusedWithoutWrites(wb, (s) => s.switchTo('B'));
    expect(r).toMatchObject({ code: 'input-undefined' });
    expect(r.message).toContain('In_2');
  });

  it('an input name of several cells', async () => {
    const wb = scenarioWorkbook(3);
    wb.defineName('In_2', 'Inputs', 'B2:B3');
    const r = await refusedWithoutWrites(wb, (s) => s.switchTo('B'));
    expect(r).toMatchObject({ code: 'input-not-cell' });
    expect(r.message).toContain('Inputs!B2:B3');
  });

  it('an input name that is a constant, not a cell', async () => {
    const wb = scenarioWorkbook(3);
    wb.defineOtherName('In_3', '=42');
    const r = await refusedWithoutWrites(wb, (s) => s.switchTo('B'));
    expect(r).toMatchObject({ code: 'input-not-cell' });
    expect(r.message).toContain('=42');
  });

  it('an input cell holding a formula', async () => {
    const wb = scenarioWorkbook(3);
    wb.setFormula('Inputs', 'B2', '=B1*2', 20);
    const r = await refusedWithoutWrites(wb, (s) => s.switchTo('B'));
    expect(r).toMatchObject({ code: 'input-formula' });
    expect(r.message).toContain('=B1*2');
    expect(r.message).toContain('In_2');
  });

  it('duplicate scenario names', async () => {
    const wb = scenarioWorkbook(3);
    wb.setValue('Scenarios', 'D3', 'a');
    const r = await refusedWithoutWrites(wb, (s) => s.switchTo('A'));
    expect(r).toMatchObject({ code: 'scenario-name-duplicate' });
  });

  it('a blank scenario name', async () => {
    const wb = scenarioWorkbook(3);
    wb.setValue('Scenarios', 'D3', '');
    expect(await refusedWithoutWrites(wb, (s) => s.switchTo('A'))).toMatchObject({ code: 'scenario-name-invalid' });
  });

  it('a missing scenarios table (the pane offers Set up)', async () => {
    const wb = scenarioWorkbook(3);
    wb.tables.delete('esg_scenarios');
    const r = await refusedWithoutWrites(wb, (s) => s.switchTo('A'));
    expect(r).toMatchObject({ code: 'table-missing', offerSetup: true });
    expect(r.message).toContain('ESG_Scenarios');
  });

  it('a missing log table', async () => {
    const wb = scenarioWorkbook(3);
    wb.tables.delete('esg_scenariolog');
    expect(await refusedWithoutWrites(wb, (s) => s.switchTo('B'))).toMatchObject({ code: 'table-missing' });
  });

  it.each([' padded', 'two\nlines', 'Input', '', 'a'])('a new scenario named %j', async (name) => {
    const wb = scenarioWorkbook(3);
    const r = await refusedWithoutWrites(wb, (s) => s.create(name));
    expect(['scenario-name-invalid', 'scenario-exists']).toContain(r.code);
  });

  it('deleting the active scenario', async () => {
    expect(await refusedWithoutWrites(scenarioWorkbook(3), (s) => s.delete('a'))).toMatchObject({ code: 'active-delete' });
  });

  it('an unknown target scenario', async () => {
    expect(await refusedWithoutWrites(scenarioWorkbook(3), (s) => s.switchTo('Z'))).toMatchObject({ code: 'scenario-not-found' });
  });

  it('unsaved edits, until the user chooses', async () => {
    const wb = scenarioWorkbook(3);
    wb.setValue('Inputs', 'B2', 12345);
    const env = setUp(wb);
    uninstall = env.uninstall;
    const before = wb.serialize();
    const outcome = await env.service.switchTo('B');
    expect(outcome).toMatchObject({ kind: 'unsaved', active: 'A', target: 'B', canSaveIntoActive: true });
    expect(outcome.kind === 'unsaved' && outcome.differences).toEqual([
      { input: 'In_2', description: 'Input 2', stored: 20, current: 12345, reason: 'differs-from-active' },
    ]);
    expect(env.excel.writesApplied).toBe(0);
    expect(wb.serialize()).toBe(before);
  });
});
