/** What the pane says after Prepare, Restore and marking the workbook (one table for the travel UI). */
import type { MarkOutcome, PrepareOutcome, PrepareReviewOutcome, RestoreOutcome, RestoreReviewOutcome } from '../../travel/types';
import { count } from '../format';
import type { Notice } from '../notices';

export function reviewNotice(outcome: PrepareReviewOutcome | RestoreReviewOutcome): Notice | undefined {
  if (outcome.kind !== 'refused') return undefined;
  return { intent: outcome.message.includes('can be sent as it is') ? 'info' : 'warning', title: 'Nothing was changed', text: outcome.message };
}

export function prepareNotice(outcome: PrepareOutcome): Notice {
  switch (outcome.kind) {
    case 'prepared':
      return {
        intent: 'success',
        title: 'Ready to send: now save a copy',
        text:
          `${count(outcome.formulas, 'ESG.* formula')} ${outcome.spilledCells > 0 ? `(and ${count(outcome.spilledCells, 'spilled cell')}) ` : ''}` +
          `now hold their values; the formulas are kept on the sheet "${outcome.sheet}". Use File › Save a Copy (or Save As) to make the copy you send. ` +
          'This workbook holds values too (with AutoSave on, already saved): use Restore formulas here once the copy is saved.' +
          (outcome.remaining > 0 ? ` ${count(outcome.remaining, 'ESG.* cell')} added meanwhile still hold formulas: prepare again after restoring.` : ''),
      };
    case 'refused':
      return { intent: 'warning', title: 'Nothing was changed', text: outcome.message };
    case 'failed':
      return { intent: 'error', title: outcome.changed ? 'The workbook changed: nothing was replaced' : 'Prepare did not complete', text: outcome.message };
  }
}

export function restoreNotice(outcome: RestoreOutcome): Notice {
  switch (outcome.kind) {
    case 'restored': {
      const refused = outcome.refused.length;
      return {
        intent: refused > 0 ? 'warning' : 'success',
        title: refused > 0 ? `${count(refused, 'cell')} not restored` : 'Formulas restored',
        text:
          `${count(outcome.formulas, 'ESG.* formula')} put back.` +
          (refused > 0
            ? ` Not restored, because they changed since Prepare: ${outcome.refused.map((r) => `${r.cell} (${r.reason})`).join('; ')}. Their formulas stay on the sheet "${outcome.sheet}".`
            : outcome.sheetRemoved
              ? ` The sheet "${outcome.sheet}" is removed.`
              : ''),
      };
    }
    case 'refused':
      return { intent: 'warning', title: 'Nothing was changed', text: outcome.message };
    case 'failed':
      return { intent: 'error', title: outcome.changed ? 'The workbook changed: nothing was restored' : 'Restore did not complete', text: outcome.message };
  }
}

export function markNotice(outcome: MarkOutcome): Notice {
  if (outcome.kind !== 'marked') return { intent: outcome.kind === 'failed' ? 'error' : 'warning', title: 'The workbook was not marked', text: outcome.message };
  const startup =
    outcome.startup === 'load'
      ? 'The add-in now opens with this workbook for colleagues who have it.'
      : 'This version of Excel cannot open the add-in with a workbook (it needs the shared runtime).';
  const note =
    'missing' in outcome.note
      ? ` No line was added: ${outcome.note.missing}.`
      : outcome.note.added
        ? ` A line on ${outcome.note.cell} tells anyone without it which add-in the ESG.* cells need.`
        : ` The line on ${outcome.note.cell} already says which add-in the ESG.* cells need.`;
  return { intent: outcome.startup === 'load' ? 'success' : 'info', title: 'Workbook marked', text: startup + note };
}
