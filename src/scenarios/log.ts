/**
 * The Scenario Log (`ESG_ScenarioLog`): one row per input an action changed —
 * Time (an Excel date-time in UTC, shown as `2026-12-02 17:04:25`: sortable, filterable),
 * Action, Scenario, Input, Before, After. Rows written by earlier versions hold the time
 * as ISO 8601 text; they are read as well.
 */
import { columnIndex, type CellValue, type TableRead } from '../workbook/port';
import { LOG_COLUMNS, LOG_TABLE, type LogAction } from './layout';
import { MESSAGES } from './messages';
import { refusal } from './names';
import type { Refusal } from './types';
import { isBlank } from './values';

export interface LogEntry {
  /** As the add-in writes it (ISO 8601 text, UTC) or as read (also an Excel date-time). */
  readonly time: CellValue;
  readonly action: LogAction | string;
  readonly scenario: string;
  readonly input: string;
  readonly before: CellValue;
  readonly after: CellValue;
}

/** How the Time column shows a date-time: readable, sortable, to the second. */
export const LOG_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/** Excel's date-time serial of an instant (days since 1899-12-30), in UTC. */
export function excelTime(date: Date): number {
  return date.getTime() / 86400000 + 25569;
}

/** Number formats for appended rows in the order of `header`: the Time column's, others none. */
export function logFormats(header: readonly string[] = LOG_COLUMNS): string[] {
  return header.map((h) => (columnIndex([LOG_COLUMNS[0]], h) === 0 ? LOG_TIME_FORMAT : ''));
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
      time: row[time] ?? '',
      action: String(row[action] ?? '').trim(),
      scenario: String(row[scenario] ?? ''),
      input: String(row[input] ?? '').trim(),
      before: row[before] ?? '',
      after: row[after] ?? '',
    }));
}

const UNDOABLE = new Set(['switch', 'revert']);

/** Milliseconds since 1970 of a log Time: an Excel date-time (days since 1899-12-30, UTC) or ISO text. */
export function timeOf(time: CellValue): number | undefined {
  if (typeof time === 'number' && Number.isFinite(time)) return Math.round((time - 25569) * 86400000);
  if (typeof time !== 'string' || !/^\d{4}-\d\d-\d\dT/.test(time.trim())) return undefined;
  const ms = Date.parse(time.trim());
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Whether two log Times are the same stamp. Excel keeps a date-time's double exactly;
 * HyperFormula (the preview) rounds numbers it gives back to 10 significant digits, i.e.
 * to within 0.45 s for a date-time, so stamps match within half a second.
 */
export function sameTime(a: CellValue, b: CellValue): boolean {
  const x = timeOf(a);
  const y = timeOf(b);
  return x !== undefined && y !== undefined && Math.abs(x - y) < 500;
}

/**
 * The rows of the last Switch or Revert: those with the latest Time the add-in stamped
 * (never the row order: the log is a table anyone may sort), and that action's Action and
 * Scenario. Rows whose Time is not a time the add-in writes are never "last".
 */
export function lastUndoGroup(entries: readonly LogEntry[]): LogEntry[] {
  let latest: LogEntry | undefined;
  let at = -Infinity;
  for (const e of entries) {
    const t = timeOf(e.time);
    if (!UNDOABLE.has(e.action.toLowerCase()) || t === undefined || t <= at) continue;
    latest = e;
    at = t;
  }
  if (!latest) return [];
  const last = latest;
  return entries.filter((e) => sameTime(e.time, last.time) && e.action === last.action && e.scenario === last.scenario);
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
