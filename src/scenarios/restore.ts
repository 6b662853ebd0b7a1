/**
 * Putting input cells back after Compare (also when a step failed half-way), through the
 * one guarded-write protocol: reads the cells again and writes the original value only
 * where a cell holds a value Compare wrote; anything else — an edit someone made
 * meanwhile — is kept and reported. A guard miss at the write is recovered like any
 * action's (apply.ts / recover.ts): the other person's value wins.
 */
import type { CellValue } from '../workbook/port';
import { applyChanges, type Change } from './apply';
import { MESSAGES } from './messages';
import { singleCell } from './model';
import type { Failure, ServiceContext } from './types';
import { displayValue, sameValue } from './values';

export interface RestoreTarget {
  readonly name: string;
  /** The value to put back. */
  readonly original: CellValue;
  /** Every value this action wrote to the cell (a cell holding one of them holds ours). */
  readonly wrote: readonly CellValue[];
}

export interface RestoreResult {
  /** What someone else changed meanwhile (kept). */
  readonly meanwhile: string[];
  /** Cells holding our value that could not be given someone else's formula back. */
  readonly kept: string[];
}

const MAX_TRIES = 3;

/**
 * Puts the targets back; throws when the workbook keeps failing. A try that fails or meets
 * someone's edit is recovered by the protocol (which undoes that try) and tried again from
 * a fresh read: their edit then reads as theirs and is kept, the rest is put back.
 */
export async function restoreInputs(ctx: ServiceContext, targets: readonly RestoreTarget[]): Promise<RestoreResult> {
  const meanwhile = new Set<string>();
  for (let attempt = 1; ; attempt += 1) {
    const failure = await restoreOnce(ctx, targets, meanwhile);
    if (!failure) return { meanwhile: [...meanwhile], kept: [] };
    for (const m of failure.changedMeanwhile ?? []) meanwhile.add(m);
    if (attempt >= MAX_TRIES) throw new Error(failure.message);
  }
}

async function restoreOnce(ctx: ServiceContext, targets: readonly RestoreTarget[], meanwhile: Set<string>): Promise<Failure | undefined> {
  if (targets.length === 0) return undefined;
  const snap = await ctx.port.read({ names: targets.map((t) => t.name) });
  const changes: Change[] = [];
  for (const t of targets) {
    const cell = singleCell(snap.name(t.name));
    if (!cell || !('where' in cell)) {
      meanwhile.add(MESSAGES.nowGone(t.name));
      continue;
    }
    const constant = cell.formula === null && cell.spill === undefined;
    if (constant && sameValue(cell.value, t.original)) continue;
    if (!constant || !t.wrote.some((v) => sameValue(v, cell.value))) {
      meanwhile.add(
        cell.formula !== null
          ? MESSAGES.nowFormula(t.name, cell.formula)
          : cell.spill !== undefined
            ? MESSAGES.nowSpill(t.name, cell.spill)
            : MESSAGES.nowHolds(t.name, displayValue(cell.value)),
      );
      continue;
    }
    changes.push({ kind: 'cell', name: t.name, before: cell.value, after: t.original });
  }
  return applyChanges(ctx, 'comparison', changes, []);
}
