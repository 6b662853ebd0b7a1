/**
 * The extent of a spilled array in a HyperFormula instance: the preview's grid shows it and
 * the selection port (src/workbook/hf/HyperFormulaSelection.ts) explains a spilled cell by
 * its anchor's formula.
 */
import type { HyperFormula, SimpleCellAddress } from 'hyperformula';

export interface CellRange {
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function isSpillChild(hf: HyperFormula, address: SimpleCellAddress): boolean {
  return hf.isCellPartOfArray(address) && hf.getCellFormula(address) === undefined;
}

/**
 * The spilled array a cell belongs to (anchor = top-left, holding the formula), or
 * undefined. HyperFormula has no public "array range" query, so this walks the grid: an
 * array's cells other than its anchor are "part of an array" with no formula of their own.
 */
export function spillRangeOf(hf: HyperFormula, address: SimpleCellAddress): CellRange | undefined {
  if (!hf.isCellPartOfArray(address)) return undefined;
  let { row, col } = address;
  const { sheet } = address;
  while (col > 0 && isSpillChild(hf, { sheet, row, col }) && hf.isCellPartOfArray({ sheet, row, col: col - 1 })) col--;
  while (row > 0 && isSpillChild(hf, { sheet, row, col }) && hf.isCellPartOfArray({ sheet, row: row - 1, col })) row--;
  const anchor = { sheet, row, col };
  if (hf.getCellFormula(anchor) === undefined) return undefined;
  let right = col;
  while (isSpillChild(hf, { sheet, row, col: right + 1 })) right++;
  let bottom = row;
  while (isSpillChild(hf, { sheet, row: bottom + 1, col })) bottom++;
  if (address.row > bottom || address.col > right) return undefined;
  return { sheet, top: row, left: col, bottom, right };
}
