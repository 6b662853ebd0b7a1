/**
 * Fault injection at the port: for every action that writes, over both adapters, a fault
 * in every round-trip of the action — each read, each write (before applying anything,
 * after each prefix of its operations, after all of them), each calculate — and then the
 * same with the recovery's own read or write failing too. Every time: the service returns a
 * Failure with a clear message (never a throw), the workbook is as it was (or the message
 * says what to check), and the Scenario Log is honest.
 */
import { ACTIONS } from './support/actions';
import { doubleFaults, injected, singleFaults } from './support/faulty-port';
import type { AdapterKind } from './support/harness';
import { cleanRun, withFaults } from './support/run';

const count = { single: 0, double: 0 };

afterAll(() => {
  console.log(`port faults injected: ${injected.count} (${count.single} single-fault runs, ${count.double} double-fault runs)`);
});

describe.each<AdapterKind>(['hf', 'office'])('%s adapter', (kind) => {
  it.each(ACTIONS.map((a) => [a.name, a] as const))('%s: a fault in any round-trip', async (_name, action) => {
    const clean = await cleanRun(kind, action);
    expect(clean.outcome.kind).toBe(action.ok);
    const faults = singleFaults(clean.port);
    expect(faults.length).toBeGreaterThan(1);
    const problems: string[] = [];
    for (const fault of faults) problems.push(...(await withFaults(kind, action, [fault])));
    count.single += faults.length;
    expect(problems).toEqual([]);
  });

  it.each(ACTIONS.map((a) => [a.name, a] as const))('%s: a write fault, and then the recovery fails too', async (_name, action) => {
    const clean = await cleanRun(kind, action);
    const problems: string[] = [];
    const pairs = doubleFaults(clean.port);
    for (const faults of pairs) problems.push(...(await withFaults(kind, action, faults)));
    count.double += pairs.length;
    expect(problems).toEqual([]);
  });
});
