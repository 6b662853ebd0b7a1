/**
 * Applying an action's changes as ONE write batch (guards, changes, then the log rows), and
 * putting the workbook back when that batch fails half-way (Excel does not roll a batch
 * back: a prefix of it may have been applied) or when its guards show that someone else
 * changed what it was about to write (a co-author's edit between the action's read and its
 * write).
 *
 * Recovery reads the workbook again and undoes only what of this action is in effect (a
 * cell holding the value the action wrote, a column holding what it wrote...): an edit by
 * someone else is never overwritten — where the guards saw one, the cell gets that edit
 * back. If the action's log rows had already been appended, it appends a row recording
 * each undo, so the log always describes what happened to the cells.
 */
import {
  columnIndex,
  isWriteConflict,
  type CellValue,
  type Guard,
  type GuardMiss,
  type Snapshot,
  type TableRead,
  type WriteOp,
} from '../workbook/port';
import { ACTIVE_NAME, INPUT_COLUMN, LOG_TABLE, SCENARIOS_TABLE } from './layout';
import { logRow, parseLog, reverseAction, type LogEntry } from './log';
import { MESSAGES } from './messages';
import { singleCell } from './model';
import { nameKey, sameName } from './names';
import type { Failure, ServiceContext } from './types';
import { displayValue, isBlank, sameValue } from './values';

export type Change =
  /** A named cell (an input or `ESG_ActiveScenario`); `before` exactly as read. */
  | { readonly kind: 'cell'; readonly name: string; readonly before: CellValue; readonly after: CellValue }
  /** A whole body column of `ESG_Scenarios`. */
  | { readonly kind: 'column'; readonly column: string; readonly before: readonly CellValue[]; readonly after: readonly CellValue[] }
  | { readonly kind: 'add-column'; readonly header: string; readonly values: readonly CellValue[] }
  | { readonly kind: 'rename-column'; readonly from: string; readonly to: string }
  | { readonly kind: 'delete-column'; readonly header: string; readonly values: readonly CellValue[] };

export interface ApplyOptions {
  /** The log table's header as read (log rows follow its column order). */
  readonly logHeader?: readonly string[];
  /** The scenario table as read: guards its header when the changes alter its columns. */
  readonly table?: TableRead;
  /** More guards: what else the action was computed from (e.g. the target scenario's column). */
  readonly guards?: readonly Guard[];
}

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
  return [...guards, ...(options.guards ?? [])];
}

/** The write batch of an action: its guards, its changes in order, then its log rows. */
export function changeOps(changes: readonly Change[], log: readonly LogEntry[], options: ApplyOptions = {}): WriteOp[] {
  const ops: WriteOp[] = [...changeGuards(changes, options), ...changes.map(toOp)];
  if (log.length > 0) ops.push({ kind: 'appendTableRows', table: LOG_TABLE, rows: log.map((e) => logRow(e, options.logHeader)) });
  return ops;
}

export function causeOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes the changes and the log rows in one batch. Returns undefined on success, or the
 * failure (after putting the workbook back) when the batch threw or its guards failed.
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
    const conflict = isWriteConflict(error) ? error : undefined;
    return recover(ctx, action, changes, log, options, causeOf(error), conflict?.misses ?? [], conflict?.applied ?? true);
  }
}

// ------------------------------------------------------------------ describing others' edits

/** A guard miss as the user reads it: what changed, and what it holds now. */
export function describeMiss(miss: GuardMiss): string {
  const g = miss.guard;
  if (g.kind === 'expectNamedCell') {
    if (!miss.found) return MESSAGES.nowGone(g.name);
    if (miss.found.formula !== null) return MESSAGES.nowFormula(g.name, miss.found.formula);
    return MESSAGES.nowHolds(g.name, displayValue(miss.found.values[0] ?? ''));
  }
  return g.kind === 'expectTableColumn' ? MESSAGES.tableChanged(g.table, g.column) : MESSAGES.tableChanged(g.table);
}

function cellMiss(misses: readonly GuardMiss[], name: string): GuardMiss | undefined {
  return misses.find((m) => m.guard.kind === 'expectNamedCell' && sameName(m.guard.name, name));
}

function columnMiss(misses: readonly GuardMiss[], column: string): GuardMiss | undefined {
  return misses.find((m) => m.guard.kind === 'expectTableColumn' && sameName(m.guard.column, column));
}

/** The name Excel gives a table column it adds before it is named. */
const DEFAULT_COLUMN = /^Column\d+$/;

const sameColumn = (a: readonly CellValue[], b: readonly CellValue[]): boolean =>
  a.length === b.length && a.every((v, r) => sameValue(v, b[r]));

// ------------------------------------------------------------------ recovery

/** Where one change stands after recovery. */
interface Settled {
  /** The write that undoes it now, if it is in effect. */
  readonly op?: WriteOp;
  /** Not in effect any more (undone now, or already back as it was): its log rows need a compensating row. */
  readonly undone: boolean;
  /** What the cell or column holds once undone (someone else's edit where a guard saw one). */
  readonly restored?: CellValue | readonly CellValue[];
}

async function recover(
  ctx: ServiceContext,
  action: string,
  changes: readonly Change[],
  log: readonly LogEntry[],
  options: ApplyOptions,
  cause: string,
  misses: readonly GuardMiss[],
  applied: boolean,
): Promise<Failure> {
  const cellNames = changes.flatMap((c) => (c.kind === 'cell' ? [c.name] : []));
  const touched = [...cellNames, ...(changes.some((c) => c.kind !== 'cell') ? [SCENARIOS_TABLE] : [])];
  const meanwhile = misses.map(describeMiss);
  const kept: string[] = [];
  try {
    await recoverOnce(ctx, changes, log, options, misses, applied, meanwhile, kept);
  } catch (error) {
    // The workbook is failing: say which cells to check rather than guess.
    return {
      kind: 'failed',
      restored: false,
      message: MESSAGES.writeFailedNotRestored(action, cause, causeOf(error), touched.length ? touched : [ACTIVE_NAME]),
      ...(meanwhile.length > 0 ? { changedMeanwhile: meanwhile } : {}),
    };
  }
  if (meanwhile.length === 0) return { kind: 'failed', restored: true, message: MESSAGES.writeFailedRestored(action, cause) };
  return {
    kind: 'failed',
    restored: kept.length === 0,
    message: kept.length === 0 ? MESSAGES.changedMeanwhile(action, meanwhile) : MESSAGES.changedMeanwhileNotRestored(action, meanwhile, kept),
    changedMeanwhile: meanwhile,
  };
}

/** One recovery: read, undo what of the action is in effect, record the undo in the log. */
async function recoverOnce(
  ctx: ServiceContext,
  changes: readonly Change[],
  log: readonly LogEntry[],
  options: ApplyOptions,
  misses: readonly GuardMiss[],
  applied: boolean,
  meanwhile: string[],
  kept: string[],
): Promise<void> {
  const snap = await ctx.port.read({ tables: [SCENARIOS_TABLE, LOG_TABLE], names: changes.flatMap((c) => (c.kind === 'cell' ? [c.name] : [])) });
  const settled = new Map<Change, Settled>();
  if (applied) {
    const stray = { header: options.table ? (options.table.allHeader ?? options.table.header) : undefined, claimed: new Set<string>() };
    for (const change of [...changes].reverse()) settled.set(change, settle(change, snap, misses, meanwhile, kept, stray));
  } else {
    // Guards that failed before anything was written (HyperFormula): nothing to undo.
    for (const change of changes) noteOthers(change, snap, misses, meanwhile);
  }

  // Were this action's log rows appended (the batch's last step)? Then every change had
  // been written, and each one no longer in effect needs a row saying so.
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
  const undoLog: LogEntry[] = logged ? compensation(log, changes, settled, snap.table(SCENARIOS_TABLE), time) : [];
  const ops = [...settled.values()].flatMap((u) => (u.op ? [u.op] : []));
  if (undoLog.length > 0) ops.push({ kind: 'appendTableRows', table: LOG_TABLE, rows: undoLog.map((e) => logRow(e, options.logHeader)) });
  await ctx.port.write(ops);
}

/**
 * Where one change stands, and how to undo it if it is in effect. `meanwhile` collects what
 * someone else changed; `kept` the cells that cannot be put back (someone's formula under
 * our value).
 */
function settle(
  change: Change,
  snap: Snapshot,
  misses: readonly GuardMiss[],
  meanwhile: string[],
  kept: string[],
  stray: { readonly header?: readonly string[]; readonly claimed: Set<string> },
): Settled {
  const table = snap.table(SCENARIOS_TABLE);
  const header = table?.header ?? [];
  switch (change.kind) {
    case 'cell': {
      const cell = singleCell(snap.name(change.name));
      const miss = cellMiss(misses, change.name);
      if (!cell || !('where' in cell)) {
        if (!miss) meanwhile.push(MESSAGES.nowGone(change.name));
        return { undone: false };
      }
      const theirs = miss?.found;
      if (cell.formula !== null || !sameValue(cell.value, change.after)) {
        // Not ours: never written, undone already, or changed again by someone else since.
        const back = theirs ? theirs.formula === cell.formula && sameValue(cell.value, theirs.values[0]) : cell.formula === null && sameValue(cell.value, change.before);
        if (!back && !miss) {
          meanwhile.push(cell.formula !== null ? MESSAGES.nowFormula(change.name, cell.formula) : MESSAGES.nowHolds(change.name, displayValue(cell.value)));
        }
        return { undone: back, restored: cell.value };
      }
      // Ours: put back what was there — someone else's edit where a guard saw one.
      if (theirs && theirs.formula !== null) {
        kept.push(change.name);
        return { undone: false };
      }
      const value = theirs ? (theirs.values[0] ?? '') : change.before;
      return { op: { kind: 'setNamedCell', name: change.name, value }, undone: true, restored: value };
    }
    case 'column': {
      const c = columnIndex(header, change.column);
      if (!table || c < 0) {
        meanwhile.push(MESSAGES.tableChanged(SCENARIOS_TABLE, change.column));
        return { undone: false };
      }
      const current = table.rows.map((row) => row[c] ?? '');
      const found = columnMiss(misses, change.column)?.found?.values;
      const target = found && found.length === current.length ? found : change.before;
      if (!sameColumn(current, change.after)) {
        const back = sameColumn(current, target);
        if (!back && !columnMiss(misses, change.column)) meanwhile.push(MESSAGES.tableChanged(SCENARIOS_TABLE, change.column));
        return { undone: back, restored: current };
      }
      if (target.length !== current.length) return { undone: false };
      return { op: { kind: 'setTableColumn', table: SCENARIOS_TABLE, column: change.column, values: target }, undone: true, restored: target };
    }
    case 'add-column': {
      if (!table) return { undone: false };
      const valuesAt = (c: number): CellValue[] => table.rows.map((row) => row[c] ?? '');
      const c = columnIndex(header, change.header);
      if (c >= 0) {
        // Only the column this action added (its values, or none yet), never someone else's of that name.
        const values = valuesAt(c);
        if (!sameColumn(values, change.values) && !values.every(isBlank)) return { undone: false };
        return { op: { kind: 'deleteTableColumn', table: SCENARIOS_TABLE, column: change.header }, undone: true };
      }
      // Half-added: Excel adds a column (named "ColumnN"), then names it, then fills it. A
      // blank column of that kind beyond the columns as read is this action's.
      const from = stray.header?.length ?? header.length;
      const k = header.findIndex(
        (h, i) => i >= from && DEFAULT_COLUMN.test(h) && !stray.claimed.has(nameKey(h)) && columnIndex(stray.header ?? [], h) < 0 && valuesAt(i).every(isBlank),
      );
      if (k < 0) return { undone: true };
      stray.claimed.add(nameKey(header[k]));
      return { op: { kind: 'deleteTableColumn', table: SCENARIOS_TABLE, column: header[k] }, undone: true };
    }
    case 'rename-column': {
      const hasTo = columnIndex(header, change.to) >= 0;
      const hasFrom = columnIndex(header, change.from) >= 0;
      if (hasTo && (sameName(change.from, change.to) || !hasFrom)) {
        return { op: { kind: 'renameTableColumn', table: SCENARIOS_TABLE, column: change.to, to: change.from }, undone: true };
      }
      return { undone: hasFrom && !hasTo };
    }
    case 'delete-column': {
      if (!table) return { undone: false };
      if (columnIndex(header, change.header) >= 0) return { undone: true };
      const found = columnMiss(misses, change.header)?.found?.values;
      const source = found ?? change.values;
      const values = Array.from({ length: table.rows.length }, (_, r) => source[r] ?? '');
      return { op: { kind: 'addTableColumn', table: SCENARIOS_TABLE, header: change.header, values }, undone: true, restored: values };
    }
  }
}

/** Nothing was applied: just note what someone else changed beyond what the guards saw. */
function noteOthers(change: Change, snap: Snapshot, misses: readonly GuardMiss[], meanwhile: string[]): void {
  if (change.kind !== 'cell' || cellMiss(misses, change.name)) return;
  const cell = singleCell(snap.name(change.name));
  if (!cell || !('where' in cell)) meanwhile.push(MESSAGES.nowGone(change.name));
}

/** The log rows recording each undo of a logged row: Before = what the action wrote, After = what was put back. */
function compensation(
  log: readonly LogEntry[],
  changes: readonly Change[],
  settled: ReadonlyMap<Change, Settled>,
  table: TableRead | null,
  time: string,
): LogEntry[] {
  const inputCol = table ? columnIndex(table.header, INPUT_COLUMN) : -1;
  const rows = new Map<string, number>();
  table?.rows.forEach((r, k) => {
    const name = nameKey(String(r[inputCol] ?? ''));
    if (inputCol >= 0 && !rows.has(name)) rows.set(name, k);
  });
  const rowOf = (input: string): number => rows.get(nameKey(input)) ?? -1;
  const cells = new Map<string, Change>();
  for (const c of changes) if (c.kind === 'cell' && !cells.has(nameKey(c.name))) cells.set(nameKey(c.name), c);
  const out: LogEntry[] = [];
  for (const row of [...log].reverse()) {
    const change = changeOf(row, changes, cells);
    const undo = change ? settled.get(change) : undefined;
    if (!change || !undo?.undone) continue;
    let after: CellValue = row.before;
    if (change.kind === 'cell' && undo.restored !== undefined && !Array.isArray(undo.restored)) after = undo.restored as CellValue;
    if (change.kind === 'column' && Array.isArray(undo.restored)) {
      const r = rowOf(row.input);
      after = r >= 0 ? ((undo.restored as readonly CellValue[])[r] ?? '') : row.before;
    }
    out.push({ time, action: reverseAction(String(row.action)), scenario: row.scenario, input: row.input, before: row.after, after });
  }
  return out;
}

/** The change a log row records. */
function changeOf(row: LogEntry, changes: readonly Change[], cells: ReadonlyMap<string, Change>): Change | undefined {
  const cell = (): Change | undefined => cells.get(nameKey(row.input));
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
