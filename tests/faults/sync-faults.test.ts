/**
 * Fault injection inside the Office adapter: the fake Excel breaks a chosen
 * `context.sync()` after a chosen number of its queued writes ran (what Excel leaves when a
 * batch breaks half-way: no roll-back), for every sync of every action that writes. The
 * promises are the same as at the port: a Failure with a clear message, the workbook as it
 * was (or the cells to check named), an honest log.
 */
import { ACTIONS } from './support/actions';
import { FaultyPort, prefixes } from './support/faulty-port';
import { afterFailure, scene } from './support/run';

let injectedSyncFaults = 0;

afterAll(() => {
  console.log(`context.sync() faults injected: ${injectedSyncFaults}`);
});

/** Syncs of a clean run and the writes each one carried. */
async function syncShape(action: (typeof ACTIONS)[number]): Promise<number[]> {
  const s = await scene('office', action);
  try {
    const excel = s.h.excel;
    if (!excel) throw new Error('no fake Excel');
    excel.resetCounts();
    const starts: number[] = [];
    excel.beforeSync = () => starts.push(excel.writesApplied);
    const port = new FaultyPort(s.h.port);
    const outcome = await action.run(s.service(port), port);
    expect(outcome.kind).toBe(action.ok);
    const end = excel.writesApplied;
    return starts.map((w, k) => (starts[k + 1] ?? end) - w);
  } finally {
    s.h.dispose();
  }
}

describe('office adapter: a broken context.sync()', () => {
  it.each(ACTIONS.map((a) => [a.name, a] as const))('%s: any sync, after any number of its writes', async (_name, action) => {
    const shape = await syncShape(action);
    expect(shape.length).toBeGreaterThan(1);
    const problems: string[] = [];
    for (const [k, writes] of shape.entries()) {
      for (const after of [0, ...prefixes(writes), ...(writes > 0 ? [writes] : [])]) {
        const s = await scene('office', action);
        const label = `sync #${k + 1} after ${after}/${writes} writes`;
        try {
          const excel = s.h.excel;
          if (!excel) throw new Error('no fake Excel');
          excel.resetCounts();
          excel.failSync(k + 1, after);
          const port = new FaultyPort(s.h.port);
          let outcome;
          try {
            outcome = await action.run(s.service(port), port);
          } catch (error) {
            problems.push(`${label}: threw ${String(error)}`);
            continue;
          }
          if (excel.syncCount < k + 1) {
            problems.push(`${label}: the fault never fired`);
            continue;
          }
          injectedSyncFaults += 1;
          const absorbed = action.restores ? { ok: action.ok, restores: true } : {};
          problems.push(...(await afterFailure(s, outcome, absorbed)).map((p) => `${label}: ${p}`));
        } finally {
          s.h.dispose();
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
