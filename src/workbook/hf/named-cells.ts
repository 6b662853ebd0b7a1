/**
 * A run of named-cell writes (a Switch's inputs) as few HyperFormula operations as the
 * cells allow: each `setCellContents` costs HyperFormula an undo entry, a redo-stack check
 * and a change record, so 1,000 inputs written one by one cost ~5× a column written at once.
 * Cells one below the other in a column become one write; nothing between them is touched.
 * The result is the same as writing them in order: the later of two writes to one cell
 * wins, and if HyperFormula would refuse any of the grouped writes, they run one by one in
 * their order instead, so the same write fails at the same point.
 */
import type { HyperFormula, RawCellContent } from 'hyperformula';

export interface CellWrite {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
  readonly content: RawCellContent;
}

interface Run {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
  readonly contents: RawCellContent[];
}

/** Consecutive cells of one column, from writes sorted by sheet, column and row (the last write of a cell kept). */
function runsOf(writes: readonly CellWrite[]): Run[] {
  const last = new Map<string, CellWrite>();
  for (const w of writes) last.set(`${w.sheet},${w.col},${w.row}`, w);
  const cells = [...last.values()].sort((a, b) => a.sheet - b.sheet || a.col - b.col || a.row - b.row);
  const runs: Run[] = [];
  let run: Run | undefined;
  for (const c of cells) {
    if (run && run.sheet === c.sheet && run.col === c.col && run.row + run.contents.length === c.row) {
      run.contents.push(c.content);
      continue;
    }
    run = { sheet: c.sheet, row: c.row, col: c.col, contents: [c.content] };
    runs.push(run);
  }
  return runs;
}

export function writeCells(hf: HyperFormula, writes: readonly CellWrite[]): void {
  if (writes.length === 0) return;
  const runs = writes.length === 1 ? [] : runsOf(writes);
  const grouped = runs.length > 0 && runs.length < writes.length && runs.every((r) =>
    hf.isItPossibleToSetCellContents({ start: { sheet: r.sheet, row: r.row, col: r.col }, end: { sheet: r.sheet, row: r.row + r.contents.length - 1, col: r.col } }),
  );
  if (!grouped) {
    for (const w of writes) hf.setCellContents({ sheet: w.sheet, row: w.row, col: w.col }, [[w.content]]);
    return;
  }
  for (const r of runs) hf.setCellContents({ sheet: r.sheet, row: r.row, col: r.col }, r.contents.map((c) => [c]));
}
