/**
 * "Explain the selected cell" and "insert a formula", written once over the selection port
 * (src/workbook/selection-port.ts), whichever host answers it: Excel through
 * src/workbook/office/selection.ts, the preview and tests through
 * src/workbook/hf/HyperFormulaSelection.ts. The port reads; this file decides what to read
 * (the formula's references, ./references.ts), words what could not be read, and refuses
 * anything Insert may not write.
 */
import { NoActiveCell, type ActiveCellRead, type ReferenceRead, type SelectionPort } from '../workbook/selection-port';
import { localEvaluator } from './evaluate';
import { explainFormula, type ExplainHost, type FormulaExplanation, type HostValue, type Reference } from './formula';
import { insertRefusal } from './insertable';
import { EXPLAIN } from './messages';
import { referenceKey, referencesOf } from './references';

export interface ExplainedCell {
  /** The explained cell's address, e.g. "ESG!E9" (a spilled cell: its anchor's). */
  readonly cell?: string;
  readonly explanation: FormulaExplanation;
  /**
   * The selected cell's row within `cell`'s spilled result (0: `cell`'s own row), when the
   * selected cell is part of a spill: Explain starts on that row (a projection's year).
   */
  readonly row?: number;
}

/** The port's "nothing selected" in the pane's words; other failures pass through. */
function noCell(e: unknown): never {
  throw e instanceof NoActiveCell ? new Error(EXPLAIN.insertNoCell) : e;
}

function valueOf(ref: Reference, read: ReferenceRead | undefined): HostValue {
  if (read === undefined) throw new Error(EXPLAIN.formulaNotWorkedOut(ref.text));
  if (read.ok) return read.value;
  switch (read.reason) {
    case 'too-large':
      throw new Error(EXPLAIN.rangeTooLarge(ref.text, read.cells, read.cap));
    case 'not-a-value':
      throw new Error(EXPLAIN.nameNotReadable(ref.text));
    case 'not-found':
      throw new Error(EXPLAIN.syntaxNotAddress(ref.text));
    default:
      // The explainer names the argument that could not be read, with the host's reason.
      throw new Error(read.detail);
  }
}

/** An ExplainHost over what the port read: references from the batch, expressions by the host or worked out here. */
export function explainHostOf(read: ActiveCellRead, planned: readonly Reference[], emptyAs: null | 0): ExplainHost {
  const reads = new Map(planned.map((ref, i) => [referenceKey(ref), read.reads[i]]));
  const resolve = (ref: Reference): HostValue => valueOf(ref, reads.get(referenceKey(ref)));
  return { emptyAs, resolve, evaluate: read.evaluate ?? localEvaluator(resolve) };
}

/** Explains the selected cell as the workbook holds it now (in Excel: two round-trips). */
export async function explainSelectedCell(port: SelectionPort): Promise<ExplainedCell> {
  let planned: readonly Reference[] = [];
  const read = await port
    .readActiveCell((formula) => {
      planned = referencesOf(formula);
      return planned;
    })
    .catch(noCell);
  const host = explainHostOf(read, planned, port.emptyAs);
  const explanation = await explainFormula(read.formula, host);
  return { cell: read.cell, explanation, ...(read.row === undefined ? {} : { row: read.row }) };
}

/**
 * Writes a formula the Insert form built into the selected cell (in Excel: one round-trip).
 * Refuses anything but one plain ESG call, so no text can become formula code this way.
 */
export async function insertFormula(port: SelectionPort, formula: string): Promise<void> {
  const refusal = insertRefusal(formula);
  if (refusal !== undefined) throw new Error(refusal);
  await port.writeFormula(formula.trim()).catch(noCell);
}
