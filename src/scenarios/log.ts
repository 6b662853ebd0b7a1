/**
 * The Scenario Log (`ESG_ScenarioLog`): one row per input an action changed —
 * Time (ISO 8601, UTC), Action, Scenario, Input, Before, After.
 */
import { columnIndex, type CellValue, type TableRead } from '../workbook/port';
import { LOG_COLUMNS, LOG_TABLE, type LogAction } from './layout';
import { MESSAGES } from './messages';
import { refusal } from './names';
import type { Refusal } from './types';
import { isBlank } from './values';

export interface LogEntry {
  readonly time: string;
  readonly action: LogAction | string;
  readonly scenario: string;
  readonly input: string;
  readonly before: CellValue;
  readonly after: CellValue;
}

/**
 * A row in the order of `header` (the log table's columns as read; by default the order Set
 * up creates), blank under any column the log does not define.
 */
export function logRow(entry: LogEntry, header: readonly string[] = LOG_COLUMNS): CellValue[] {
  const values: readonly CellValue[] = [entry.time, entry.action, entry.scenario, entry.input, entry.before, entry.after];
  return header.map((h) => {
    const c = columnIndex(LOG_COLUMNS, h);
    return c < 0 ? '' : values[c];
  });
}

export function parseLog(table: TableRead | null): LogEntry[] | Refusal {
  if (!table) return refusal('table-missing', MESSAGES.tableMissing(LOG_TABLE), true);
  const cols = LOG_COLUMNS.map((c) => columnIndex(table.header, c));
  const missing = cols.findIndex((c) => c < 0);
  if (missing >= 0) return refusal('column-missing', MESSAGES.columnMissing(LOG_TABLE, LOG_COLUMNS[missing]));
  const [time, action, scenario, input, before, after] = cols;
  return table.rows
    .filter((row) => row.some((v) => !isBlank(v)))
    .map((row) => ({
      time: String(row[time] ?? ''),
      action: String(row[action] ?? '').trim(),
      scenario: String(row[scenario] ?? ''),
      input: String(row[input] ?? '').trim(),
      before: row[before] ?? '',
      after: row[after] ?? '',
    }));
}

const UNDOABLE = new Set(['switch', 'revert']);

/** The rows of the last Switch or Revert: same Time, Action and Scenario, written together. */
export function lastUndoGroup(entries: readonly LogEntry[]): LogEntry[] {
  let end = entries.length - 1;
  while (end >= 0 && !UNDOABLE.has(entries[end].action.toLowerCase())) end -= 1;
  if (end < 0) return [];
  const last = entries[end];
  let start = end;
  while (
    start > 0 &&
    entries[start - 1].time === last.time &&
    entries[start - 1].action === last.action &&
    entries[start - 1].scenario === last.scenario
  ) {
    start -= 1;
  }
  return entries.slice(start, end + 1);
}

/** The action that records undoing `action`. */
export function reverseAction(action: string): LogAction {
  switch (action) {
    case 'Create':
      return 'Delete';
    case 'Delete':
      return 'Create';
    case 'Save':
    case 'Rename':
      return action;
    default:
      return 'Revert';
  }
}
