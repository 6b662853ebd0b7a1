/** A formula explanation as plain text, for the pane's Copy button. */
import { explanationText } from '../engine';
import { EXPLAIN } from './messages';
import { sourceLabel, type FormulaExplanation } from './formula';

/** `cell`: the explained cell's address, e.g. "ESG!C7", shown in the first line. */
export function formulaExplanationText(x: FormulaExplanation, cell?: string): string {
  const where = cell === undefined ? '' : `${cell}: `;
  switch (x.kind) {
    case 'no-formula':
      return `${where}${x.message}`;
    case 'unreadable':
    case 'no-esg':
      return `${where}${x.formula}\n${x.message}`;
    case 'unresolved':
    case 'error-argument':
      return `${where}${x.formula}\n${x.message}`;
    case 'explained': {
      const notes = x.call.wrapped ? `\n${EXPLAIN.formulaWrapped(x.call.formulaName)}` : '';
      return explanationText(x.explanation, {
        title: `${where}${x.formula}${notes}`,
        argSources: x.args.map(sourceLabel),
      });
    }
  }
}
