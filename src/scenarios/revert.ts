/**
 * Revert: puts back the Before values of the last Switch or Revert in the log (so a second
 * Revert undoes the first). One read batch, one guarded write; the revert is itself logged.
 *
 * The log is an ordinary table that people sort, filter and edit, so Revert trusts only
 * what it must: it finds the last action by the time the add-in stamped on its rows (never
 * the row order), writes only cells that are scenario inputs now (or the active scenario's
 * cell), and refuses what Switch would refuse — a cell holding a formula, in a spill or in
 * merged cells, or text where the input holds a number.
 */
import { applyChanges, type Change } from './apply';
import { ACTIVE_NAME, LOG_TABLE } from './layout';
import { excelTime, lastUndoGroup, parseLog, type LogEntry } from './log';
import { MESSAGES } from './messages';
import { activeWriteProblem, isRefusal, valueProblem, writeProblem, type ResolvedInput } from './model';
import { nameKey, refusal, sameName } from './names';
import { loggedStatePlan, scenarioContext } from './state';
import type { RevertOutcome, ServiceContext, ValueChange } from './types';
import { isBlank, sameValue } from './values';

export async function revertLast(ctx: ServiceContext): Promise<RevertOutcome> {
  const snap = await ctx.port.read(loggedStatePlan({ tables: [LOG_TABLE] }));
  const entries = parseLog(snap.table(LOG_TABLE));
  if (isRefusal(entries)) return entries;
  const group = lastUndoGroup(entries);
  if (group.length === 0) return refusal('nothing-to-revert', MESSAGES.nothingToRevert());
  const state = scenarioContext(snap);
  if (isRefusal(state)) return state;

  // Each input once: the first row of the action that names it holds its value before the action.
  const seen = new Map<string, LogEntry>();
  for (const row of group) {
    const k = nameKey(row.input);
    if (row.input === '') continue;
    const earlier = seen.get(k);
    if (earlier && !sameValue(earlier.before, row.before)) return refusal('input-not-listed', MESSAGES.revertAmbiguous(row.input));
    if (!earlier) seen.set(k, row);
  }

  const inputs = new Map(state.inputs.map((input) => [nameKey(input.name), input]));
  const targets: { row: LogEntry; current: ValueChange['before'] }[] = [];
  for (const [k, row] of seen) {
    if (sameName(row.input, ACTIVE_NAME)) {
      const problem = activeWriteProblem(state.active);
      if (problem) return problem;
      targets.push({ row, current: state.active.value });
      continue;
    }
    const input: ResolvedInput | undefined = inputs.get(k);
    if (!input) return refusal('input-not-listed', MESSAGES.revertNotAnInput(row.input));
    const problem = writeProblem(input) ?? (isBlank(row.before) ? undefined : valueProblem(input, row.before, MESSAGES.revertSource()));
    if (problem) return problem;
    targets.push({ row, current: input.current });
  }

  const activeRow = seen.get(nameKey(ACTIVE_NAME));
  const scenario = activeRow ? String(activeRow.before) : state.active.text;

  const time = excelTime(ctx.now());
  const changes: Change[] = [];
  const done: ValueChange[] = [];
  for (const { row, current } of targets) {
    if (sameValue(current, row.before)) continue;
    changes.push({ kind: 'cell', name: row.input, before: current, after: row.before });
    done.push({ input: row.input, before: current, after: row.before });
  }
  const log: LogEntry[] = done.map((c) => ({ time, action: 'Revert', scenario, ...c }));
  const failure = await applyChanges(ctx, 'revert', changes, log, { logHeader: snap.tableHeader(LOG_TABLE) ?? undefined });
  if (failure) return failure;
  return { kind: 'reverted', scenario, changes: done };
}
