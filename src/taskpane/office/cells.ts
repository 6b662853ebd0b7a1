/** The pane's Explain and Insert in Excel: a CellHost over the Office.js selection adapter. */
import type { SelectionPort } from '../../workbook/selection-port';
import { cellHost, type CellHost } from '../cells';

export function officeCellHost(selection: SelectionPort): CellHost {
  return cellHost(selection);
}
