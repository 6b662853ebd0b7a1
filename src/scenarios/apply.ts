/**
 * THE guarded-write protocol: every scenario action that writes (Switch, Save, Create,
 * Duplicate, Rename, Delete, Revert, Import, each step of Compare and its restore) states
 * its writes as `Change`s and hands them here, and only here are they turned into one
 * write batch:
 *   1. the guards — every named cell it overwrites holds what was read (a constant, in no
 *      spill), every scenario column it overwrites or deletes holds what was read, the
 *      table's header is as read when columns are added, renamed or deleted, plus what
 *      else the action was computed from (`ApplyOptions.guards`);
 *   2. the writes — table writes carry the `Input` column as read (`TableKeys`), so a value
 *      is written in the row of its input or not at all (a co-author's sort is a conflict);
 *   3. the log rows, last.
 * When the batch fails half-way or its guards miss (see the port's one contract), the one
 * recovery (`recover.ts`) reads the workbook again and undoes what of this action is in
 * effect, giving back any edit someone else made meanwhile.
 */
import type { Guard, TableKeys, WriteOp } from '../workbook/port';
import { keysOf, type ApplyOptions, type Change } from './change';
import { INPUT_COLUMN, LOG_TABLE, SCENARIOS_TABLE } from './layout';
import { logFormats, logRow, type LogEntry } from './log';
import { recover } from './recover';
import type { Failure, ServiceContext } from './types';

export { causeOf, type ApplyOptions, type Change } from './change';

const isTableChange = (change: Change): boolean => change.kind !== 'cell';

/** One change as a write, table writes keyed by `keys`. */
export function toOp(change: Change, keys: TableKeys | undefined): WriteOp {
  const need = (): TableKeys => {
    if (!keys) throw new Error(`A change to ${SCENARIOS_TABLE} needs the table as read (its ${INPUT_COLUMN} column)`);
    return keys;
  };
  switch (change.kind) {
    case 'cell':
      return { kind: 'setNamedCell', name: change.name, value: change.after };
    case 'column':
      return { kind: 'setTableColumn', table: SCENARIOS_TABLE, column: change.column, values: change.after, keys: need() };
    case 'add-column':
      return {
        kind: 'addTableColumn',
        table: SCENARIOS_TABLE,
        header: change.header,
        values: change.values,
        keys: need(),
        ...(change.formats ? { formats: change.formats } : {}),
      };
    case 'rename-column':
      return { kind: 'renameTableColumn', table: SCENARIOS_TABLE, column: change.from, to: change.to };
    case 'delete-column':
      return { kind: 'deleteTableColumn', table: SCENARIOS_TABLE, column: change.header };
  }
}

/** The guards a batch of changes needs: every cell and column it overwrites holds what was read. */
export function changeGuards(changes: readonly Change[], options: ApplyOptions = {}): Guard[] {
  const guards: Guard[] = [];
  const structural = changes.some((c) => c.kind === 'add-column' || c.kind === 'rename-column' || c.kind === 'delete-column');
  if (structural && options.table) guards.push({ kind: 'expectTableHeader', table: SCENARIOS_TABLE, header: options.table.allHeader ?? options.table.header });
  for (const change of changes) {
    if (change.kind === 'cell') guards.push({ kind: 'expectNamedCell', name: change.name, value: change.before });
    if (change.kind === 'column') guards.push({ kind: 'expectTableColumn', table: SCENARIOS_TABLE, column: change.column, values: change.before });
    if (change.kind === 'delete-column') {
      guards.push({ kind: 'expectTableColumn', table: SCENARIOS_TABLE, column: change.header, values: change.values });
    }
  }
  // A deleted column's rows are put back by key on recovery: the keys must be the ones read.
  if (options.table && changes.some((c) => c.kind === 'delete-column')) {
    const keys = keysOf(options.table);
    guards.push({ kind: 'expectTableColumn', table: SCENARIOS_TABLE, column: keys.column, values: keys.values });
  }
  return [...guards, ...(options.guards ?? [])];
}

/** The write batch of an action: its guards, its changes in order, then its log rows. */
export function changeOps(changes: readonly Change[], log: readonly LogEntry[], options: ApplyOptions = {}): WriteOp[] {
  const keys = changes.some(isTableChange) && options.table ? keysOf(options.table) : undefined;
  const ops: WriteOp[] = [...changeGuards(changes, options), ...changes.map((c) => toOp(c, keys))];
  if (log.length > 0) ops.push({ kind: 'appendTableRows', table: LOG_TABLE, rows: log.map((e) => logRow(e, options.logHeader)), formats: logFormats(options.logHeader) });
  return ops;
}

/**
 * Writes the changes and the log rows in one batch. Returns undefined on success, or the
 * failure (after putting the workbook back) when the batch threw or its guards missed.
 */
export async function applyChanges(
  ctx: ServiceContext,
  action: string,
  changes: readonly Change[],
  log: readonly LogEntry[],
  options: ApplyOptions = {},
): Promise<Failure | undefined> {
  if (changes.length === 0 && log.length === 0) return undefined;
  try {
    await ctx.port.write(changeOps(changes, log, options));
    return undefined;
  } catch (error) {
    return recover(ctx, action, changes, log, options, error);
  }
}
