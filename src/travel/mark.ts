/**
 * A workbook that asks for its add-in: marks the document so the add-in loads with it
 * (for colleagues who have the add-in; with the shared runtime the pane then opens where
 * the workbook holds scenarios) and writes one plain-text line on the Inputs sheet that
 * says which add-in the ESG.* cells need and where to get it — for those who have not.
 * Running it again adds no second line.
 */
import { cellAddress } from '../workbook/a1';
import { isCellsChanged } from '../workbook/formulas-port';
import { causeOf, type TravelContext } from './context';
import { INPUTS_SHEET, NOTE_PREFIX, NOTE_TEXT } from './layout';
import { TRAVEL_MESSAGES as M } from './messages';
import type { MarkOutcome } from './types';

/** Rows of column A searched for an existing line. */
const SEARCH_ROWS = 500;

export async function markWorkbook(ctx: TravelContext, sheet = INPUTS_SHEET): Promise<MarkOutcome> {
  try {
    await ctx.startup.loadWithWorkbook();
  } catch (error) {
    return { kind: 'failed', message: M.failed('Marking the workbook', causeOf(error)) };
  }
  const startup = await ctx.startup.state();
  const extent = await ctx.formulas.usedExtent(sheet);
  if (!extent) return { kind: 'marked', startup, note: { missing: M.noInputsSheet(sheet) } };
  const rows = Math.min(extent.rows, SEARCH_ROWS);
  const column = await ctx.formulas.readCells(Array.from({ length: rows }, (_, r) => ({ sheet, address: cellAddress(r, 0) })));
  const found = column.find((c) => c.formula === null && typeof c.value === 'string' && c.value.startsWith(NOTE_PREFIX));
  if (found) return { kind: 'marked', startup, note: { cell: `${found.sheet}!${found.address}`, added: false } };
  // One blank row below what the sheet uses; guarded: the cell must still be empty.
  const address = cellAddress(extent.rows + 1, 0);
  try {
    await ctx.formulas.writeCells([{ sheet, address, value: '', formula: null }], [{ sheet, address, cells: [[NOTE_TEXT]] }]);
  } catch (error) {
    if (isCellsChanged(error)) return { kind: 'failed', message: M.failed('Adding the line on Inputs', `someone typed into ${sheet}!${address} meanwhile`) };
    return { kind: 'failed', message: M.failed('Adding the line on Inputs', causeOf(error)) };
  }
  return { kind: 'marked', startup, note: { cell: `${sheet}!${address}`, added: true } };
}
