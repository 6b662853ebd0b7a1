/**
 * The ONE recovery of the guarded-write protocol (apply.ts): after a write batch failed
 * half-way (Excel does not roll a batch back) or its guards missed (the port's contract:
 * the batch may have run all the same), it reads the workbook again and undoes only what
 * of the action is in effect — "put the cell back unless someone else changed it":
 *   - a cell holding the value the action wrote gets back what it held before, or the
 *     edit a guard saw someone make meanwhile (a spill they made re-flows);
 *   - anything else (their edit, a formula) is kept and reported;
 *   - a scenario column is judged row by row as the adapter wrote it (the table as it was
 *     at write time); if the rows moved again since, it is left and reported.
 * If the action's log rows had been appended, a row recording each undo is appended, so
 * the log always describes what happened to the cells (those rows: undo-log.ts).
 */
import { columnIndex, isWriteConflict, type CellValue, type GuardMiss, type Snapshot, type TableKeys, type TableRead } from '../workbook/port';
import { causeOf, keysOf, type ApplyOptions, type Change } from './change';
import { ACTIVE_NAME, INPUT_COLUMN, LOG_TABLE, SCENARIOS_TABLE } from './layout';
import { excelTime, logFormats, logRow, parseLog, sameTime, type LogEntry } from './log';
import { MESSAGES } from './messages';
import { singleCell } from './model';
import { nameKey, sameName } from './names';
import type { Failure, ServiceContext } from './types';
import { compensation, keyText, type Settled } from './undo-log';
import { displayValue, isBlank, sameValue } from './values';

/** A guard miss as the user reads it: what changed, and what it holds now. */
export function describeMiss(miss: GuardMiss): string {
  const g = miss.guard;
  if (g.kind === 'expectNamedCell') {
    if (!miss.found) return MESSAGES.nowGone(g.name);
    if (miss.found.formula !== null) return MESSAGES.nowFormula(g.name, miss.found.formula);
    if (miss.found.spill !== undefined) return MESSAGES.nowSpill(g.name, miss.found.spill);
    return MESSAGES.nowHolds(g.name, displayValue(miss.found.values[0] ?? ''));
  }
  if (g.kind === 'expectTableColumn' && sameName(g.column, INPUT_COLUMN)) return MESSAGES.rowsChanged(g.table);
  return g.kind === 'expectTableColumn' ? MESSAGES.tableChanged(g.table, g.column) : MESSAGES.tableChanged(g.table);
}

const cellMiss = (misses: readonly GuardMiss[], name: string): GuardMiss | undefined =>
  misses.find((m) => m.guard.kind === 'expectNamedCell' && sameName(m.guard.name, name));

const columnMiss = (misses: readonly GuardMiss[], column: string): GuardMiss | undefined =>
  misses.find((m) => m.guard.kind === 'expectTableColumn' && sameName(m.guard.column, column));

/** The name Excel gives a table column it adds before it is named. */
const DEFAULT_COLUMN = /^Column\d+$/;

const sameColumn = (a: readonly CellValue[], b: readonly CellValue[]): boolean => a.length === b.length && a.every((v, r) => sameValue(v, b[r]));

/** `values` (row r keyed `from[r]`) in the row order of `to`; blank-keyed rows blank. */
function reorder(values: readonly CellValue[], from: readonly CellValue[], to: readonly CellValue[]): CellValue[] {
  const byKey = new Map<string, CellValue>();
  from.forEach((k, r) => {
    if (keyText(k) !== '') byKey.set(keyText(k), values[r] ?? '');
  });
  return to.map((k) => byKey.get(keyText(k)) ?? '');
}

interface Scene {
  readonly snap: Snapshot;
  readonly table: TableRead | null;
  readonly misses: readonly GuardMiss[];
  readonly meanwhile: string[];
  readonly kept: string[];
  /** The header as the action read it (to tell a half-added column). */
  readonly readHeader?: readonly string[];
  /** The Input column when the batch ran (what the adapter wrote row by row against). */
  readonly writeKeys?: readonly CellValue[];
  /** The Input column now, and whether its rows are still where they were at write time. */
  readonly keys?: TableKeys;
  readonly stable: boolean;
  readonly claimed: Set<string>;
}

export async function recover(
  ctx: ServiceContext,
  action: string,
  changes: readonly Change[],
  log: readonly LogEntry[],
  options: ApplyOptions,
  error: unknown,
): Promise<Failure> {
  const cause = causeOf(error);
  const misses = isWriteConflict(error) ? error.misses : [];
  const cellNames = changes.flatMap((c) => (c.kind === 'cell' ? [c.name] : []));
  const touched = [...cellNames, ...(changes.some((c) => c.kind !== 'cell') ? [SCENARIOS_TABLE] : [])];
  const meanwhile = misses.map(describeMiss);
  const kept: string[] = [];
  try {
    await recoverOnce(ctx, changes, log, options, misses, meanwhile, kept);
  } catch (failure) {
    // The workbook is failing: say which cells to check rather than guess.
    return {
      kind: 'failed',
      restored: false,
      message: MESSAGES.writeFailedNotRestored(action, cause, causeOf(failure), touched.length ? touched : [ACTIVE_NAME]),
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
  meanwhile: string[],
  kept: string[],
): Promise<void> {
  const onTable = changes.some((c) => c.kind !== 'cell');
  const snap = await ctx.port.read({
    tables: [...(onTable ? [SCENARIOS_TABLE] : []), ...(log.length > 0 ? [LOG_TABLE] : [])],
    names: changes.flatMap((c) => (c.kind === 'cell' ? [c.name] : [])),
  });
  const table = onTable ? snap.table(SCENARIOS_TABLE) : null;
  const readKeys = options.table ? keysOf(options.table) : undefined;
  const writeKeys = readKeys ? (columnMiss(misses, readKeys.column)?.found?.values ?? readKeys.values) : undefined;
  const keys = table && columnIndex(table.header, INPUT_COLUMN) >= 0 ? keysOf(table) : undefined;
  const scene: Scene = {
    snap,
    table,
    misses,
    meanwhile,
    kept,
    readHeader: options.table ? (options.table.allHeader ?? options.table.header) : undefined,
    writeKeys,
    keys,
    stable: keys !== undefined && writeKeys !== undefined && sameColumn(keys.values, writeKeys),
    claimed: new Set(),
  };
  const settled = new Map<Change, Settled>();
  for (const change of [...changes].reverse()) settled.set(change, settle(change, scene));

  // Were this action's log rows appended (the batch's last step)? Then every change had
  // been written, and each one no longer in effect needs a row saying so.
  const entries = log.length > 0 ? parseLog(snap.table(LOG_TABLE)) : [];
  const logged =
    log.length > 0 &&
    Array.isArray(entries) &&
    entries.length >= log.length &&
    log.every((row, i) => {
      const e = entries[entries.length - log.length + i];
      return sameTime(e.time, row.time) && e.action === row.action && sameName(e.input || '-', row.input || '-');
    });
  const time = excelTime(ctx.now());
  const undoLog: LogEntry[] = logged ? compensation(log, changes, settled, table, time) : [];
  const ops = [...settled.values()].flatMap((u) => (u.op ? [u.op] : []));
  if (undoLog.length > 0) ops.push({ kind: 'appendTableRows', table: LOG_TABLE, rows: undoLog.map((e) => logRow(e, options.logHeader)), formats: logFormats(options.logHeader) });
  await ctx.port.write(ops);
}

/** Where one change stands, and how to undo it if it is in effect. */
function settle(change: Change, s: Scene): Settled {
  const header = s.table?.header ?? [];
  switch (change.kind) {
    case 'cell': {
      const cell = singleCell(s.snap.name(change.name));
      const miss = cellMiss(s.misses, change.name);
      if (!cell || !('where' in cell)) {
        if (!miss) s.meanwhile.push(MESSAGES.nowGone(change.name));
        return { undone: false };
      }
      const theirs = miss?.found;
      if (cell.formula !== null || cell.spill !== undefined || !sameValue(cell.value, change.after)) {
        // Not ours: never written, undone already, or changed again by someone else since.
        const back = theirs
          ? theirs.formula === cell.formula && (theirs.spill !== undefined) === (cell.spill !== undefined) && sameValue(cell.value, theirs.values[0])
          : cell.formula === null && cell.spill === undefined && sameValue(cell.value, change.before);
        if (!back && !miss) {
          s.meanwhile.push(
            cell.formula !== null
              ? MESSAGES.nowFormula(change.name, cell.formula)
              : cell.spill !== undefined
                ? MESSAGES.nowSpill(change.name, cell.spill)
                : MESSAGES.nowHolds(change.name, displayValue(cell.value)),
          );
        }
        return { undone: back, restored: cell.value };
      }
      // Ours: put back what was there — someone else's edit where a guard saw one.
      if (theirs && theirs.formula !== null) {
        s.kept.push(change.name);
        return { undone: false };
      }
      // Their spill over the cell re-flows once our value is cleared.
      const value = theirs ? (theirs.spill !== undefined ? '' : (theirs.values[0] ?? '')) : change.before;
      return { op: { kind: 'setNamedCell', name: change.name, value }, undone: true, restored: theirs ? (theirs.values[0] ?? '') : value };
    }
    case 'column': {
      const c = columnIndex(header, change.column);
      if (!s.table || c < 0 || !s.stable || !s.keys) {
        s.meanwhile.push(MESSAGES.tableChanged(SCENARIOS_TABLE, change.column));
        return { undone: false };
      }
      const current = s.table.rows.map((row) => row[c] ?? '');
      // Row by row as at write time: the column then (their edit) or, when its guard held, as read.
      const found = columnMiss(s.misses, change.column)?.found?.values;
      const target = found ?? change.before;
      if (!sameColumn(current, change.after)) {
        const back = sameColumn(current, target);
        if (!back && !columnMiss(s.misses, change.column)) s.meanwhile.push(MESSAGES.tableChanged(SCENARIOS_TABLE, change.column));
        return { undone: back, restored: current };
      }
      if (target.length !== current.length) return { undone: false };
      return { op: { kind: 'setTableColumn', table: SCENARIOS_TABLE, column: change.column, values: target, keys: s.keys }, undone: true, restored: target };
    }
    case 'add-column': {
      if (!s.table) return { undone: false };
      const table = s.table;
      const valuesAt = (c: number): CellValue[] => table.rows.map((row) => row[c] ?? '');
      // Only the column this action added (its values, or none yet), never someone else's.
      const ours = (i: number): boolean => (s.stable && sameColumn(valuesAt(i), change.values)) || valuesAt(i).every(isBlank);
      const c = columnIndex(header, change.header);
      if (c >= 0 && ours(c)) return { op: { kind: 'deleteTableColumn', table: SCENARIOS_TABLE, column: change.header }, undone: true };
      // Someone else's column of that name (a co-author renamed theirs to it meanwhile) is kept;
      // this action's, if the batch added it, is under another name (below).
      if (c >= 0) s.meanwhile.push(MESSAGES.tableChanged(SCENARIOS_TABLE, change.header));
      // Half-added: Excel adds a column (named "ColumnN"), then names it, then fills it; or
      // it names the column apart from theirs ("C2" beside their "C"). A column of that kind
      // beyond the columns as read, blank or holding this action's values, is this action's.
      const from = s.readHeader?.length ?? header.length;
      const apart = (h: string): boolean => {
        const head = h.slice(0, change.header.length);
        return h.length > change.header.length && sameName(head, change.header) && /^\d+$/.test(h.slice(change.header.length));
      };
      const k = header.findIndex(
        (h, i) =>
          i >= from &&
          !s.claimed.has(nameKey(h)) &&
          columnIndex(s.readHeader ?? [], h) < 0 &&
          ((DEFAULT_COLUMN.test(h) && valuesAt(i).every(isBlank)) || (apart(h) && ours(i))),
      );
      if (k < 0) return { undone: c < 0 };
      s.claimed.add(nameKey(header[k]));
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
      if (!s.table || !s.keys) return { undone: false };
      if (columnIndex(header, change.header) >= 0) return { undone: true };
      const found = columnMiss(s.misses, change.header)?.found?.values;
      // As at write time (their edit) or as read; each value back in the row of its input.
      const values = reorder(found ?? change.values, s.writeKeys ?? [], s.keys.values);
      return { op: { kind: 'addTableColumn', table: SCENARIOS_TABLE, header: change.header, values, keys: s.keys }, undone: true, restored: values };
    }
  }
}
