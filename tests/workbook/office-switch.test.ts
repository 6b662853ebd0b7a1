/**
 * The scenario service over the Office.js adapter, against a fake Excel that batches like
 * Office.js (office-addin-mock holds the loaded properties): round-trips per Switch,
 * refusals that write nothing, and a failure in the write round-trip.
 */
import { ScenarioService } from '../../src/scenarios';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel, type FakeWorkbook } from './support/fake-excel';
import { logRows, scenarioWorkbook } from './support/fixtures';

function clock(): () => Date {
  let t = 0;
  return () => new Date(Date.UTC(2025, 0, 1, 12, 0, t++));
}

function setUp(wb: FakeWorkbook): { excel: FakeExcel; service: ScenarioService; uninstall: () => void } {
  const excel = new FakeExcel(wb);
  const uninstall = excel.install();
  return { excel, service: new ScenarioService(new OfficeWorkbook(), { now: clock() }), uninstall };
}

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe('Switch round-trips', () => {
  it.each([3, 500])('costs exactly two context.sync() with %i inputs', async (n) => {
    const wb = scenarioWorkbook(n);
    const env = setUp(wb);
    uninstall = env.uninstall;
    expect((await env.service.list()).kind).toBe('state'); // the pane lists scenarios when it opens
    env.excel.resetCounts();

    const outcome = await env.service.switchTo('B');

    expect(outcome).toMatchObject({ kind: 'switched', scenario: 'B' });
    expect(env.excel.syncCount).toBe(2);
    expect(env.excel.runCount).toBe(2);
    for (const i of [1, Math.ceil(n / 2), n]) expect(wb.namedValue(`In_${i}`)).toBe(i * 10 + 1);
    expect(wb.namedValue('ESG_ActiveScenario')).toBe('B');
    const rows = logRows(wb);
    expect(rows).toHaveLength(n + 1);
    expect(rows[0]).toEqual([45658.5, 'Switch', 'B', 'In_1', 10, 11]);
    expect(rows[n]).toEqual([45658.5, 'Switch', 'B', 'ESG_ActiveScenario', 'A', 'B']);
  });

  it('stays at two round-trips whatever a co-author changed, and reads their edit', async () => {
    const wb = scenarioWorkbook(3);
    const env = setUp(wb);
    uninstall = env.uninstall;
    await env.service.list();
    // A co-author types a new value into scenario B after the pane opened.
    wb.setValue('Scenarios', 'D4', 999); // In_1's row, column B
    env.excel.resetCounts();
    await env.service.switchTo('B');
    expect(env.excel.syncCount).toBe(2);
    expect(wb.namedValue('In_1')).toBe(999);
  });

  it('sees an input row a co-author added after the last read (one more round-trip)', async () => {
    const wb = scenarioWorkbook(3);
    const env = setUp(wb);
    uninstall = env.uninstall;
    await env.service.list();
    wb.setValue('Inputs', 'B4', 40);
    wb.defineName('In_4', 'Inputs', 'B4');
    const t = wb.tables.get('esg_scenarios');
    if (!t) throw new Error('fixture');
    ['In_4', 'Input 4', 40, 41].forEach((v, c) => wb.setValue('Scenarios', `${'ABCD'[c]}7`, v));
    t.rows += 1;
    env.excel.resetCounts();
    expect(await env.service.switchTo('B')).toMatchObject({ kind: 'switched' });
    expect(env.excel.syncCount).toBe(3);
    expect(wb.namedValue('In_4')).toBe(41);
  });

  it('is correct on the first read of a session (the inputs are not known yet)', async () => {
    const wb = scenarioWorkbook(5);
    const env = setUp(wb);
    uninstall = env.uninstall;
    expect(await env.service.switchTo('B')).toMatchObject({ kind: 'switched' });
    expect(env.excel.syncCount).toBe(3);
    expect(wb.namedValue('In_5')).toBe(51);
  });
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

describe('A failure in the write round-trip', () => {
  it.each([
    ['before any write', 0],
    ['after some inputs were written', 2],
  ])('%s: the workbook is put back and the log holds nothing', async (_label, afterWrites) => {
    const wb = scenarioWorkbook(4);
    const env = setUp(wb);
    uninstall = env.uninstall;
    await env.service.list();
    const before = wb.serialize();
    env.excel.failSync(2, afterWrites);

    const outcome = await env.service.switchTo('B');

    expect(outcome).toMatchObject({ kind: 'failed', restored: true });
    expect(wb.serialize()).toBe(before);
    expect(logRows(wb)).toEqual([]);
  });

  it('after every write (the log rows too): inputs are put back and the log records the undo', async () => {
    const wb = scenarioWorkbook(3);
    const env = setUp(wb);
    uninstall = env.uninstall;
    await env.service.list();
    env.excel.failSync(2, 1000);

    const outcome = await env.service.switchTo('B');

    expect(outcome).toMatchObject({ kind: 'failed', restored: true });
    for (let i = 1; i <= 3; i += 1) expect(wb.namedValue(`In_${i}`)).toBe(i * 10);
    expect(wb.namedValue('ESG_ActiveScenario')).toBe('A');
    const rows = logRows(wb);
    expect(rows.map((r) => r[1])).toEqual(['Switch', 'Switch', 'Switch', 'Switch', 'Revert', 'Revert', 'Revert', 'Revert']);
    // Each Revert row undoes a Switch row: Before and After swapped.
    for (const [, , , input, before, after] of rows.slice(4)) {
      const sw = rows.find((r) => r[1] === 'Switch' && r[3] === input);
      expect([before, after]).toEqual([sw?.[5], sw?.[4]]);
    }
  });

  it('when putting back also fails, says which cells to check', async () => {
    const wb = scenarioWorkbook(3);
    const env = setUp(wb);
    uninstall = env.uninstall;
    await env.service.list();
    env.excel.failSync(2, 1); // the switch's write
    env.excel.failSync(4, 0); // the recovery's write (after its read)
    const outcome = await env.service.switchTo('B');
    expect(outcome).toMatchObject({ kind: 'failed', restored: false });
    expect(outcome.kind === 'failed' && outcome.message).toContain('In_1');
  });
});

describe('Text is written as text', () => {
  it.each(['=1+1', '+44', '-x', '@x', "'quoted", '2015-16', 'TRUE', '007'])('a scenario value %j stays literal text', async (text) => {
    // In_1 is a text input (a number there would refuse text: see tests/faults/corrupted.test.ts).
    const wb = scenarioWorkbook(2, { a: (i) => (i === 1 ? 'a text input' : i * 10), b: (i) => (i === 1 ? text : i * 10 + 1) });
    const env = setUp(wb);
    uninstall = env.uninstall;
    expect(await env.service.switchTo('B')).toMatchObject({ kind: 'switched' });
    expect(wb.named('In_1')).toEqual({ value: text, formula: null });
  });

  it('a scenario named "=Evil()" stays text in the header, the active cell and the log', async () => {
    const wb = scenarioWorkbook(2);
    const env = setUp(wb);
    uninstall = env.uninstall;
    expect(await env.service.create('=Evil()')).toMatchObject({ kind: 'done' });
    expect(wb.table('ESG_Scenarios').header).toEqual(['Input', 'Description', 'A', 'B', '=Evil()']);
    expect(await env.service.switchTo('=Evil()')).toMatchObject({ kind: 'switched' });
    expect(wb.named('ESG_ActiveScenario')).toEqual({ value: '=Evil()', formula: null });
    const t = wb.tables.get('esg_scenariolog');
    if (!t) throw new Error('fixture');
    for (const cell of t.sheet.cells.values()) expect(cell.formula).toBeNull();
  });
});

describe('Compare over Office', () => {
  it('writes the sheet and chart, and puts every input back', async () => {
    const wb = scenarioWorkbook(3, { withOutputs: true });
    wb.setValue('Inputs', 'B2', 77); // an unsaved edit
    const env = setUp(wb);
    uninstall = env.uninstall;
    const progress: string[] = [];
    const outcome = await env.service.compare({ onProgress: (p) => progress.push(p.message) });
    expect(outcome).toMatchObject({ kind: 'compared', restored: 'A', scenarios: ['A', 'B'] });
    expect(progress).toEqual(['Scenario 1 of 2: A', 'Scenario 2 of 2: B']);
    expect(outcome.kind === 'compared' && outcome.outputs).toEqual([{ name: 'Out_Total', label: 'Total', values: [60, 63] }]);
    expect([1, 2, 3].map((i) => wb.namedValue(`In_${i}`))).toEqual([10, 77, 30]);
    const sheet = wb.sheet('Scenario Comparison');
    expect(sheet?.charts).toHaveLength(1);
    expect(sheet?.charts[0]).toMatchObject({ type: 'ColumnClustered', seriesBy: 'Rows', name: 'ESG_ComparisonChart' });
    expect(wb.activeSheet).toBe('Scenario Comparison');
  });

  it('puts every input back when a step fails, and writes no sheet', async () => {
    const wb = scenarioWorkbook(3, { withOutputs: true });
    wb.setValue('Inputs', 'B2', 77);
    wb.onCalculate?.(wb);
    const env = setUp(wb);
    uninstall = env.uninstall;
    const before = wb.serialize();
    let steps = 0;
    const outcome = await env.service.compare({
      onProgress: () => {
        steps += 1;
        if (steps === 2) env.excel.failSync(1, 1); // the second scenario's write breaks half-way
      },
    });
    expect(outcome).toMatchObject({ kind: 'failed', restored: true });
    expect(wb.serialize()).toBe(before);
  });
});
