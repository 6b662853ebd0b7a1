/** The pane's Explain and Insert in Excel: a CellHost over the Office.js selection reader. */
import type { OfficeSelection } from '../../workbook/office/selection';
import type { CellHost } from '../cells';

export function officeCellHost(selection: OfficeSelection): CellHost {
  return {
    explainSelected: () => selection.explainActiveCell(),
    insertFormula: (formula) => selection.writeFormula(formula),
    selectionAddress: () => selection.selectedAddress(),
    definedNames: () => selection.definedNames(),
    onSelectionChanged(listener) {
      let stop: (() => Promise<void>) | undefined;
      let stopped = false;
      const warn = (e: unknown) => console.warn('Explain will not follow the selection (use its button):', e);
      selection.onSelectionChanged(listener).then((s) => {
        if (!stopped) stop = s;
        else void s?.().catch(warn);
      }, warn);
      return () => {
        stopped = true;
        void stop?.().catch(warn);
      };
    },
  };
}
