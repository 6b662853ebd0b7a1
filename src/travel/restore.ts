/**
 * Restore formulas: read the kept table, and put back each kept formula into its cell —
 * only when that cell (and every cell of its spill) still holds exactly the value Prepare
 * wrote, and only formulas that call ESG.* (the table is an ordinary table anyone can edit:
 * nothing else in it is ever entered as a formula). Cells a person has changed since are
 * refused and named; a cell already holding its formula again is counted as restored.
 *
 * Round-trips: review = the kept table (chunked) + one read of the cells; restore = the
 * guarded writes (checked again at write time), one log row, and removing the kept sheet
 * when everything is back.
 */
import { LOG_TABLE } from '../scenarios/layout';
import { cellAddress, parseRange } from '../workbook/a1';
import { cellKey, isCellsChanged, type CellNow, type CellWrite } from '../workbook/formulas-port';
import { columnIndex, type CellValue, type TableRead } from '../workbook/port';
import { appendLog, causeOf, type TravelContext } from './context';
import { isRestorable } from './esg';
import { KEPT_COLUMNS, KEPT_TABLE, MAX_FORMULA_LENGTH, RESTORE_ACTION } from './layout';
import { shown, TRAVEL_MESSAGES as M } from './messages';
import { cellName } from './prepare';
import type { RestoreItem, RestoreOutcome, RestoreRefused, RestoreReview, RestoreReviewOutcome } from './types';

const refused = (message: string) => ({ kind: 'refused', message }) as const;

interface Group {
  sheet: string;
  address: string;
  formula: CellValue;
  value: CellValue;
  spilled: { address: string; value: CellValue }[];
  problem?: string;
}

/** A single-cell address, normalised (`$b$2` → `B2`), or undefined. */
function oneCell(text: CellValue): string | undefined {
  const r = typeof text === 'string' ? parseRange(text) : undefined;
  return r && r.sheet === undefined && r.rows === 1 && r.cols === 1 ? cellAddress(r.row, r.col) : undefined;
}

function groupsOf(table: TableRead): Group[] | string {
  const cols = KEPT_COLUMNS.map((c) => columnIndex(table.header, c));
  const missing = cols.findIndex((c) => c < 0);
  if (missing >= 0) return M.keptColumnMissing(KEPT_COLUMNS[missing]);
  const [sheetCol, cellCol, formulaCol, valueCol, fromCol] = cols;
  const groups = new Map<string, Group>();
  const orphans: Group[] = [];
  const rows = table.rows.filter((row) => row.some((v) => v !== ''));
  const seen = new Set<string>();
  // Anchors first, then the cells of their spills (rows may have been sorted).
  for (const pass of ['anchor', 'child'] as const) {
    for (const row of rows) {
      const sheet = String(row[sheetCol] ?? '');
      const from = row[fromCol] ?? '';
      const isChild = from !== '';
      if ((pass === 'child') !== isChild) continue;
      const address = oneCell(row[cellCol] ?? '');
      const where = { sheet, address: address ?? String(row[cellCol] ?? '') };
      if (!address) {
        orphans.push({ ...where, formula: '', value: '', spilled: [], problem: M.badAddress() });
        continue;
      }
      const key = cellKey({ sheet, address });
      if (seen.has(key)) {
        const first = groups.get(key);
        if (first) first.problem ??= M.duplicate();
        else orphans.push({ ...where, formula: '', value: '', spilled: [], problem: M.duplicate() });
        continue;
      }
      seen.add(key);
      if (!isChild) {
        const formula = row[formulaCol] ?? '';
        const ok = typeof formula === 'string' && formula.length <= MAX_FORMULA_LENGTH && isRestorable(formula);
        groups.set(key, { sheet, address, formula, value: row[valueCol] ?? '', spilled: [], ...(ok ? {} : { problem: M.notEsg() }) });
        continue;
      }
      const anchor = oneCell(from);
      const group = anchor ? groups.get(cellKey({ sheet, address: anchor })) : undefined;
      if (!group || row[formulaCol] !== '') orphans.push({ ...where, formula: '', value: '', spilled: [], problem: M.orphan(String(from)) });
      else group.spilled.push({ address, value: row[valueCol] ?? '' });
    }
  }
  return [...groups.values(), ...orphans];
}

export async function reviewRestore(ctx: TravelContext): Promise<RestoreReviewOutcome> {
  const table = await ctx.formulas.readTable(KEPT_TABLE);
  if (!table) return refused(M.nothingKept());
  const groups = groupsOf(table);
  if (typeof groups === 'string') return refused(groups);
  const cells = groups.filter((g) => !g.problem).flatMap((g) => [g, ...g.spilled.map((s) => ({ sheet: g.sheet, address: s.address }))]);
  const now = new Map((await ctx.formulas.readCells(cells)).map((c) => [cellKey(c), c]));
  const items: RestoreItem[] = [];
  const refusedCells: RestoreRefused[] = [];
  let already = 0;
  for (const g of groups) {
    const name = cellName(g);
    if (g.problem) {
      refusedCells.push({ cell: name, reason: g.problem });
      continue;
    }
    const cell = now.get(cellKey(g));
    if (!cell) {
      refusedCells.push({ cell: name, reason: M.sheetGone() });
      continue;
    }
    if (cell.formula !== null && cell.formula === g.formula) {
      already += 1;
      continue;
    }
    const reason = problemOf(cell, g.value) ?? spillProblem(g, now);
    if (reason) refusedCells.push({ cell: name, reason });
    else items.push({ sheet: cell.sheet, address: g.address, formula: String(g.formula), value: g.value, spilled: g.spilled });
  }
  return { kind: 'restore-review', items, already, refused: refusedCells, sheet: table.sheet };
}

function problemOf(cell: CellNow | undefined, expected: CellValue): string | undefined {
  if (!cell) return M.sheetGone();
  if (cell.formula !== null) return M.cellHoldsFormula(cell.formula);
  return cell.value === expected ? undefined : M.cellChanged(shown(cell.value), shown(expected));
}

function spillProblem(g: Group, now: Map<string, CellNow>): string | undefined {
  for (const s of g.spilled) {
    const cell = now.get(cellKey({ sheet: g.sheet, address: s.address }));
    const p = problemOf(cell, s.value);
    if (p) return M.spillChanged(s.address, cell ? (cell.formula ?? shown(cell.value)) : 'nothing', shown(s.value));
  }
  return undefined;
}

export async function restore(ctx: TravelContext, review: RestoreReview): Promise<RestoreOutcome> {
  const snap = await ctx.port.read({ tableHeaders: [LOG_TABLE] });
  const expect: CellNow[] = review.items.flatMap((i) => [
    { sheet: i.sheet, address: i.address, value: i.value, formula: null },
    ...i.spilled.map((s) => ({ sheet: i.sheet, address: s.address, value: s.value, formula: null })),
  ]);
  // The spill's cells are emptied first, so the formula can spill into them again.
  const writes: CellWrite[] = review.items.flatMap((i) => [
    ...i.spilled.map((s) => ({ sheet: i.sheet, address: s.address, cells: [['']] })),
    { sheet: i.sheet, address: i.address, cells: [[{ formula: i.formula }]] },
  ]);
  try {
    await ctx.formulas.writeCells(expect, writes);
  } catch (error) {
    if (isCellsChanged(error)) {
      const cells = [...new Set(error.misses.map((m) => cellName(m.expected)))];
      return { kind: 'failed', message: M.changedSinceRestoreList(cells), changed: cells };
    }
    return { kind: 'failed', message: M.failed('Restore', `${causeOf(error)} Cells restored so far hold their formulas again; use Restore formulas again for the rest.`) };
  }
  const removed = review.refused.length === 0;
  if (removed) await ctx.port.write([{ kind: 'deleteSheet', sheet: review.sheet }]);
  const summary = `${review.items.length} ESG.* formula cells${review.refused.length > 0 ? `; ${review.refused.length} refused (kept on sheet ${review.sheet})` : ''}`;
  await appendLog(ctx, snap.tableHeader(LOG_TABLE), RESTORE_ACTION, summary, 'values', 'formulas').catch(() => false);
  return { kind: 'restored', formulas: review.items.length, refused: review.refused, sheetRemoved: removed, sheet: review.sheet };
}
