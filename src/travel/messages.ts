/** The travel actions' messages, in a finance officer's words. One table for this layer. */
import { KEPT_SHEET } from './layout';

const list = (items: readonly string[], max = 8): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;

export const TRAVEL_MESSAGES = {
  noEsgCells: () => 'This workbook has no cells whose formula uses an ESG.* function: it can be sent as it is.',
  alreadyPrepared: (sheet: string) =>
    `This workbook already holds formulas kept by Prepare (sheet "${sheet}"). Use Restore formulas first, then prepare again.`,
  protectedSheets: (sheets: readonly string[]) =>
    `ESG.* cells are on protected sheets (${list(sheets)}). Unprotect them (Review › Unprotect Sheet) and try again; nothing was changed.`,
  tooLong: (cells: readonly string[]) =>
    `These formulas are longer than a cell can keep (32,767 characters): ${list(cells)}. Nothing was changed.`,
  changedSincePrepareList: (cells: readonly string[]) =>
    `Someone changed ${list(cells)} since the list was made (a formula or its value). Nothing was replaced: look at the new list and try again.`,
  changedSinceRestoreList: (cells: readonly string[]) =>
    `Someone changed ${list(cells)} since the list was made. Nothing was restored: look at the new list and try again.`,
  nothingKept: () => `This workbook has no kept formulas (no "${KEPT_SHEET}" table): there is nothing to restore.`,
  keptColumnMissing: (column: string) => `The kept-formulas table has no "${column}" column, so it cannot be trusted; nothing was restored.`,
  failed: (action: string, cause: string) => `${action} did not complete: ${cause}`,
  // Restore refusals, per cell
  cellChanged: (found: string, expected: string) => `it holds ${found}, not ${expected} as prepared`,
  cellHoldsFormula: (formula: string) => `it holds another formula (${formula.length > 60 ? `${formula.slice(0, 57)}…` : formula})`,
  sheetGone: () => 'its sheet is gone',
  notEsg: () => 'its kept formula does not call an ESG.* function, or reaches outside the workbook, so it is not one Prepare kept',
  badAddress: () => 'its Cell is not the address of one cell',
  orphan: (anchor: string) => `it is listed as spilled from ${anchor}, which has no kept formula`,
  spillChanged: (cell: string, found: string, expected: string) => `${cell} of its spill holds ${found}, not ${expected} as prepared`,
  duplicate: () => 'it is listed twice',
  noInputsSheet: (sheet: string) => `the workbook has no "${sheet}" sheet`,
};

export function shown(value: unknown): string {
  if (value === '') return 'nothing';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
  return String(value);
}
