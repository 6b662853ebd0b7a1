/**
 * Every action that writes, as a case the fault tests can run again and again on a fresh
 * workbook: how to set the scene (through the service, without faults), the action, and
 * what it rewrites wholesale (the comparison sheet) so that "as it was" leaves that out.
 */
import { ScenarioService } from '../../../src/scenarios';
import type { WorkbookPort } from '../../../src/workbook/port';
import type { Harness } from './harness';

export interface Outcome {
  readonly kind: string;
  readonly message?: string;
  /** A Failure's flag (Compare's success names the restored scenario instead). */
  readonly restored?: boolean | string;
  readonly changedMeanwhile?: readonly string[];
}

export interface ActionCase {
  readonly name: string;
  /** Needs an empty workbook (Set up). */
  readonly empty?: boolean;
  /** The outcome's kind when nothing goes wrong. */
  readonly ok: string;
  /** On success the workbook's values are as they were (Compare puts every input back). */
  readonly restores?: boolean;
  /** Sheets the action rewrites wholesale (left out of "the workbook is as it was"). */
  readonly derived?: readonly string[];
  /** Sets the scene: a user's unsaved edit, an earlier switch... (no faults). */
  readonly prepare?: (service: ScenarioService, h: Harness) => Promise<unknown>;
  readonly run: (service: ScenarioService, port: WorkbookPort) => Promise<Outcome>;
}

export function clock(): () => Date {
  let t = 0;
  return () => new Date(Date.UTC(2025, 0, 1, 12, 0, t++));
}

const importFile = JSON.stringify({
  format: 'esg-scenarios',
  version: 1,
  exportedAt: '2025-01-01T00:00:00.000Z',
  active: 'A',
  inputs: [],
  scenarios: [
    { name: 'C', values: { In_1: 5, In_3: 'text' } },
    { name: 'B', values: { In_1: 11, In_2: 99, In_3: 31 } },
  ],
});

export const ACTIONS: readonly ActionCase[] = [
  { name: 'switch', ok: 'switched', run: (s) => s.switchTo('B') },
  {
    name: 'switch, saving unsaved edits into the active scenario',
    ok: 'switched',
    prepare: async (_s, h) => h.coAuthor.setValue('In_2', 77),
    run: (s) => s.switchTo('B', { kind: 'save-into-active' }),
  },
  {
    name: 'switch, saving unsaved edits as a new scenario',
    ok: 'switched',
    prepare: async (_s, h) => h.coAuthor.setValue('In_2', 77),
    run: (s) => s.switchTo('B', { kind: 'save-as-new', name: 'Mine' }),
  },
  { name: 'revert', ok: 'reverted', prepare: (s) => s.switchTo('B'), run: (s) => s.revert() },
  { name: 'save', ok: 'done', prepare: async (_s, h) => h.coAuthor.setValue('In_2', 77), run: (s) => s.save() },
  { name: 'create', ok: 'done', run: (s) => s.create('C') },
  { name: 'duplicate', ok: 'done', run: (s) => s.duplicate('B', 'B copy') },
  { name: 'rename the active scenario', ok: 'done', run: (s) => s.rename('A', 'Alpha') },
  { name: 'rename', ok: 'done', run: (s) => s.rename('B', 'Beta') },
  { name: 'delete', ok: 'done', run: (s) => s.delete('B') },
  { name: 'compare', ok: 'compared', restores: true, derived: ['Scenario Comparison'], run: (s) => s.compare() },
  { name: 'import', ok: 'imported', run: (s) => s.import(importFile, 'json', { B: 'replace' }) },
  { name: 'set up', ok: 'set-up', empty: true, run: (s) => s.setUp() },
];
