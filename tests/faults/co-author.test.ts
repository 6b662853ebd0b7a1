/**
 * A co-author's edit that lands between an action's read and its write (played by the
 * port wrapper's hook, or by the fake Excel just before the write's context.sync()): it is
 * detected — by the guards the write batch carries — and shown (`changedMeanwhile`, the
 * message), and never overwritten: their value is what the workbook holds afterwards, the
 * rest of the action is undone, and the Scenario Log stays honest.
 */
import { ScenarioService } from '../../src/scenarios';
import type { WorkbookPort, WriteOp } from '../../src/workbook/port';
import { clock, type Outcome } from './support/actions';
import { FaultyPort } from './support/faulty-port';
import { harness, type AdapterKind, type CoAuthor, type Harness } from './support/harness';
import { observe, replay } from './support/oracle';

interface Played {
  readonly outcome: Outcome;
  readonly h: Harness;
  readonly service: ScenarioService;
  readonly problems: string[];
}

/**
 * Runs `act` with the co-author's `edit` landing just before the action's `atWrite`-th
 * write; checks the log replays (their edit aside) and returns the outcome.
 */
async function play(
  kind: AdapterKind,
  edit: (c: CoAuthor) => void,
  act: (s: ScenarioService) => Promise<Outcome>,
  options: { atWrite?: number; coAuthored?: string[]; prepare?: (s: ScenarioService, h: Harness) => Promise<unknown> } = {},
): Promise<Played> {
  const h = await harness(kind);
  const now = clock();
  await options.prepare?.(new ScenarioService(h.port, { now }), h);
  const before = await observe(h.port);
  let fired = false;
  const port = new FaultyPort(h.port, {
    beforeWrite: (n: number, _ops: readonly WriteOp[]) => {
      if (n === (options.atWrite ?? 1)) {
        edit(h.coAuthor);
        fired = true;
      }
    },
  });
  const service = new ScenarioService(port, { now, waitForCalculation: async () => undefined });
  const outcome = await act(service);
  const after = await observe(h.port);
  const problems = fired ? [] : ['the co-author never edited'];
  problems.push(...replay(before.logical, after.log.slice(before.log.length), after.logical, { coAuthored: new Set(options.coAuthored ?? []) }));
  return { outcome, h, service: new ScenarioService(h.port, { now }), problems };
}

async function values(h: Harness, names: readonly string[]): Promise<unknown[]> {
  const snap = await h.port.read({ names: [...names] });
  return names.map((n) => {
    const r = snap.name(n);
    return r.status === 'range' ? r.value : r.status;
  });
}

async function column(h: Harness, scenario: string): Promise<unknown[] | undefined> {
  const list = await new ScenarioService(h.port).list();
  if (list.kind !== 'state') throw new Error(list.message);
  return list.scenarios.find((s) => s.name === scenario)?.values.slice();
}

let open: Harness | undefined;
afterEach(() => {
  open?.dispose();
  open = undefined;
});

describe.each<AdapterKind>(['hf', 'office'])('%s adapter', (kind) => {
  it('switch: an input typed meanwhile is kept, the switch undone, and the user shown it', async () => {
    const p = await play(kind, (c) => c.setValue('In_2', 999), (s) => s.switchTo('B'), { coAuthored: ['cell:in_2'] });
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true, changedMeanwhile: ['In_2 (now "999")'] });
    expect(p.outcome.message).toContain('In_2 (now "999")');
    expect(await values(p.h, ['In_1', 'In_2', 'In_3', 'ESG_ActiveScenario'])).toEqual([10, 999, 30, 'A']);
    expect(p.problems).toEqual([]);
    // Switching again shows their value as an edit to decide about, rather than overwriting it.
    expect(await p.service.switchTo('B')).toMatchObject({
      kind: 'unsaved',
      differences: [{ input: 'In_2', stored: 20, current: 999, reason: 'differs-from-active' }],
    });
  });

  it('switch: a value of the target scenario edited meanwhile in ESG_Scenarios', async () => {
    const p = await play(kind, (c) => c.setTableCell('B', 'In_1', 555), (s) => s.switchTo('B'), { coAuthored: ['table:b|in_1'] });
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true });
    expect(p.outcome.changedMeanwhile).toEqual(['scenario "B" in ESG_Scenarios']);
    expect(await values(p.h, ['In_1', 'In_2', 'In_3', 'ESG_ActiveScenario'])).toEqual([10, 20, 30, 'A']);
    expect(await column(p.h, 'B')).toEqual([555, 21, 31]);
    expect(p.problems).toEqual([]);
    // Once they are done, the switch uses their value.
    expect(await p.service.switchTo('B')).toMatchObject({ kind: 'switched' });
    expect(await values(p.h, ['In_1'])).toEqual([555]);
  });

  it('switch: an input name deleted meanwhile', async () => {
    const p = await play(kind, (c) => c.deleteName('In_3'), (s) => s.switchTo('B'), { coAuthored: ['cell:in_3'] });
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true });
    expect(p.outcome.message).toContain('In_3 (no longer defined)');
    expect(await values(p.h, ['In_1', 'In_2', 'ESG_ActiveScenario'])).toEqual([10, 20, 'A']);
    expect(p.problems).toEqual([]);
    // And the next switch refuses, naming it.
    expect(await p.service.switchTo('B')).toMatchObject({ kind: 'refused', code: 'input-undefined' });
  });

  it('switch: an edit to an input the switch leaves alone does not stop it', async () => {
    const p = await play(
      kind,
      (c) => c.setValue('In_2', 999),
      (s) => s.switchTo('B'),
      // B leaves In_2 blank: the switch must not touch it.
      { prepare: async (_s, h) => h.coAuthor.setTableCell('B', 'In_2', ''), coAuthored: ['cell:in_2'] },
    );
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'switched' });
    expect(await values(p.h, ['In_1', 'In_2', 'In_3', 'ESG_ActiveScenario'])).toEqual([11, 999, 31, 'B']);
  });

  it('save: the input being saved, typed again meanwhile', async () => {
    const p = await play(kind, (c) => c.setValue('In_2', 78), (s) => s.save(), {
      prepare: async (_s, h) => h.coAuthor.setValue('In_2', 77),
      coAuthored: ['cell:in_2'],
    });
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true, changedMeanwhile: ['In_2 (now "78")'] });
    expect(await column(p.h, 'A')).toEqual([10, 20, 30]);
    expect(await values(p.h, ['In_2'])).toEqual([78]);
    expect(p.problems).toEqual([]);
  });

  it('save: the scenario edited meanwhile in ESG_Scenarios keeps their value', async () => {
    const p = await play(kind, (c) => c.setTableCell('A', 'In_3', 333), (s) => s.save(), {
      prepare: async (_s, h) => h.coAuthor.setValue('In_2', 77),
      coAuthored: ['table:a|in_3'],
    });
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true });
    expect(p.outcome.message).toContain('scenario "A" in ESG_Scenarios');
    expect(await column(p.h, 'A')).toEqual([10, 20, 333]);
    expect(p.problems).toEqual([]);
  });

  it('create: an input typed meanwhile (the new scenario would store a stale value)', async () => {
    const p = await play(kind, (c) => c.setValue('In_1', 12), (s) => s.create('C'), { coAuthored: ['cell:in_1'] });
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true, changedMeanwhile: ['In_1 (now "12")'] });
    expect(await column(p.h, 'C')).toBeUndefined();
    expect(p.problems).toEqual([]);
  });

  it('create: another column renamed meanwhile to the new scenario\'s name', async () => {
    // Their B is now "C": the Create of "C" must neither stay beside it (a second "C", or a
    // half-added "ColumnN") nor take theirs for its own when it undoes itself.
    let h: Harness | undefined;
    let atEdit = '';
    const p = await play(
      kind,
      (c) => {
        c.renameColumn('B', 'C');
        atEdit = h?.state(['Scenario Log']) ?? '';
      },
      (s) => s.create('C'),
      { coAuthored: ['table:b|in_1', 'table:b|in_2', 'table:b|in_3', 'table:c|in_1', 'table:c|in_2', 'table:c|in_3'], prepare: async (_s, harnessed) => void (h = harnessed) },
    );
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true });
    expect(p.outcome.message).toMatch(/ESG_Scenarios/);
    const table = (await p.h.port.read({ tables: ['ESG_Scenarios'] })).table('ESG_Scenarios');
    expect(table?.header).toEqual(['Input', 'Description', 'A', 'C']);
    expect(await column(p.h, 'C')).toEqual([11, 21, 31]);
    expect(p.h.state(['Scenario Log'])).toBe(atEdit);
    expect(p.problems).toEqual([]);
  });

  it('create: Excel names the new column apart from theirs ("C2"), and the undo finds it', async () => {
    // Excel may keep a column's name unique by numbering it rather than refusing it: the
    // port below does so, as the workbook would, for the column the Create adds.
    const h = await harness(kind);
    open = h;
    const now = clock();
    const before = await observe(h.port);
    let writes = 0;
    const apart: WorkbookPort = {
      read: (plan) => h.port.read(plan),
      calculate: () => h.port.calculate(),
      write: (ops) => {
        writes += 1;
        if (writes === 1) h.coAuthor.renameColumn('B', 'C');
        return h.port.write(ops.map((op) => (op.kind === 'addTableColumn' && op.header === 'C' ? { ...op, header: 'C2' } : op)));
      },
    };
    const outcome = await new ScenarioService(apart, { now, waitForCalculation: async () => undefined }).create('C');
    expect(outcome).toMatchObject({ kind: 'failed', restored: true });
    const table = (await h.port.read({ tables: ['ESG_Scenarios'] })).table('ESG_Scenarios');
    expect(table?.header).toEqual(['Input', 'Description', 'A', 'C']);
    expect(await column(h, 'C')).toEqual([11, 21, 31]);
    const after = await observe(h.port);
    const theirs = new Set(['b', 'c'].flatMap((k) => ['in_1', 'in_2', 'in_3'].map((i) => `table:${k}|${i}`)));
    expect(replay(before.logical, after.log.slice(before.log.length), after.logical, { coAuthored: theirs })).toEqual([]);
  });

  it('rename: a column renamed meanwhile', async () => {
    const p = await play(kind, (c) => c.renameColumn('A', 'Base'), (s) => s.rename('B', 'Beta'));
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true });
    expect(p.outcome.message).toContain('the columns of ESG_Scenarios');
    const list = await new ScenarioService(p.h.port).list();
    expect(list.kind === 'state' && list.scenarios.map((s) => s.name)).toEqual(['Base', 'B']);
  });

  it('delete: a value of the deleted scenario edited meanwhile', async () => {
    const p = await play(kind, (c) => c.setTableCell('B', 'In_2', 222), (s) => s.delete('B'), { coAuthored: ['table:b|in_2'] });
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true });
    expect(await column(p.h, 'B')).toEqual([11, 222, 31]);
    expect(p.problems).toEqual([]);
  });

  it('revert: an input typed meanwhile is kept', async () => {
    const p = await play(kind, (c) => c.setValue('In_1', 1234), (s) => s.revert(), {
      prepare: (s) => s.switchTo('B'),
      coAuthored: ['cell:in_1'],
    });
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true, changedMeanwhile: ['In_1 (now "1234")'] });
    expect(await values(p.h, ['In_1', 'In_2', 'In_3', 'ESG_ActiveScenario'])).toEqual([1234, 21, 31, 'B']);
    expect(p.problems).toEqual([]);
  });

  it('import (replace): the replaced scenario edited meanwhile', async () => {
    const file = JSON.stringify({
      format: 'esg-scenarios',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      active: 'A',
      inputs: [],
      scenarios: [{ name: 'B', values: { In_1: 1, In_2: 2, In_3: 3 } }],
    });
    const p = await play(kind, (c) => c.setTableCell('B', 'In_1', 444), (s) => s.import(file, 'json', { B: 'replace' }), {
      coAuthored: ['table:b|in_1'],
    });
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true });
    expect(await column(p.h, 'B')).toEqual([444, 21, 31]);
    expect(p.problems).toEqual([]);
  });

  it('compare: an input typed while Compare runs is kept; every other input is put back', async () => {
    // Write 1 is the second scenario's step (the first is the current values): the edit lands then.
    const p = await play(kind, (c) => c.setValue('In_3', 300), (s) => s.compare(), { coAuthored: ['cell:in_3'] });
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true, changedMeanwhile: ['In_3 (now "300")'] });
    expect(p.outcome.message).toContain('Compare stopped');
    expect(await values(p.h, ['In_1', 'In_2', 'In_3', 'ESG_ActiveScenario'])).toEqual([10, 20, 300, 'A']);
  });

  it('compare: an input typed between a step and the restore is kept', async () => {
    // Write 2 is the restore (after the last scenario's step).
    const p = await play(kind, (c) => c.setValue('In_1', 100), (s) => s.compare(), { atWrite: 2, coAuthored: ['cell:in_1'] });
    open = p.h;
    expect(p.outcome).toMatchObject({ kind: 'failed', restored: true, changedMeanwhile: ['In_1 (now "100")'] });
    expect(await values(p.h, ['In_1', 'In_2', 'In_3'])).toEqual([100, 20, 30]);
  });
});

describe('office adapter: the edit lands just before the write batch runs in Excel', () => {
  it('a Switch stays at two context.sync() calls, and the edit is detected in the second', async () => {
    const h = await harness('office');
    open = h;
    const excel = h.excel;
    if (!excel) throw new Error('no fake Excel');
    const service = new ScenarioService(h.port, { now: clock() });
    await service.list();
    excel.resetCounts();
    excel.beforeSync = (n, wb) => {
      if (n === 2) {
        const ref = wb.names.get('in_2')?.ref;
        ref?.sheet.put(ref.row, ref.col, { value: 999, formula: null });
      }
    };
    const outcome = await service.switchTo('B');
    // Read, guarded write (the edit is seen there), then the recovery's read and write.
    expect(outcome).toMatchObject({ kind: 'failed', restored: true, changedMeanwhile: ['In_2 (now "999")'] });
    expect(excel.syncCount).toBe(4);
    expect(await values(h, ['In_1', 'In_2', 'In_3', 'ESG_ActiveScenario'])).toEqual([10, 999, 30, 'A']);
    // The log says what happened: the switch wrote, then put back (In_2 to their value).
    const log = (await observe(h.port)).log;
    expect(log.filter((r) => r.input === 'In_2').map((r) => [r.action, r.before, r.after])).toEqual([
      ['Switch', 20, 21],
      ['Revert', 21, 999],
    ]);
  });
});
