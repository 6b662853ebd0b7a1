/**
 * What the pane's Explain and Insert need from the workbook, whichever host it is in:
 * Excel builds this over the Office.js selection reader (src/taskpane/office/cells.ts), the
 * browser preview over HyperFormula and its grid's selection (src/preview/cells.ts).
 */
import type { FormulaExplanation } from '../explain';

export interface ExplainedCell {
  /** The explained cell's address, e.g. "ESG!E9". */
  readonly cell?: string;
  readonly explanation: FormulaExplanation;
  /**
   * The selected cell's row within `cell`'s spilled result (0: `cell`'s own row), when the
   * selected cell is part of a spill: Explain starts on that row (a projection's year).
   */
  readonly row?: number;
}

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
