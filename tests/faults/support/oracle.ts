/**
 * "The log is honest": the workbook's scenario values seen as one map — every named input
 * cell and the active cell (`cell:name`), every stored scenario value
 * (`table:scenario|input`) — and a replay of the Scenario Log rows an action appended.
 * Starting from the map before the action, each row must find its Before value in place
 * and leave its After value; the replay must end at the map after the action. A row that
 * claims a change that did not stick (or misses one that did) breaks the replay.
 */
import { ACTIVE_NAME, INPUT_COLUMN, LOG_TABLE, SCENARIOS_TABLE } from '../../../src/scenarios/layout';
import { parseLog, type LogEntry } from '../../../src/scenarios/log';
import { isRefusal, parseScenarios, singleCell } from '../../../src/scenarios/model';
import { isBlank, sameValue } from '../../../src/scenarios/values';
import type { CellValue, WorkbookPort } from '../../../src/workbook/port';

export type Logical = Map<string, CellValue>;

const lower = (s: string): string => s.trim().toLowerCase();

export interface Observed {
  readonly logical: Logical;
  readonly log: LogEntry[];
}

/** Reads the scenario values and the log through a port (no faults). */
export async function observe(port: WorkbookPort): Promise<Observed> {
  const snap = await port.read({
    tables: [SCENARIOS_TABLE, LOG_TABLE],
    names: [ACTIVE_NAME],
    namesListedIn: [{ table: SCENARIOS_TABLE, column: INPUT_COLUMN }],
  });
  const logical: Logical = new Map();
  const model = parseScenarios(snap.table(SCENARIOS_TABLE));
  const names = [ACTIVE_NAME, ...(isRefusal(model) ? [] : model.inputs.map((i) => i.name))];
  for (const name of names) {
    const cell = snap.hasName(name) ? singleCell(snap.name(name)) : undefined;
    if (cell && 'where' in cell && !isBlank(cell.value)) logical.set(`cell:${lower(name)}`, cell.value);
  }
  if (!isRefusal(model)) {
    for (const s of model.scenarios) {
      model.inputs.forEach((input, i) => {
        if (!isBlank(s.values[i])) logical.set(`table:${lower(s.name)}|${lower(input.name)}`, s.values[i]);
      });
    }
  }
  const log = parseLog(snap.table(LOG_TABLE));
  return { logical, log: isRefusal(log) ? [] : log };
}

export interface ReplayOptions {
  /** Keys a co-author changed during the action: their edit is in no row (a row's Before may predate it). */
  readonly coAuthored?: ReadonlySet<string>;
  /** Keys whose final value the log need not explain (a failure message names them to check). */
  readonly unexplained?: (key: string) => boolean;
}

/** Problems found replaying `rows` from `from`; empty when they lead exactly to `to`. */
export function replay(from: Logical, rows: readonly LogEntry[], to: Logical, options: ReplayOptions = {}): string[] {
  const state: Logical = new Map(from);
  const problems: string[] = [];
  const step = (key: string, before: CellValue, after: CellValue, row: LogEntry): void => {
    const now = state.get(key) ?? '';
    if (!sameValue(now, before) && !options.coAuthored?.has(key)) {
      problems.push(`${row.action} ${row.scenario}/${row.input}: Before ${JSON.stringify(before)} but the workbook held ${JSON.stringify(now)}`);
    }
    if (isBlank(after)) state.delete(key);
    else state.set(key, after);
  };
  for (const row of rows) {
    switch (row.action) {
      case 'Switch':
      case 'Revert':
        step(`cell:${lower(row.input)}`, row.before, row.after, row);
        break;
      case 'Rename':
        if (row.input === '') {
          const from = `table:${lower(String(row.before))}|`;
          for (const [k, v] of [...state]) {
            if (k.startsWith(from)) {
              state.delete(k);
              state.set(`table:${lower(String(row.after))}|${k.slice(from.length)}`, v);
            }
          }
        } else step(`cell:${lower(row.input)}`, row.before, row.after, row);
        break;
      case 'Save':
      case 'Create':
      case 'Delete':
        if (row.input !== '') step(`table:${lower(row.scenario)}|${lower(row.input)}`, row.before, row.after, row);
        break;
      default:
        problems.push(`unknown action ${row.action}`);
    }
  }
  const keys = new Set([...state.keys(), ...to.keys()]);
  for (const k of keys) {
    if (!sameValue(state.get(k) ?? '', to.get(k) ?? '') && !options.unexplained?.(k) && !options.coAuthored?.has(k)) {
      problems.push(`${k}: the log leads to ${JSON.stringify(state.get(k) ?? '')} but the workbook holds ${JSON.stringify(to.get(k) ?? '')}`);
    }
  }
  return problems;
}

export function sameLogical(a: Logical, b: Logical): boolean {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].every((k) => sameValue(a.get(k) ?? '', b.get(k) ?? ''));
}
