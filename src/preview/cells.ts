/**
 * The pane's Explain and Insert in the preview: a CellHost over the HyperFormula selection
 * adapter and the grid's selected cell (Insert's write is then sized by the respiller).
 */
import type { HyperFormula, SimpleCellAddress } from 'hyperformula';
import { cellHost, type CellHost } from '../taskpane/cells';
import { HyperFormulaSelection } from '../workbook/hf/HyperFormulaSelection';

/** `selected`: the grid's selected cell now (undefined before the grid has shown one). */
export function previewCellHost(hf: HyperFormula, selected: () => SimpleCellAddress | undefined): CellHost {
  return cellHost(new HyperFormulaSelection(hf, selected));
}
