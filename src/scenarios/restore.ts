/**
 * Putting input cells back after Compare (also when a step failed half-way): reads them
 * again, puts back the original value wherever the cell holds a value Compare wrote, and
 * keeps anything else — an edit someone made meanwhile is never overwritten. The writes
 * are guarded by what was just read; where a guard misses, the other person's value wins.
 */
import { isWriteConflict, type CellValue, type GuardMiss, type WriteOp } from '../workbook/port';
import { describeMiss } from './apply';
import { MESSAGES } from './messages';
import { singleCell } from './model';
import { nameKey } from './names';
import type { ServiceContext } from './types';
import { displayValue, sameValue } from './values';

export interface RestoreTarget {
  readonly name: string;
  /** The value to put back. */
  readonly original: CellValue;
  /** Every value this action wrote to the cell (a cell holding one of them holds ours). */
  readonly wrote: readonly CellValue[];
  /** What a guard found there instead of our value (someone else's edit), if it missed. */
  readonly theirs?: GuardMiss;
}

export interface RestoreResult {
  /** What someone else changed meanwhile (kept). */
  readonly meanwhile: string[];
  /** Cells holding our value that could not be given someone else's formula back. */
  readonly kept: string[];
}

const MAX_TRIES = 3;

export async function restoreInputs(ctx: ServiceContext, targets: readonly RestoreTarget[]): Promise<RestoreResult> {
  const meanwhile: string[] = targets.flatMap((t) => (t.theirs ? [describeMiss(t.theirs)] : []));
  const kept: string[] = [];
  if (targets.length === 0) return { meanwhile, kept };
  const snap = await ctx.port.read({ names: targets.map((t) => t.name) });
  let pending: { name: string; now: CellValue; value: CellValue }[] = [];
  for (const t of targets) {
    const cell = singleCell(snap.name(t.name));
    if (!cell || !('where' in cell)) {
      if (!t.theirs) meanwhile.push(MESSAGES.nowGone(t.name));
      continue;
    }
    const ours = cell.formula === null && t.wrote.some((v) => sameValue(v, cell.value));
    const found = t.theirs?.found;
    if (found && found.formula !== null) {
      if (ours) kept.push(t.name);
      continue;
    }
    const target = found ? (found.values[0] ?? '') : t.original;
    if (cell.formula === null && sameValue(cell.value, target)) continue;
    if (!ours) {
      if (!t.theirs) meanwhile.push(cell.formula !== null ? MESSAGES.nowFormula(t.name, cell.formula) : MESSAGES.nowHolds(t.name, displayValue(cell.value)));
      continue;
    }
    pending.push({ name: t.name, now: cell.value, value: target });
  }

  for (let attempt = 0; pending.length > 0; attempt += 1) {
    const ops: WriteOp[] = [
      ...pending.map((p): WriteOp => ({ kind: 'expectNamedCell', name: p.name, value: p.now })),
      ...pending.map((p): WriteOp => ({ kind: 'setNamedCell', name: p.name, value: p.value })),
    ];
    try {
      await ctx.port.write(ops);
      break;
    } catch (error) {
      if (!isWriteConflict(error) || attempt + 1 >= MAX_TRIES) throw error;
      const missed = (m: GuardMiss): string => (m.guard.kind === 'expectNamedCell' ? nameKey(m.guard.name) : '');
      const names = new Set(error.misses.map(missed));
      meanwhile.push(...error.misses.map(describeMiss));
      const next: typeof pending = [];
      for (const p of pending) {
        const miss = error.misses.find((m) => missed(m) === nameKey(p.name));
        if (!names.has(nameKey(p.name))) {
          // Not applied (HyperFormula): write it again. Applied (Office): done.
          if (!error.applied) next.push(p);
        } else if (error.applied) {
          // Ours landed on someone else's edit: give it back.
          if (miss?.found && miss.found.formula === null) next.push({ name: p.name, now: p.value, value: miss.found.values[0] ?? '' });
          else kept.push(p.name);
        }
      }
      pending = next;
    }
  }
  return { meanwhile, kept };
}
