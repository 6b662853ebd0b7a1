/**
 * What the pane tells the user after an action: one notice (a Fluent MessageBar) per
 * outcome. Refusals and failures show the scenario service's own message, which names
 * the cause; the texts here say what happened in a budget holder's words.
 */
import { ACTIVE_NAME } from '../scenarios';
import type {
  CompareOutcome,
  EditOutcome,
  Failure,
  ImportOutcome,
  Refusal,
  RevertOutcome,
  SetupOutcome,
  SwitchOutcome,
  ValueChange,
} from '../scenarios';
import { nameKey } from '../workbook/port';
import type { PaneExport } from './actions';
import { count, quoted, showTime } from './format';

export interface Notice {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly title: string;
  readonly text: string;
  /** Offer Set up beside the notice (the workbook has no scenario tables yet). */
  readonly offerSetup?: boolean;
  /** Shown beside the controls it is about rather than at the top of the pane. */
  readonly near?: 'share';
  /** The export's text, when it could be neither saved nor copied: the pane shows it to copy. */
  readonly copyText?: { readonly fileName: string; readonly text: string };
}

export function refusedNotice(outcome: Refusal): Notice {
  return {
    intent: 'warning',
    title: 'Nothing was changed',
    text: outcome.message,
    ...(outcome.offerSetup ? { offerSetup: true } : {}),
  };
}

/** Why the pane cannot show the scenarios (the list was refused). */
export function unavailableNotice(outcome: Refusal): Notice {
  return {
    intent: 'warning',
    title: outcome.code === 'table-missing' ? 'No scenarios in this workbook yet' : 'The scenarios cannot be used until this is fixed',
    text: outcome.message,
    ...(outcome.offerSetup ? { offerSetup: true } : {}),
  };
}

export function failedNotice(outcome: Failure): Notice {
  return { intent: 'error', title: outcome.restored ? 'The action did not complete' : 'Check the workbook', text: outcome.message };
}

export function errorNotice(error: unknown): Notice {
  const cause = error instanceof Error ? error.message : String(error);
  return {
    intent: 'error',
    title: 'Excel reported a problem',
    text: `The workbook could not be read or changed (${cause}). Check the Scenario Log sheet, then try again.`,
  };
}

const inputsChanged = (changes: readonly ValueChange[]): number => changes.filter((c) => c.input !== ACTIVE_NAME && c.input !== '').length;

function problem(outcome: Refusal | Failure): Notice {
  return outcome.kind === 'refused' ? refusedNotice(outcome) : failedNotice(outcome);
}

export function switchNotice(outcome: Exclude<SwitchOutcome, { kind: 'unsaved' }>): Notice {
  if (outcome.kind !== 'switched') return problem(outcome);
  const saved = outcome.saved ? `Your changes were first saved in "${outcome.saved}". ` : '';
  return {
    intent: 'success',
    title: `Switched to "${outcome.scenario}"`,
    text: `${saved}${count(inputsChanged(outcome.changes), 'input')} changed. Revert last switch puts the previous values back.`,
  };
}

export function revertNotice(outcome: RevertOutcome): Notice {
  if (outcome.kind !== 'reverted') return problem(outcome);
  const to = outcome.scenario === '' ? '' : ` The active scenario is "${outcome.scenario}".`;
  return {
    intent: 'success',
    title: 'Last switch reverted',
    text: `${count(inputsChanged(outcome.changes), 'input')} put back as they were.${to}`,
  };
}

const EDIT_TITLES: Record<string, (scenario: string) => string> = {
  Save: (s) => `Saved into "${s}"`,
  Create: (s) => `Scenario "${s}" created`,
  Rename: (s) => `Renamed to "${s}"`,
  Delete: (s) => `Scenario "${s}" deleted`,
};

export function editNotice(outcome: EditOutcome, verb: 'Save' | 'Create' | 'Duplicate' | 'Rename' | 'Delete'): Notice {
  if (outcome.kind !== 'done') return problem(outcome);
  const title = (EDIT_TITLES[outcome.action] ?? ((s: string) => `"${s}" updated`))(outcome.scenario);
  const text: Record<typeof verb, string> = {
    Save: outcome.changes.length === 0 ? 'Its stored values already matched the workbook.' : `${count(outcome.changes.length, 'stored value')} updated.`,
    Create: `It holds the current value of ${count(outcome.changes.length, 'input')}.`,
    Duplicate: `It holds the same values (${count(outcome.changes.length, 'input')}).`,
    Rename: 'The Scenarios table and, if it was active, the active scenario cell now use the new name.',
    Delete: 'Its values were removed from the Scenarios table; the Scenario Log keeps a record of them.',
  };
  return { intent: 'success', title, text: text[verb] };
}

export function compareNotice(outcome: CompareOutcome): Notice {
  if (outcome.kind !== 'compared') return problem(outcome);
  const back = outcome.restored === '' ? 'no active scenario' : `"${outcome.restored}"`;
  return {
    intent: 'success',
    title: `Comparison written to the "${outcome.sheet}" sheet`,
    text: `${count(outcome.scenarios.length, 'scenario')} compared on ${showTime(outcome.madeAt)}, with a chart of the outputs. The workbook was put back to ${back}, with any unsaved values as they were.`,
  };
}

/** Says what actually happened to the file: asked to download, copied, or shown to copy. */
export function exportNotice(outcome: PaneExport): Notice {
  if (outcome.kind !== 'exported') return { ...refusedNotice(outcome), near: 'share' };
  switch (outcome.delivery) {
    case 'download-requested':
      return {
        intent: 'success',
        title: `Download of ${outcome.fileName} started`,
        text: 'Your browser saves it where downloads go (often the Downloads folder). Import it into another workbook from this pane.',
        near: 'share',
      };
    case 'copied':
      return {
        intent: 'success',
        title: 'Scenarios copied to the clipboard',
        text: `This version of Excel can't save files from an add-in. Paste into a text editor and save it as ${outcome.fileName}, then import that file into another workbook.`,
        near: 'share',
      };
    case 'not-delivered':
      return {
        intent: 'warning',
        title: 'The file could not be saved or copied',
        text: `This version of Excel lets the add-in neither save files nor use the clipboard. Select the text below, copy it, and save it as ${outcome.fileName}.`,
        near: 'share',
        copyText: { fileName: outcome.fileName, text: outcome.text },
      };
  }
}

export function importNotice(outcome: Exclude<ImportOutcome, { kind: 'conflicts' }>, active = ''): Notice {
  if (outcome.kind !== 'imported') return { ...problem(outcome), near: 'share' };
  const changed = outcome.added.length + outcome.replaced.length;
  const activeReplaced = active !== '' && outcome.replaced.some((r) => nameKey(r) === nameKey(active));
  const loaded = outcome.loaded.map((c) => c.input);
  const parts = [
    outcome.added.length > 0 ? `Added ${quoted(outcome.added)}.` : '',
    outcome.replaced.length > 0 ? `Replaced ${quoted(outcome.replaced)} with the file's values.` : '',
    outcome.kept.length > 0 ? `Kept the workbook's ${quoted(outcome.kept)}.` : '',
    outcome.unchanged.length > 0 ? `Already the same: ${quoted(outcome.unchanged)}.` : '',
    outcome.unknownInputs.length > 0
      ? `The file also has values for inputs this workbook does not list, which were ignored: ${outcome.unknownInputs.join(', ')}.`
      : '',
    activeReplaced && loaded.length > 0
      ? `"${active}" is the active scenario, so its inputs took the imported values: ${loaded.join(', ')}.`
      : '',
    activeReplaced && loaded.length === 0 ? `"${active}" is the active scenario; no input value was changed.` : '',
  ].filter((p) => p !== '');
  const title =
    changed > 0 ? 'Scenarios imported' : outcome.kept.length + outcome.unchanged.length > 0 ? 'Nothing to import' : 'The file had no scenarios';
  return {
    intent: outcome.unknownInputs.length > 0 ? 'warning' : changed > 0 ? 'success' : 'info',
    title,
    text: parts.length > 0 ? parts.join(' ') : 'The file had no scenarios.',
    near: 'share',
  };
}

export function setupNotice(outcome: SetupOutcome): Notice {
  if (outcome.kind !== 'set-up') return problem(outcome);
  return {
    intent: 'success',
    title: 'Demo model set up',
    text: `Added the sheets ${outcome.sheets.join(', ')}. The active scenario is "${outcome.activeScenario}".`,
  };
}
