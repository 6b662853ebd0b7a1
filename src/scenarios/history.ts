/**
 * The last entries of the Scenario Log, for the pane: newest first, read afresh at each
 * call, and whether there is a Switch or Revert that Revert could undo.
 */
import { LOG_TABLE } from './layout';
import { lastUndoGroup, parseLog, timeOf } from './log';
import { isRefusal } from './model';
import type { LogOutcome, ServiceContext } from './types';

export async function recentLog(ctx: ServiceContext, limit: number): Promise<LogOutcome> {
  const snap = await ctx.port.read({ tables: [LOG_TABLE] });
  const entries = parseLog(snap.table(LOG_TABLE));
  if (isRefusal(entries)) return entries;
  const count = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : entries.length;
  return {
    kind: 'log',
    entries: (count === 0 ? [] : entries.slice(-count).reverse()).map((e) => {
      const ms = timeOf(e.time);
      return { ...e, time: ms === undefined ? String(e.time) : new Date(ms).toISOString() };
    }),
    total: entries.length,
    canRevert: lastUndoGroup(entries).length > 0,
  };
}
