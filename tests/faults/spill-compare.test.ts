/**
 * Issue 11 points 4, 7 and 12, on both adapters:
 *   - an input cell inside a spilled array is refused by every action that would write it,
 *     and a spill a co-author makes between our read and our write is given back;
 *   - Compare never writes over a user's own "Scenario Comparison" sheet;
 *   - a text cell reading `#BUSY!` is text, not "Excel is still calculating";
 *   - Duplicate's conflict message names Duplicate.
 */
import { ScenarioService } from '../../src/scenarios';
import type { CellValue, WriteOp } from '../../src/workbook/port';
import { clock } from './support/actions';
import { FaultyPort } from './support/faulty-port';
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

const service = (h: Harness, waits?: { count: number }): ScenarioService =>
  new ScenarioService(h.port, {
    now: clock(),
    maxCalculationWaits: 2,
    waitForCalculation: async () => {
      if (waits) waits.count += 1;
    },
  });

describe.each<AdapterKind>(['hf', 'office'])('%s adapter', (kind) => {
  describe('an input inside a spilled array', () => {
    it.each([
      ['switch', (s: ScenarioService) => s.switchTo('B')],
      ['compare', (s: ScenarioService) => s.compare()],
    ] as const)('%s refuses, naming it, and writes nothing', async (_name, act) => {
      const h = await harness(kind);
      open = h;
      h.coAuthor.spillOver('In_2');
      const before = h.state();
      const outcome = await act(service(h));
      expect(outcome).toMatchObject({ kind: 'refused', code: 'input-spill' });
      expect(outcome.kind === 'refused' && outcome.message).toContain('In_2');
      expect(h.state()).toBe(before);
    });

    it('revert refuses to write into it', async () => {
      const h = await harness(kind);
      open = h;
      const s = service(h);
      expect(await s.switchTo('B')).toMatchObject({ kind: 'switched' });
      h.coAuthor.spillOver('In_2');
      const before = h.state();
      expect(await s.revert()).toMatchObject({ kind: 'refused', code: 'input-spill' });
      expect(h.state()).toBe(before);
    });

    it('a spill made between the read and the write: the switch is undone and the spill flows again', async () => {
      const h = await harness(kind);
      open = h;
      let fired = false;
      const port = new FaultyPort(h.port, {
        beforeWrite: (n: number, _ops: readonly WriteOp[]) => {
          if (n !== 1) return;
          fired = true;
          h.coAuthor.spillOver('In_2');
        },
      });
      const outcome = await new ScenarioService(port, { now: clock() }).switchTo('B');
      expect(fired).toBe(true);
      expect(outcome).toMatchObject({ kind: 'failed' });
      expect((outcome as { message?: string }).message).toContain('In_2');
      // Their spill is whole again (its anchor is no #SPILL!), our other writes undone.
      expect(h.coAuthor.cell('Inputs', 'A2')).toBe(7);
      expect(await cells(h, ['In_1', 'In_2', 'In_3', 'ESG_ActiveScenario'])).toEqual([10, 8, 30, 'A']);
    });
  });

  describe("Compare and a user's own sheet", () => {
    it('never writes over a sheet the user calls "Scenario Comparison"; reuses its own next time', async () => {
      const h = await harness(kind);
      open = h;
      h.coAuthor.addSheet('Scenario Comparison', 'My own notes');
      const s = service(h);
      const first = await s.compare();
      expect(first).toMatchObject({ kind: 'compared', sheet: 'Scenario Comparison (2)' });
      expect(h.coAuthor.cell('Scenario Comparison', 'A1')).toBe('My own notes');
      expect(h.coAuthor.cell('Scenario Comparison (2)', 'A1')).toBe('Scenario comparison');
      const second = await s.compare();
      expect(second).toMatchObject({ kind: 'compared', sheet: 'Scenario Comparison (2)' });
      expect(h.coAuthor.cell('Scenario Comparison', 'A1')).toBe('My own notes');
    });

    it('gives a partial scenario the same figures whichever scenarios run before it (issue 14.13)', async () => {
      const h = await harness(kind);
      open = h;
      h.coAuthor.setTableCell('B', 'In_2', '');
      const s = service(h);
      const both = await s.compare({ scenarios: ['A', 'B'] });
      const alone = await s.compare({ scenarios: ['B'] });
      const reversed = await s.compare({ scenarios: ['B', 'A'] });
      if (both.kind !== 'compared' || alone.kind !== 'compared' || reversed.kind !== 'compared') throw new Error('not compared');
      // B leaves In_2 at the value in place when Compare started (20), not at A's step value.
      expect(both.outputs[0].values[1]).toBe(11 + 20 + 31);
      expect(alone.outputs[0].values[0]).toBe(11 + 20 + 31);
      expect(reversed.outputs[0].values[0]).toBe(11 + 20 + 31);
      expect(both.inputs.map((r) => r.values[1])).toEqual([11, 20, 31]);
    });

    it('says which inputs a partial scenario leaves as they were', async () => {
      const h = await harness(kind);
      open = h;
      h.coAuthor.setTableCell('B', 'In_2', '');
      const outcome = await service(h).compare();
      expect(outcome).toMatchObject({ kind: 'compared', partial: [{ scenario: 'B', inputs: ['In_2'] }] });
      expect(String(h.coAuthor.cell('Scenario Comparison', 'A3'))).toContain('"B": In_2');
    });
  });

  it('a text cell reading #BUSY! does not make Compare wait', async () => {
    const h = await harness(kind);
    open = h;
    await h.port.write([
      { kind: 'setCells', sheet: 'Model', address: 'B1', cells: [['#BUSY!']] },
      { kind: 'defineName', name: 'Out_Note', sheet: 'Model', address: 'B1' },
      { kind: 'appendTableRows', table: 'ESG_Outputs', rows: [['Out_Note', 'A note']] },
    ]);
    const waits = { count: 0 };
    const outcome = await service(h, waits).compare();
    expect(outcome).toMatchObject({ kind: 'compared' });
    expect(waits.count).toBe(0);
  });

  it("Duplicate's conflict message names Duplicate", async () => {
    const h = await harness(kind);
    open = h;
    const port = new FaultyPort(h.port, {
      beforeWrite: (n: number) => {
        if (n === 1) h.coAuthor.setTableCell('B', 'In_1', 555);
      },
    });
    const outcome = await new ScenarioService(port, { now: clock() }).duplicate('B', 'B copy');
    expect(outcome).toMatchObject({ kind: 'failed' });
    const message = (outcome as { message?: string }).message;
    expect(message).toContain('the duplicate');
    expect(message).not.toContain('the create');
  });
});
