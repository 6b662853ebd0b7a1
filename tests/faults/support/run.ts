/**
 * Runs one action on a fresh workbook with chosen faults and checks the three promises:
 * the service returns (never throws) a Failure with a clear message; the workbook is as it
 * was (or the Failure says it could not be put back, naming what to check); and the log
 * is honest (its new rows replay exactly to the workbook's values).
 */
import { ScenarioService } from '../../../src/scenarios';
import { LOG_SHEET } from '../../../src/scenarios/layout';
import type { ActionCase, Outcome } from './actions';
import { clock } from './actions';
import { FaultyPort, type Fault } from './faulty-port';
import { harness, type AdapterKind, type Harness } from './harness';
import { observe, replay, sameLogical } from './oracle';

export interface Scene {
  readonly h: Harness;
  readonly service: (port: FaultyPort) => ScenarioService;
  readonly exclude: readonly string[];
  readonly before: string;
  readonly observed?: Awaited<ReturnType<typeof observe>>;
}

/** A fresh workbook with the action's scene set, and what it looked like then. */
export async function scene(kind: AdapterKind, action: ActionCase): Promise<Scene> {
  const h = await harness(kind, { empty: action.empty });
  const now = clock();
  if (action.prepare) await action.prepare(new ScenarioService(h.port, { now }), h);
  // The log is checked row by row (below); Set up must remove even its log sheet.
  const exclude = [...(action.derived ?? []), ...(action.empty ? [] : [LOG_SHEET])];
  return {
    h,
    exclude,
    service: (port) => new ScenarioService(port, { now, waitForCalculation: async () => undefined, maxCalculationWaits: 3 }),
    before: h.state(exclude),
    ...(action.empty ? {} : { observed: await observe(h.port) }),
  };
}

/** The action without faults: its outcome, and the shape of its round-trips. */
export async function cleanRun(kind: AdapterKind, action: ActionCase): Promise<{ outcome: Outcome; port: FaultyPort }> {
  const s = await scene(kind, action);
  try {
    const port = new FaultyPort(s.h.port);
    const outcome = await action.run(s.service(port), port);
    return { outcome, port };
  } finally {
    s.h.dispose();
  }
}

const CLEAR = /^[A-Z].{30,}$/s;

/** Whether a failure message points the user at a logical key (a named cell, or the scenario table). */
function namedIn(message: string, key: string): boolean {
  const m = /^cell:(.*)$/.exec(key);
  return m ? message.toLowerCase().includes(m[1]) : message.includes('ESG_Scenarios');
}

/** What is wrong after the action ran on `s` and failed; empty when all three promises hold. */
export async function afterFailure(
  s: Scene,
  outcome: Outcome,
  options: { coAuthored?: ReadonlySet<string>; ok?: string; restores?: boolean } = {},
): Promise<string[]> {
  const problems: string[] = [];
  if (options.ok !== undefined && outcome.kind === options.ok) {
    // The fault was absorbed (Compare tries its restore twice): still no trace of it.
    if (options.restores && s.h.state(s.exclude) !== s.before) problems.push('succeeded, but the workbook changed');
    if (s.observed) {
      const now = await observe(s.h.port);
      problems.push(...replay(s.observed.logical, now.log.slice(s.observed.log.length), now.logical));
    }
    return problems;
  }
  if (outcome.kind !== 'failed') return [`ended "${outcome.kind}", not "failed"`];
  const message = outcome.message ?? '';
  if (!CLEAR.test(message) || /undefined|\[object|NaN/.test(message)) problems.push(`unclear message: ${message}`);
  if (outcome.restored === true && s.h.state(s.exclude) !== s.before) problems.push(`says restored, but the workbook changed (${message})`);
  if (outcome.restored === false && !/In_\d|ESG_|Set up|Scenario/.test(message)) problems.push(`not restored, and the message names nothing to check: ${message}`);
  if (s.observed) {
    const now = await observe(s.h.port);
    const old = s.observed.log;
    if (now.log.length < old.length || old.some((row, i) => JSON.stringify(row) !== JSON.stringify(now.log[i]))) {
      problems.push('earlier log rows were changed');
    }
    // Not put back: the cells the message names may hold values no row explains, but no
    // row may claim a change that did not happen.
    const named = outcome.restored === false ? (key: string): boolean => namedIn(message, key) : undefined;
    problems.push(...replay(s.observed.logical, now.log.slice(old.length), now.logical, { ...options, ...(named ? { unexplained: named } : {}) }));
    if (outcome.restored === true && !options.coAuthored && !sameLogical(s.observed.logical, now.logical)) problems.push('values differ');
  }
  return problems;
}

/** Runs the action with `faults`; returns the problems found (each prefixed by the faults). */
export async function withFaults(kind: AdapterKind, action: ActionCase, faults: readonly Fault[]): Promise<string[]> {
  const s = await scene(kind, action);
  const label = faults.map((f) => (f.on === 'write' ? `write #${f.n} (apply ${f.apply})` : `${f.on} #${f.n}`)).join(' + ');
  try {
    const port = new FaultyPort(s.h.port, { faults });
    let outcome: Outcome;
    try {
      outcome = await action.run(s.service(port), port);
    } catch (error) {
      return [`${label}: threw ${String(error)}`];
    }
    if (port.fired.length === 0) return [`${label}: the fault never fired`];
    // Only Compare may absorb a fault (it tries its restore twice).
    const absorbed = action.restores ? { ok: action.ok, restores: true } : {};
    return (await afterFailure(s, outcome, absorbed)).map((p) => `${label}: ${p}`);
  } finally {
    s.h.dispose();
  }
}
