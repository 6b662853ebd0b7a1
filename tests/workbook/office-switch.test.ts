/**
 * The scenario service over the Office.js adapter, against a fake Excel that batches like
 * Office.js (office-addin-mock holds the loaded properties): round-trips per Switch,
 * a failure in the write round-trip, text written as text, and Compare. (Refusals that write
 * nothing: office-refusals.test.ts.)
 */
import { logRows, scenarioWorkbook } from './support/fixtures';
import { setUp } from './support/office-service';

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
