/**
 * Corrupted scenario layouts are refused with a message that names the cause, and nothing
 * is written — over both adapters: missing columns (Input, any scenario, the log's),
 * duplicate or blank scenario names, duplicate or blank input rows, merged input cells
 * (Office), text where an input holds a number, deleted names, names of several cells,
 * input cells holding formulas.
 *
 * Merged cells inside ESG_Scenarios itself cannot happen: Excel does not allow merging
 * cells in a table. HyperFormula has no merged cells.
 */
import { ScenarioService } from '../../src/scenarios';
import { clock, type Outcome } from './support/actions';
import { harness, type AdapterKind, type CoAuthor, type Harness } from './support/harness';

interface Refused extends Outcome {
  readonly code?: string;
}

let open: Harness | undefined;
afterEach(() => {
  open?.dispose();
  open = undefined;
});

/** Breaks the workbook with `corrupt`, runs `act`, and checks it was refused with nothing written. */
async function refused(kind: AdapterKind, corrupt: (c: CoAuthor) => void, act: (s: ScenarioService) => Promise<Outcome>): Promise<Refused> {
  const h = await harness(kind);
  open = h;
  corrupt(h.coAuthor);
  const before = h.state();
  h.excel?.resetCounts();
  const outcome: Refused = await act(new ScenarioService(h.port, { now: clock() }));
  expect(outcome.kind).toBe('refused');
  expect(h.state()).toBe(before);
  if (h.excel) expect(h.excel.writesApplied).toBe(0);
  return outcome;
}

const ACTIONS: readonly [string, (s: ScenarioService) => Promise<Outcome>][] = [
  ['switch', (s) => s.switchTo('B')],
  ['save', (s) => s.save()],
  ['create', (s) => s.create('C')],
  ['compare', (s) => s.compare()],
];

describe.each<AdapterKind>(['hf', 'office'])('%s adapter', (kind) => {
  describe.each(ACTIONS)('%s refuses', (_action, act) => {
    it('a scenario table without its Input column', async () => {
      const r = await refused(kind, (c) => c.setCell('Scenarios', 'A3', 'Name'), act);
      expect(r).toMatchObject({ code: 'column-missing' });
      expect(r.message).toBe('The ESG_Scenarios table has no "Input" column.');
    });

    it('two scenarios of the same name (upper and lower case alike)', async () => {
      const r = await refused(kind, (c) => c.setCell('Scenarios', 'D3', 'a'), act);
      expect(r).toMatchObject({ code: 'scenario-name-duplicate' });
      expect(r.message).toContain('"a"');
    });

    it('a scenario column without a name', async () => {
      const r = await refused(kind, (c) => c.setCell('Scenarios', 'D3', ''), act);
      expect(r).toMatchObject({ code: 'scenario-name-invalid' });
      expect(r.message).toContain('Column 4 of ESG_Scenarios');
    });

    it('an input listed twice', async () => {
      const r = await refused(kind, (c) => c.setCell('Scenarios', 'A6', 'in_1'), act);
      expect(r).toMatchObject({ code: 'input-duplicate' });
      expect(r.message).toContain('in_1');
    });

    it('a row with values but no input name', async () => {
      const r = await refused(kind, (c) => c.setCell('Scenarios', 'A5', ''), act);
      expect(r).toMatchObject({ code: 'input-blank' });
      expect(r.message).toContain('Row 2 of ESG_Scenarios');
    });

    it('an input whose name was deleted', async () => {
      const r = await refused(kind, (c) => c.deleteName('In_2'), act);
      expect(r).toMatchObject({ code: 'input-undefined' });
      expect(r.message).toContain('In_2');
      expect(r.message).toContain('Name Manager');
    });

    it('an input name for several cells', async () => {
      const r = await refused(kind, (c) => c.defineName('In_2', 'Inputs', 'B2:C3'), act);
      expect(r).toMatchObject({ code: 'input-not-cell' });
      expect(r.message).toContain('Inputs!B2:C3');
    });
  });

  it.each([
    ['switch', (s: ScenarioService) => s.switchTo('B')],
    ['compare', (s: ScenarioService) => s.compare()],
  ])('%s refuses an input cell holding a formula (it would be destroyed)', async (_a, act) => {
    const r = await refused(kind, (c) => c.setFormula('In_2', '=Inputs!B1*2'), act);
    expect(r).toMatchObject({ code: 'input-formula' });
    expect(r.message).toContain('In_2 (Inputs!B2)');
    expect(r.message).toContain('=Inputs!B1*2');
  });

  it('create stores no value for an input holding a formula (no refusal, no formula copied)', async () => {
    const h = await harness(kind);
    open = h;
    h.coAuthor.setFormula('In_2', '=Inputs!B1*2');
    const s = new ScenarioService(h.port, { now: clock() });
    expect(await s.create('C')).toMatchObject({ kind: 'done' });
    const list = await s.list();
    expect(list.kind === 'state' && list.scenarios.find((x) => x.name === 'C')?.values).toEqual([10, '', 30]);
  });

  it.each([
    ['text', 'n/a', 'gives In_1 the text "n/a", but In_1 holds a number'],
    ['a number stored as text', '30000', 'stores the value of In_1 as the text "30000", but In_1 holds a number'],
  ])('switch and compare refuse %s for an input holding a number', async (_label, text, says) => {
    for (const act of [(s: ScenarioService) => s.switchTo('B'), (s: ScenarioService) => s.compare()]) {
      const r = await refused(kind, (c) => c.setTableCell('B', 'In_1', text), act);
      expect(r).toMatchObject({ code: 'input-text' });
      expect(r.message).toContain(`Scenario "B" ${says}`);
      open?.dispose();
      open = undefined;
    }
  });

  it('text for an input that holds text is fine (and stays text)', async () => {
    const h = await harness(kind);
    open = h;
    h.coAuthor.setValue('In_1', 'low');
    h.coAuthor.setTableCell('A', 'In_1', 'low');
    h.coAuthor.setTableCell('B', 'In_1', '30000');
    const s = new ScenarioService(h.port, { now: clock() });
    expect(await s.switchTo('B')).toMatchObject({ kind: 'switched' });
    const snap = await h.port.read({ names: ['In_1'] });
    expect(snap.name('In_1')).toMatchObject({ value: '30000', formula: null });
  });

  it('a scenario column named like one of the table\'s own columns', async () => {
    // "Description" twice: the second is a scenario column with a reserved name.
    const r = await refused(kind, (c) => c.setCell('Scenarios', 'D3', 'Description'), (s) => s.switchTo('A'));
    expect(r).toMatchObject({ code: 'scenario-name-invalid' });
    expect(r.message).toContain('"Description" cannot be a scenario name');
  });

  it('a log table missing a column: refused before anything is written', async () => {
    const r = await refused(kind, (c) => c.setCell('Scenario Log', 'E1', 'Old value'), (s) => s.switchTo('B'));
    expect(r).toMatchObject({ code: 'column-missing' });
    expect(r.message).toBe('The ESG_ScenarioLog table has no "Before" column.');
  });

  it('a log table whose columns were reordered: rows follow its header', async () => {
    const h = await harness(kind);
    open = h;
    ['After', 'Time', 'Action', 'Scenario', 'Input', 'Before'].forEach((col, c) => h.coAuthor.setCell('Scenario Log', `${'ABCDEF'[c]}1`, col));
    expect(await new ScenarioService(h.port, { now: clock() }).switchTo('B')).toMatchObject({ kind: 'switched' });
    const log = (await h.port.read({ tables: ['ESG_ScenarioLog'] })).table('ESG_ScenarioLog');
    const row = log?.rows.find((r) => r[4] === 'In_1');
    expect(row).toEqual([11, 45658.5, 'Switch', 'B', 'In_1', 10]);
  });

  it('an active-scenario cell holding a formula', async () => {
    const r = await refused(kind, (c) => c.setFormula('ESG_ActiveScenario', '="A"'), (s) => s.switchTo('B'));
    expect(r).toMatchObject({ code: 'active-cell-missing' });
    expect(r.message).toContain('ESG_ActiveScenario cell holds a formula');
  });
});

describe.each<AdapterKind>(['hf', 'office'])('%s adapter: no scenario columns', (kind) => {
  it.each([
    ['switch', (s: ScenarioService) => s.switchTo('B')],
    ['compare', (s: ScenarioService) => s.compare()],
  ])('%s is refused with "no scenario columns yet"', async (_a, act) => {
    const h = await harness(kind);
    open = h;
    await h.port.write([
      { kind: 'deleteTableColumn', table: 'ESG_Scenarios', column: 'B' },
      { kind: 'deleteTableColumn', table: 'ESG_Scenarios', column: 'A' },
    ]);
    const before = h.state();
    h.excel?.resetCounts();
    const r: Refused = await act(new ScenarioService(h.port, { now: clock() }));
    expect(r).toMatchObject({ kind: 'refused', code: 'no-scenarios' });
    expect(r.message).toBe('ESG_Scenarios has no scenario columns yet. Create one from the current values.');
    expect(h.state()).toBe(before);
  });
});

describe('office adapter: merged cells', () => {
  it('refuses an input inside merged cells but not their first cell', async () => {
    const r = await refused('office', (c) => c.merge('Inputs', 'A2:B2'), (s) => s.switchTo('B'));
    expect(r).toMatchObject({ code: 'input-merged' });
    expect(r.message).toContain('In_2 (Inputs!B2) is inside the merged cells Inputs!A2:B2');
  });

  it('refuses it in Compare too', async () => {
    const r = await refused('office', (c) => c.merge('Inputs', 'A3:B3'), (s) => s.compare());
    expect(r).toMatchObject({ code: 'input-merged' });
    expect(r.message).toContain('In_3');
  });

  it('accepts an input that is the first cell of merged cells (Excel shows and keeps its value)', async () => {
    const h = await harness('office');
    open = h;
    expect(h.coAuthor.merge('Inputs', 'B2:C2')).toBe(true);
    const s = new ScenarioService(h.port, { now: clock() });
    h.excel?.resetCounts();
    expect(await s.switchTo('B')).toMatchObject({ kind: 'switched' });
    expect(h.excel?.syncCount).toBeLessThanOrEqual(3);
  });

  it('refuses an active-scenario cell inside merged cells but not their first', async () => {
    const r = await refused('office', (c) => c.merge('Scenarios', 'A1:B1'), (s) => s.switchTo('B'));
    expect(r).toMatchObject({ code: 'input-merged' });
    expect(r.message).toContain('ESG_ActiveScenario');
  });
});
