/**
 * Revert: puts back the Before values of the last Switch or Revert in the log (so a second
 * Revert undoes the first). One read batch, one write batch; the revert is itself logged.
 */
import { isValidDefinedName } from '../workbook/port';
import { applyChanges, type Change } from './apply';
import { ACTIVE_NAME, LOG_TABLE } from './layout';
import { lastUndoGroup, parseLog, type LogEntry } from './log';
import { MESSAGES } from './messages';
import { isRefusal, singleCell } from './model';
import { nameKey, refusal, sameName } from './names';
import type { RevertOutcome, ServiceContext, ValueChange } from './types';
import { sameValue } from './values';

export async function revertLast(ctx: ServiceContext): Promise<RevertOutcome> {
  const snap = await ctx.port.read({
    tables: [LOG_TABLE],
    names: [ACTIVE_NAME],
    namesListedIn: [{ table: LOG_TABLE, column: 'Input' }],
  });
  const entries = parseLog(snap.table(LOG_TABLE));
  if (isRefusal(entries)) return entries;
  const group = lastUndoGroup(entries);
  if (group.length === 0) return refusal('nothing-to-revert', MESSAGES.nothingToRevert());

  const seen = new Set<string>();
  const rows = group.filter((row) => {
    const k = nameKey(row.input);
    if (row.input === '' || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const targets: { row: LogEntry; current: ValueChange['before'] }[] = [];
  for (const row of rows) {
    const read = isValidDefinedName(row.input) && snap.hasName(row.input) ? singleCell(snap.name(row.input)) : undefined;
    if (read === undefined) return refusal('input-undefined', MESSAGES.inputUndefined(row.input));
    if (!('where' in read)) return refusal('input-not-cell', MESSAGES.inputNotCell(row.input, read.refersTo));
    if (read.formula !== null) {
      return sameName(row.input, ACTIVE_NAME)
        ? refusal('active-cell-missing', MESSAGES.activeCellFormula(read.formula))
        : refusal('input-formula', MESSAGES.inputFormula(row.input, read.where, read.formula));
    }
    targets.push({ row, current: read.value });
  }

  const activeRow = rows.find((row) => sameName(row.input, ACTIVE_NAME));
  const activeNow = singleCell(snap.name(ACTIVE_NAME));
  const scenario = activeRow
    ? String(activeRow.before)
    : activeNow && 'where' in activeNow
      ? String(activeNow.value)
      : '';

  const time = ctx.now().toISOString();
  const changes: Change[] = [];
  const done: ValueChange[] = [];
  for (const { row, current } of targets) {
    if (sameValue(current, row.before)) continue;
    changes.push({ kind: 'cell', name: row.input, before: current, after: row.before });
    done.push({ input: row.input, before: current, after: row.before });
  }
  const log: LogEntry[] = done.map((c) => ({ time, action: 'Revert', scenario, ...c }));
  const failure = await applyChanges(ctx, 'revert', changes, log, { logHeader: snap.table(LOG_TABLE)?.header });
  if (failure) return failure;
  return { kind: 'reverted', scenario, changes: done };
}
