/**
 * Issue 11 point 3: Revert trusts nothing about the log table's order or content that a
 * user could change. It finds the last Switch or Revert by the time the add-in stamped on
 * its rows (never by row order), writes only cells that are scenario inputs now, and
 * refuses what Switch would refuse (text into an input holding a number) — both adapters.
 */
import { ScenarioService } from '../../src/scenarios';
import type { CellValue, WriteOp } from '../../src/workbook/port';
import { clock } from './support/actions';
import { harness, type AdapterKind, type Harness } from './support/harness';

let open: Harness | undefined;
afterEach(() => {
  open?.dispose();
  open = undefined;
});

async function cells(h: Harness, names: readonly string[]): Promise<CellValue[]> {
  const snap = await h.port.read({ names: [...names] });
  return names.map((n) => {
    const r = snap.name(n);
    return r.status === 'range' ? r.value : r.status;
  });
}

async function appendLog(h: Harness, rows: CellValue[][]): Promise<void> {
  const op: WriteOp = { kind: 'appendTableRows', table: 'ESG_ScenarioLog', rows };
  await h.port.write([op]);
}

describe.each<AdapterKind>(['hf', 'office'])('%s adapter: Revert and an edited log', (kind) => {
  it('a log sorted newest-first: Revert still undoes the LAST switch, not the first', async () => {
    const h = await harness(kind);
    open = h;
    // A third scenario to tell the two switches apart.
    const s = new ScenarioService(h.port, { now: clock() });
    expect(await s.duplicate('B', 'C')).toMatchObject({ kind: 'done' });
    h.coAuthor.setTableCell('C', 'In_1', 500);
    expect(await s.switchTo('B')).toMatchObject({ kind: 'switched' });
    expect(await s.switchTo('C')).toMatchObject({ kind: 'switched' });
    expect(await cells(h, ['In_1', 'ESG_ActiveScenario'])).toEqual([500, 'C']);
    h.coAuthor.sortTable('ESG_ScenarioLog', 'Time', true);
    expect(await s.revert()).toMatchObject({ kind: 'reverted', scenario: 'B' });
    expect(await cells(h, ['In_1', 'In_2', 'ESG_ActiveScenario'])).toEqual([11, 21, 'B']);
  });

  it('a row appended naming a cell that is not a scenario input: refused, nothing written', async () => {
    const h = await harness(kind);
    open = h;
    const s = new ScenarioService(h.port, { now: clock() });
    expect(await s.switchTo('B')).toMatchObject({ kind: 'switched' });
    // Out_Total is a defined name (the model's output), not an input of ESG_Scenarios.
    const recent = await s.recentLog(1);
    const last = recent.kind === 'log' ? recent.entries[0].time : '';
    await appendLog(h, [[last, 'Switch', 'B', 'Out_Total', 12345, 0]]);
    const before = h.state(['Scenario Log']);
    const outcome = await s.revert();
    expect(outcome).toMatchObject({ kind: 'refused', code: 'input-not-listed' });
    expect(outcome.kind === 'refused' && outcome.message).toContain('Out_Total');
    expect(h.state(['Scenario Log'])).toBe(before);
  });

  it('a Before value edited into text for a number input: refused as Switch would', async () => {
    const h = await harness(kind);
    open = h;
    const s = new ScenarioService(h.port, { now: clock() });
    expect(await s.switchTo('B')).toMatchObject({ kind: 'switched' });
    // A later row (typed in by a user) whose Before is text where In_2 holds a number.
    await appendLog(h, [['2030-01-01T00:00:00.000Z', 'Switch', 'B', 'In_2', '20', 21]]);
    const before = h.state(['Scenario Log']);
    const outcome = await s.revert();
    expect(outcome).toMatchObject({ kind: 'refused', code: 'input-text' });
    expect(h.state(['Scenario Log'])).toBe(before);
  });
});
