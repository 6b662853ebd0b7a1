/**
 * Applying an action's changes as ONE write batch (changes, then the log rows), and
 * putting the workbook back when that batch fails half-way (Excel does not roll a batch
 * back: a prefix of it may have been applied).
 *
 * Recovery reads the workbook again, undoes whatever part of the changes is in effect, and
 * — if the action's log rows had already been appended — appends rows recording the undo,
 * so the log always describes what happened to the cells.
 */
import { columnIndex, type CellValue, type WriteOp } from '../workbook/port';
import { ACTIVE_NAME, LOG_TABLE, SCENARIOS_TABLE } from './layout';
import { logRow, parseLog, reverseAction, type LogEntry } from './log';
import { MESSAGES } from './messages';
import { singleCell } from './model';
import { sameName } from './names';
import type { Failure, ServiceContext } from './types';
import { sameValue } from './values';

export type Change =
  /** A named cell (an input or `ESG_ActiveScenario`). */
  | { readonly kind: 'cell'; readonly name: string; readonly before: CellValue; readonly after: CellValue }
  /** A whole body column of `ESG_Scenarios`. */
  | { readonly kind: 'column'; readonly column: string; readonly before: readonly CellValue[]; readonly after: readonly CellValue[] }
  | { readonly kind: 'add-column'; readonly header: string; readonly values: readonly CellValue[] }
  | { readonly kind: 'rename-column'; readonly from: string; readonly to: string }
  | { readonly kind: 'delete-column'; readonly header: string; readonly values: readonly CellValue[] };

function toOp(change: Change): WriteOp {
  switch (change.kind) {
    case 'cell':
      return { kind: 'setNamedCell', name: change.name, value: change.after };
    case 'column':
      return { kind: 'setTableColumn', table: SCENARIOS_TABLE, column: change.column, values: change.after };
    case 'add-column':
      return { kind: 'addTableColumn', table: SCENARIOS_TABLE, header: change.header, values: change.values };
    case 'rename-column':
      return { kind: 'renameTableColumn', table: SCENARIOS_TABLE, column: change.from, to: change.to };
    case 'delete-column':
      return { kind: 'deleteTableColumn', table: SCENARIOS_TABLE, column: change.header };
  }
}

/** The write batch of an action: its changes in order, then its log rows. */
export function changeOps(changes: readonly Change[], log: readonly LogEntry[]): WriteOp[] {
  const ops = changes.map(toOp);
  if (log.length > 0) ops.push({ kind: 'appendTableRows', table: LOG_TABLE, rows: log.map(logRow) });
  return ops;
}

function causeOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes the changes and the log rows in one batch. Returns undefined on success, or the
 * failure (after putting the workbook back) when the batch threw.
 */
export async function applyChanges(
  ctx: ServiceContext,
  action: string,
  changes: readonly Change[],
  log: readonly LogEntry[],
): Promise<Failure | undefined> {
  if (changes.length === 0 && log.length === 0) return undefined;
  try {
    await ctx.port.write(changeOps(changes, log));
    return undefined;
  } catch (error) {
    return recover(ctx, action, changes, log, causeOf(error));
  }
}

async function recover(
  ctx: ServiceContext,
  action: string,
  changes: readonly Change[],
  log: readonly LogEntry[],
  cause: string,
): Promise<Failure> {
  const cellNames = changes.flatMap((c) => (c.kind === 'cell' ? [c.name] : []));
  const touched = [...cellNames, ...(changes.some((c) => c.kind !== 'cell') ? [SCENARIOS_TABLE] : [])];
  try {
    const snap = await ctx.port.read({ tables: [SCENARIOS_TABLE, LOG_TABLE], names: cellNames });
    const table = snap.table(SCENARIOS_TABLE);
    const header = table?.header ?? [];
    const undo: WriteOp[] = [];
    for (const change of [...changes].reverse()) {
      switch (change.kind) {
        case 'cell': {
          const cell = singleCell(snap.name(change.name));
          if (cell && 'where' in cell && !sameValue(cell.value, change.before)) {
            undo.push({ kind: 'setNamedCell', name: change.name, value: change.before });
          }
          break;
        }
        case 'column': {
          const c = columnIndex(header, change.column);
          if (!table || c < 0 || table.rows.length !== change.before.length) break;
          if (table.rows.some((row, r) => !sameValue(row[c], change.before[r]))) {
            undo.push({ kind: 'setTableColumn', table: SCENARIOS_TABLE, column: change.column, values: change.before });
          }
          break;
        }
        case 'add-column':
          if (columnIndex(header, change.header) >= 0) {
            undo.push({ kind: 'deleteTableColumn', table: SCENARIOS_TABLE, column: change.header });
          }
          break;
        case 'rename-column':
          if (columnIndex(header, change.to) >= 0 && (sameName(change.from, change.to) || columnIndex(header, change.from) < 0)) {
            undo.push({ kind: 'renameTableColumn', table: SCENARIOS_TABLE, column: change.to, to: change.from });
          }
          break;
        case 'delete-column':
          if (table && columnIndex(header, change.header) < 0) {
            const values = Array.from({ length: table.rows.length }, (_, r) => change.values[r] ?? '');
            undo.push({ kind: 'addTableColumn', table: SCENARIOS_TABLE, header: change.header, values });
          }
          break;
      }
    }

    // Were this action's log rows appended before the failure? (They are the batch's last step.)
    const entries = parseLog(snap.table(LOG_TABLE));
    const logged =
      log.length > 0 &&
      Array.isArray(entries) &&
      entries.length >= log.length &&
      log.every((row, i) => {
        const e = entries[entries.length - log.length + i];
        return e.time === row.time && e.action === row.action && sameName(e.input || '-', row.input || '-');
      });
    const time = ctx.now().toISOString();
    const undoLog: LogEntry[] = logged
      ? [...log].reverse().map((row) => ({
          time,
          action: reverseAction(String(row.action)),
          scenario: row.scenario,
          input: row.input,
          before: row.after,
          after: row.before,
        }))
      : [];
    await ctx.port.write([...undo, ...changeOps([], undoLog)]);
    return { kind: 'failed', restored: true, message: MESSAGES.writeFailedRestored(action, cause) };
  } catch (restoreError) {
    return {
      kind: 'failed',
      restored: false,
      message: MESSAGES.writeFailedNotRestored(action, cause, causeOf(restoreError), touched.length ? touched : [ACTIVE_NAME]),
    };
  }
}
