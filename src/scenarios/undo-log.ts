/**
 * The log rows a recovery (recover.ts) appends: one for each logged row of the failed action
 * that is no longer in effect, so the Scenario Log always describes what happened to the cells.
 */
import { columnIndex, type CellValue, type TableRead, type WriteOp } from '../workbook/port';
import type { Change } from './change';
import { INPUT_COLUMN } from './layout';
import { reverseAction, type LogEntry } from './log';
import { nameKey, sameName } from './names';

/** A key cell (an input's name) as the key of its row. */
export const keyText = (v: CellValue | undefined): string => nameKey(String(v ?? ''));

/** Where one change stands after recovery. */
export interface Settled {
  /** The write that undoes it now, if it is in effect. */
  readonly op?: WriteOp;
  /** Not in effect any more (undone now, or already back as it was): its log rows need a compensating row. */
  readonly undone: boolean;
  /** What the cell or column holds once undone (someone else's edit where a guard saw one). */
  readonly restored?: CellValue | readonly CellValue[];
}

/** The log rows recording each undo of a logged row: Before = what the action wrote, After = what was put back. */
export function compensation(log: readonly LogEntry[], changes: readonly Change[], settled: ReadonlyMap<Change, Settled>, table: TableRead | null, time: number): LogEntry[] {
  const inputCol = table ? columnIndex(table.header, INPUT_COLUMN) : -1;
  const rows = new Map<string, number>();
  table?.rows.forEach((r, k) => {
    const name = keyText(r[inputCol]);
    if (inputCol >= 0 && !rows.has(name)) rows.set(name, k);
  });
  const cells = new Map<string, Change>();
  for (const c of changes) if (c.kind === 'cell' && !cells.has(keyText(c.name))) cells.set(keyText(c.name), c);
  const out: LogEntry[] = [];
  for (const row of [...log].reverse()) {
    const change = changeOf(row, changes, cells);
    const undo = change ? settled.get(change) : undefined;
    if (!change || !undo?.undone) continue;
    let after: CellValue = row.before;
    if (change.kind === 'cell' && undo.restored !== undefined && !Array.isArray(undo.restored)) after = undo.restored as CellValue;
    if (change.kind === 'column' && Array.isArray(undo.restored)) {
      const r = rows.get(keyText(row.input)) ?? -1;
      after = r >= 0 ? ((undo.restored as readonly CellValue[])[r] ?? '') : row.before;
    }
    out.push({ time, action: reverseAction(String(row.action)), scenario: row.scenario, input: row.input, before: row.after, after });
  }
  return out;
}

/** The change a log row records. */
function changeOf(row: LogEntry, changes: readonly Change[], cells: ReadonlyMap<string, Change>): Change | undefined {
  const cell = (): Change | undefined => cells.get(keyText(row.input));
  switch (row.action) {
    case 'Switch':
    case 'Revert':
      return cell();
    case 'Rename':
      return row.input === '' ? changes.find((c) => c.kind === 'rename-column' && sameName(c.to, row.scenario)) : cell();
    case 'Save':
      return changes.find((c) => c.kind === 'column' && sameName(c.column, row.scenario));
    case 'Create':
      return changes.find((c) => c.kind === 'add-column' && sameName(c.header, row.scenario));
    case 'Delete':
      return changes.find((c) => c.kind === 'delete-column' && sameName(c.header, row.scenario));
    default:
      return undefined;
  }
}
