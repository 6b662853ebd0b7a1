/**
 * Prepare a copy to send: list every cell whose formula calls ESG.* (review), then, on the
 * user's choice, keep each formula in the `ESG_Formulas` table on a sheet of its own and
 * replace the formulas — whole spills included — by the values they show.
 *
 * Round-trips: review = one calculate + one table probe + the scan (Office: one sync per
 * sheet list, per used range and per chunk of cells); prepare = one check read, one write
 * per chunk of kept rows, the guarded value writes (checked again at write time: a cell
 * whose formula or value a co-author changed since the list stops the whole write before
 * anything is replaced), one log row and a rescan for cells added meanwhile.
 */
import { LOG_TABLE } from '../scenarios/layout';
import { cellAddress, parseRange } from '../workbook/a1';
import { cellKey, isCellsChanged, sameCell, type CellMiss, type CellNow, type CellWrite, type FormulaCell } from '../workbook/formulas-port';
import { nameKey, type CellValue, type WriteOp } from '../workbook/port';
import { appendLog, causeOf, chunkBySize, rowSize, type TravelContext } from './context';
import { callsEsg } from './esg';
import { KEPT_COLUMNS, KEPT_SHEET, KEPT_TABLE, KEPT_TABLE_AT, MAX_CELL_TEXT, PREPARE_ACTION } from './layout';
import { TRAVEL_MESSAGES as M } from './messages';
import type { PrepareOutcome, PrepareReview, PrepareReviewOutcome } from './types';

const refused = (message: string) => ({ kind: 'refused', message }) as const;
export const cellName = (c: { sheet: string; address: string }): string => `${c.sheet}!${c.address}`;

export async function reviewPrepare(ctx: TravelContext): Promise<PrepareReviewOutcome> {
  await ctx.port.calculate();
  const snap = await ctx.port.read({ tablesExist: [KEPT_TABLE] });
  if (snap.tableExists(KEPT_TABLE)) return refused(M.alreadyPrepared(KEPT_SHEET));
  const scan = await ctx.formulas.scan(callsEsg);
  if (scan.cells.length === 0) return refused(M.noEsgCells());
  const used = new Set(scan.cells.map((c) => nameKey(c.sheet)));
  const locked = scan.sheets.filter((s) => s.protected && used.has(nameKey(s.name))).map((s) => s.name);
  if (locked.length > 0) return refused(M.protectedSheets(locked));
  const long = scan.cells.filter((c) => c.formula.length > MAX_CELL_TEXT).map(cellName);
  if (long.length > 0) return refused(M.tooLong(long));
  return {
    kind: 'prepare-review',
    cells: scan.cells,
    spilledCells: scan.cells.reduce((n, c) => n + spillChildren(c).length, 0),
    hiddenSheets: scan.sheets.filter((s) => !s.visible && used.has(nameKey(s.name))).map((s) => s.name),
  };
}

/** The cells of a spill other than its anchor, with the values they show. */
export function spillChildren(cell: FormulaCell): { address: string; value: CellValue }[] {
  const at = cell.spill ? parseRange(cell.spill.address) : undefined;
  if (!cell.spill || !at) return [];
  const out: { address: string; value: CellValue }[] = [];
  cell.spill.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (r > 0 || c > 0) out.push({ address: cellAddress(at.row + r, at.col + c), value });
    }),
  );
  return out;
}

/** What every listed cell must still hold when the values are written. */
function expectations(cells: readonly FormulaCell[]): CellNow[] {
  return cells.flatMap((c) => [
    { sheet: c.sheet, address: c.address, value: c.value, formula: c.formula },
    ...spillChildren(c).map((s) => ({ sheet: c.sheet, address: s.address, value: s.value, formula: null })),
  ]);
}

function keptRows(cells: readonly FormulaCell[]): CellValue[][] {
  return cells.flatMap((c) => [
    [c.sheet, c.address, c.formula, c.value, ''],
    ...spillChildren(c).map((s) => [c.sheet, s.address, '', s.value, c.address]),
  ]);
}

function valueWrites(cells: readonly FormulaCell[]): CellWrite[] {
  // A spill's anchor is its top-left cell: one block replaces the formula and its spill.
  return cells.map((c) => ({ sheet: c.sheet, address: c.address, cells: c.spill ? c.spill.values : [[c.value]] }));
}

async function freeSheetName(ctx: TravelContext): Promise<string> {
  const candidates = [KEPT_SHEET, ...Array.from({ length: 8 }, (_, i) => `${KEPT_SHEET} (${i + 2})`)];
  const snap = await ctx.port.read({ sheets: candidates });
  return candidates.find((s) => !snap.sheetExists(s)) ?? `${KEPT_SHEET} ${ctx.now().getTime()}`;
}

async function writeKept(ctx: TravelContext, sheet: string, rows: readonly CellValue[][]): Promise<void> {
  const [first = [], ...rest] = chunkBySize(rows, rowSize);
  const when = ctx.now().toISOString().replace('T', ' ').slice(0, 19);
  const ops: WriteOp[] = [
    { kind: 'addSheet', sheet },
    {
      kind: 'setCells',
      sheet,
      address: 'A1',
      cells: [
        [`Formulas replaced by their values on ${when} UTC by Prepare a copy to send (School Funding Toolkit add-in).`],
        ['Restore formulas, in the add-in\'s pane, puts each one back into its cell if that cell still holds the value below.'],
      ],
    },
    { kind: 'addTable', sheet, address: KEPT_TABLE_AT, name: KEPT_TABLE, header: [...KEPT_COLUMNS], rows: first },
    { kind: 'setColumnWidth', sheet, address: 'C1', points: 360 },
  ];
  await ctx.port.write(ops);
  for (const chunk of rest) await ctx.port.write([{ kind: 'appendTableRows', table: KEPT_TABLE, rows: chunk }]);
}

function changedOutcome(misses: readonly CellMiss[]): PrepareOutcome {
  const cells = misses.map((m) => cellName(m.expected));
  return { kind: 'failed', message: M.changedSincePrepareList(cells), changed: cells };
}

export async function prepare(ctx: TravelContext, review: PrepareReview): Promise<PrepareOutcome> {
  const snap = await ctx.port.read({ tablesExist: [KEPT_TABLE], tableHeaders: [LOG_TABLE] });
  if (snap.tableExists(KEPT_TABLE)) return refused(M.alreadyPrepared(KEPT_SHEET));
  const expect = expectations(review.cells);
  // Checked before the kept sheet is written, so a stale list changes nothing at all.
  const now = new Map((await ctx.formulas.readCells(expect)).map((c) => [cellKey(c), c]));
  const misses = expect.flatMap((e): CellMiss[] => {
    const found = now.get(cellKey(e));
    return found && sameCell(e, found) ? [] : [{ expected: e, ...(found ? { found } : {}) }];
  });
  if (misses.length > 0) return changedOutcome(misses);

  const sheet = await freeSheetName(ctx);
  try {
    await writeKept(ctx, sheet, keptRows(review.cells));
  } catch (error) {
    await ctx.port.write([{ kind: 'deleteSheet', sheet }]).catch(() => undefined);
    return { kind: 'failed', message: M.failed('Prepare', `${causeOf(error)} Nothing was replaced.`) };
  }
  try {
    await ctx.formulas.writeCells(expect, valueWrites(review.cells));
  } catch (error) {
    if (isCellsChanged(error)) {
      await ctx.port.write([{ kind: 'deleteSheet', sheet }]).catch(() => undefined);
      return changedOutcome(error.misses);
    }
    // Part of the values may be written: the kept sheet holds every formula, for Restore.
    return { kind: 'failed', message: M.failed('Prepare', `${causeOf(error)} Some cells may hold values now; every formula is kept on sheet "${sheet}": use Restore formulas.`) };
  }
  const spilled = review.cells.reduce((n, c) => n + spillChildren(c).length, 0);
  await appendLog(ctx, snap.tableHeader(LOG_TABLE), PREPARE_ACTION, `${review.cells.length} ESG.* formula cells (kept on sheet ${sheet})`, 'formulas', 'values').catch(() => false);
  const after = await ctx.formulas.scan(callsEsg);
  return { kind: 'prepared', formulas: review.cells.length, spilledCells: spilled, sheet, remaining: after.cells.length };
}
