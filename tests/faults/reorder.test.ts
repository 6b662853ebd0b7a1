/**
 * Issue 11 point 2: a co-author SORTS ESG_Scenarios (or the log) between an action's read
 * and its write. Rows are addressed by their Input name, never by position: every action
 * that writes either stores each value against the input it belongs to, or refuses and
 * leaves nothing of itself — on both adapters.
 */
import { ScenarioService } from '../../src/scenarios';
import type { CellValue, WriteOp } from '../../src/workbook/port';
import { clock, type Outcome } from './support/actions';
import { FaultyPort } from './support/faulty-port';
import { harness, type AdapterKind, type Harness } from './support/harness';
import { observe, replay } from './support/oracle';

const importFile = JSON.stringify({
  format: 'esg-scenarios',
  version: 1,
  exportedAt: '2025-01-01T00:00:00.000Z',
  active: 'A',
  inputs: [],
  scenarios: [
    { name: 'C', values: { In_1: 5, In_2: 6, In_3: 7 } },
    { name: 'B', values: { In_1: 11, In_2: 99, In_3: 31 } },
  ],
});

/** Scenario values by input name, as the table holds them now. */
async function byInput(h: Harness): Promise<Record<string, Record<string, CellValue>>> {
  const list = await new ScenarioService(h.port).list();
  if (list.kind !== 'state') throw new Error(list.message);
  const out: Record<string, Record<string, CellValue>> = {};
  for (const s of list.scenarios) out[s.name] = Object.fromEntries(list.inputs.map((input, i) => [input.name, s.values[i]]));
  return out;
}

async function cells(h: Harness, names: readonly string[]): Promise<CellValue[]> {
  const snap = await h.port.read({ names: [...names] });
  return names.map((n) => {
    const r = snap.name(n);
    return r.status === 'range' ? r.value : r.status;
  });
}

interface Case {
  readonly name: string;
  readonly prepare?: (h: Harness) => void;
  readonly run: (s: ScenarioService) => Promise<Outcome>;
  /** Scenario values (by input) if the action succeeds. */
  readonly expected: Record<string, Record<string, CellValue>>;
  /** Input cell values if it succeeds (default: unchanged 10, 20, 30). */
  readonly inputs?: readonly CellValue[];
}

const A = { In_1: 10, In_2: 20, In_3: 30 };
const B = { In_1: 11, In_2: 21, In_3: 31 };

const CASES: readonly Case[] = [
  { name: 'create', run: (s) => s.create('C'), expected: { A, B, C: A } },
  { name: 'duplicate', run: (s) => s.duplicate('B', 'B copy'), expected: { A, B, 'B copy': B } },
  { name: 'import (new only)', run: (s) => s.import(importFile, 'json', { B: 'keep' }), expected: { A, B, C: { In_1: 5, In_2: 6, In_3: 7 } } },
  { name: 'import (new and replace)', run: (s) => s.import(importFile, 'json', { B: 'replace' }), expected: { A, B: { In_1: 11, In_2: 99, In_3: 31 }, C: { In_1: 5, In_2: 6, In_3: 7 } } },
  { name: 'save', prepare: (h) => h.coAuthor.setValue('In_2', 77), run: (s) => s.save(), expected: { A: { ...A, In_2: 77 }, B }, inputs: [10, 77, 30] },
  { name: 'delete', run: (s) => s.delete('B'), expected: { A } },
  { name: 'switch', run: (s) => s.switchTo('B'), expected: { A, B }, inputs: [11, 21, 31] },
  {
    name: 'switch saving as new',
    prepare: (h) => h.coAuthor.setValue('In_2', 77),
    run: (s) => s.switchTo('B', { kind: 'save-as-new', name: 'Mine' }),
    expected: { A, B, Mine: { ...A, In_2: 77 } },
    inputs: [11, 21, 31],
  },
];

let open: Harness | undefined;
afterEach(() => {
  open?.dispose();
  open = undefined;
});

describe.each<AdapterKind>(['hf', 'office'])('%s adapter: ESG_Scenarios sorted between read and write', (kind) => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s stores values against the right inputs, or refuses leaving nothing', async (_name, c) => {
    const h = await harness(kind);
    open = h;
    c.prepare?.(h);
    const before = await byInput(h);
    const beforeCells = await cells(h, ['In_1', 'In_2', 'In_3', 'ESG_ActiveScenario']);
    const observed = await observe(h.port);
    let fired = false;
    const port = new FaultyPort(h.port, {
      beforeWrite: (n: number, _ops: readonly WriteOp[]) => {
        if (n !== 1) return;
        fired = true;
        h.coAuthor.sortTable('ESG_Scenarios', 'Input', true);
      },
    });
    const outcome = await c.run(new ScenarioService(port, { now: clock() }));
    expect(fired).toBe(true);
    const after = await byInput(h);
    if (outcome.kind === 'failed' || outcome.kind === 'refused') {
      // Nothing of it is left: the same values against the same inputs (their sort stays).
      expect(after).toEqual(before);
      expect(await cells(h, ['In_1', 'In_2', 'In_3', 'ESG_ActiveScenario'])).toEqual(beforeCells);
      expect(outcome.message).toMatch(/ESG_Scenarios/);
    } else {
      expect(after).toEqual(c.expected);
      if (c.inputs) expect(await cells(h, ['In_1', 'In_2', 'In_3'])).toEqual(c.inputs);
    }
    // And the log tells what happened to the cells, whichever way it went.
    const now = await observe(h.port);
    expect(replay(observed.logical, now.log.slice(observed.log.length), now.logical)).toEqual([]);
  });
});
