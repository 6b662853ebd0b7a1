/**
 * The pane's Explain and Insert in the preview: a CellHost over the HyperFormula instance
 * and the grid's selected cell. Explain reads the cell's formula (a spilled cell's is its
 * anchor's) and its arguments through `hyperFormulaHost`; Insert writes the formula the form
 * built into the selected cell (the respiller then sizes a spill).
 */
import type { HyperFormula, SimpleCellAddress } from 'hyperformula';
import { EXPLAIN } from '../explain/messages';
import { explainFormula, insertRefusal } from '../explain';
import { isLiteralName } from '../hf/literals';
import { hyperFormulaHost } from '../explain/hyperformula';
import type { CellHost } from '../taskpane/cells';
import { a1, quoteSheetName, spillRangeOf } from './model';

function label(hf: HyperFormula, address: SimpleCellAddress): string {
  return `${quoteSheetName(hf.getSheetName(address.sheet) ?? '')}!${a1(address.row, address.col)}`;
}

/** `selected`: the grid's selected cell now (undefined before the grid has shown one). */
export function previewCellHost(hf: HyperFormula, selected: () => SimpleCellAddress | undefined): CellHost {
  const current = (): SimpleCellAddress => {
    const address = selected();
    if (address === undefined || hf.getSheetName(address.sheet) === undefined) throw new Error(EXPLAIN.insertNoCell);
    return address;
  };
  return {
    async explainSelected() {
      const selectedCell = current();
      let address = selectedCell;
      let formula = hf.getCellFormula(address);
      // The anchor's own cell is row 0 of its spill; a cell the array spilled into, its row.
      let row = formula === undefined ? undefined : 0;
      const spill = formula === undefined ? spillRangeOf(hf, address) : undefined;
      if (spill !== undefined) {
        address = { sheet: spill.sheet, row: spill.top, col: spill.left };
        formula = hf.getCellFormula(address);
        row = selectedCell.row - spill.top;
      }
      const explanation = await explainFormula(formula, hyperFormulaHost(hf, address.sheet));
      return { cell: label(hf, address), explanation, ...(row === undefined ? {} : { row }) };
    },
    async insertFormula(formula) {
      const refusal = insertRefusal(formula);
      if (refusal !== undefined) throw new Error(refusal);
      const address = current();
      hf.setCellContents(address, formula.trim());
    },
    async selectionAddress() {
      const address = selected();
      return address === undefined || hf.getSheetName(address.sheet) === undefined ? undefined : label(hf, address);
    },
    async definedNames() {
      const sheet = selected()?.sheet;
      const scoped = sheet === undefined || hf.getSheetName(sheet) === undefined ? [] : hf.listNamedExpressions(sheet);
      return [...new Set([...hf.listNamedExpressions(), ...scoped])].filter((name) => !isLiteralName(name));
    },
  };
}
