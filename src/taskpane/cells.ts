/**
 * What the pane's Explain and Insert need from the workbook, whichever host it is in, and
 * `cellHost`, which builds it once over the selection port (src/workbook/selection-port.ts):
 * Excel passes its Office.js adapter (src/taskpane/office/cells.ts), the browser preview its
 * HyperFormula adapter (src/preview/cells.ts).
 */
import { explainSelectedCell, insertFormula, type ExplainedCell } from '../explain';
import type { SelectionPort } from '../workbook/selection-port';

export type { ExplainedCell };

export interface CellHost {
  /** Explains the selected cell as the workbook holds it now. */
  explainSelected(): Promise<ExplainedCell>;
  /** Writes a formula the Insert form built into the selected cell; rejects with a message to show. */
  insertFormula(formula: string): Promise<void>;
  /** The selected cell or range, sheet-qualified (e.g. "Inputs!B2"); undefined when nothing is selected. */
  selectionAddress(): Promise<string | undefined>;
  /** The workbook's defined names (typed into the Insert form, they are references, not text). */
  definedNames(): Promise<readonly string[]>;
  /**
   * Calls `listener` when the selection changes, where the host can tell; returns the
   * function that stops it. Without it, Explain follows the `watch` prop and its button.
   */
  onSelectionChanged?(listener: () => void): () => void;
}

/** The pane's CellHost over a selection port. */
export function cellHost(port: SelectionPort): CellHost {
  return {
    explainSelected: () => explainSelectedCell(port),
    insertFormula: (formula) => insertFormula(port, formula),
    selectionAddress: () => port.selectedAddress(),
    definedNames: () => port.definedNames(),
    onSelectionChanged(listener) {
      // The port registers asynchronously; the pane stops synchronously (a registration
      // that lands after the pane stopped listening is stopped as it lands).
      let stop: (() => Promise<void>) | undefined;
      let stopped = false;
      const warn = (e: unknown) => console.warn('Explain will not follow the selection (use its button):', e);
      port.onSelectionChanged(listener).then((s) => {
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
